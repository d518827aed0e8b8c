// A backup file's object read as its bytes arrive: the file's text is never held whole (a string of Polish text takes
// two bytes a character), and the checksum of a plain backup's tables is taken from the bytes as they pass.
import JSONParser from '@streamparser/json/jsonparser.js';
import { isEncryptedBackup } from './crypto';
import { BackupError } from './errors';
import { BACKUP_FORMAT_VERSION, readBackupHeader, TABLES_KEY } from './format';
import { checksumHex, startChecksum } from './write';
import { SealedData } from './sealed';
import { indexOfBytes, joinBytes } from './bytes';

export interface BackupDocument {
  doc: Record<string, unknown>;
  /** The checksum of the file's tables text as it is (see TablesChecksum); undefined when laid out otherwise. */
  fileChecksum?: string;
  /**
   * An encrypted file's sealed data, decoded as it was read (`doc.data` is then empty; null: its base64 is not
   * sound); undefined when the file is not laid out as this app writes it and `doc.data` holds the data.
   */
  sealed?: Uint8Array<ArrayBuffer> | null;
}

/** The bytes read in slices of at most `size`: a file already in memory is read as one that arrives. */
export function* slicesOf(bytes: Uint8Array, size = 1 << 20): Generator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

/** A Blob's bytes as they are read from it; a file that cannot be read to its end is refused as unreadable. */
export async function* chunksOf(file: Blob): AsyncGenerator<Uint8Array> {
  const reader = file.stream().getReader();
  try {
    for (;;) {
      const next = await reader.read().catch(() => {
        throw new BackupError('unreadable');
      });
      if (next.done) return;
      yield next.value;
    }
  } finally {
    // A file refused half-way is not read on.
    await reader.cancel().catch(() => undefined);
  }
}

const KEY = new TextEncoder().encode(TABLES_KEY);
/** Where the tables must start by, in bytes: this app's header is a few hundred. */
const HEAD_LIMIT = 64 * 1024;
/** The white space allowed after the last brace (an editor's line ends); more is taken as part of the tables. */
const TAIL_LIMIT = 64 * 1024;
const CLOSING_BRACE = 0x7d;
/** JSON's white space: space, tab, line feed, carriage return. */
const isSpace = (byte: number) => byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;

/**
 * The checksum a plain backup's header promises, taken over the file's own bytes, when the file is laid out as this
 * app writes it: the header first, then `,"tables":`, the tables text, and the closing `}` (white space may follow, as
 * an editor's last line end).
 */
class TablesChecksum {
  private head: Uint8Array | undefined = new Uint8Array();
  private hash: ReturnType<typeof startChecksum> | undefined;
  /** The file's last bytes not hashed yet: its last byte that is not white space, and the white space after it. */
  private tail: Uint8Array = new Uint8Array();

  /** True once the header and the start of the tables were found as this app writes them. */
  get asWritten(): boolean {
    return this.hash !== undefined;
  }

  add(chunk: Uint8Array): void {
    if (this.hash) return this.feed(chunk);
    if (!this.head) return;
    const head = joinBytes(this.head, chunk);
    const at = indexOfBytes(head, KEY, Math.max(0, this.head.length - KEY.length));
    if (at < 0) {
      this.head = head.length <= HEAD_LIMIT ? head : undefined;
      return;
    }
    this.head = undefined;
    const header = readBackupHeader(new TextDecoder().decode(head.subarray(0, at + KEY.length)));
    if (!header || header.formatVersion !== BACKUP_FORMAT_VERSION) return;
    this.hash = startChecksum(header);
    this.feed(head.subarray(at + KEY.length));
  }

  /** The checksum, or undefined when the file is not laid out as this app writes it. */
  result(): string | undefined {
    return this.hash && this.tail[0] === CLOSING_BRACE ? checksumHex(this.hash.digest()) : undefined;
  }

  private feed(bytes: Uint8Array): void {
    let last = bytes.length - 1;
    while (last >= 0 && isSpace(bytes[last]!)) last--;
    if (last < 0) {
      if (this.tail.length + bytes.length <= TAIL_LIMIT) {
        this.tail = joinBytes(this.tail, bytes);
        return;
      }
      // Too much white space to be a line end: hashed as part of the tables, so the file is not taken as written here.
      this.hash!.update(this.tail);
      this.hash!.update(bytes);
      this.tail = new Uint8Array();
      return;
    }
    this.hash!.update(this.tail);
    this.hash!.update(bytes.subarray(0, last));
    this.tail = bytes.slice(last);
  }
}

/**
 * What to keep of one row of the file's tables as it is read, in its place (the row as read is let go): `root` is the
 * file's object so far, its header read when the file puts the header first; `asWritten` tells that the file is laid
 * out as this app writes it, so its checksum is taken from its own bytes.
 */
export type KeepRow = (table: string, row: unknown, root: Record<string, unknown>, asWritten: boolean) => unknown;

export interface ReadOptions {
  /** Told how many bytes have been read. */
  onBytes?: (read: number) => void;
  keep?: KeepRow;
}

/**
 * Reads the file's JSON object from its bytes (UTF-8, a BOM allowed) as they come; each row of its tables is replaced
 * by what `keep` makes of it. Refuses what is not JSON (`notJson`: invalid UTF-8 included) or not an object
 * (`notBackup`).
 */
export async function readBackupDocument(
  chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>,
  { onBytes, keep }: ReadOptions = {},
): Promise<BackupDocument> {
  const parser = new JSONParser({ paths: keep ? ['$', '$.tables.*.*'] : ['$'] });
  const checksum = new TablesChecksum();
  const sealed = new SealedData();
  let root: unknown;
  let found = false;
  parser.onValue = ({ value, key, parent, stack }) => {
    if (stack.length === 0) {
      root = value;
      found = true;
    } else if (keep && Array.isArray(parent) && typeof key === 'number') {
      const doc = stack[1]!.value as Record<string, unknown>;
      (parent as unknown[])[key] = keep(String(stack[2]!.key), value, doc, checksum.asWritten);
    }
  };
  const parse = (step: () => void) => {
    try {
      step();
    } catch (error) {
      if (error instanceof BackupError) throw error;
      // Not JSON, or nested too deep to read.
      throw new BackupError('notJson');
    }
  };
  let read = 0;
  for await (const chunk of chunks) {
    checksum.add(chunk);
    for (const part of sealed.pass(chunk)) parse(() => parser.write(part));
    read += chunk.length;
    onBytes?.(read);
  }
  for (const part of sealed.end()) parse(() => parser.write(part));
  parse(() => parser.isEnded || parser.end());
  if (!found) throw new BackupError('notJson');
  if (root === null || typeof root !== 'object' || Array.isArray(root)) throw new BackupError('notBackup');
  const doc = root as Record<string, unknown>;
  if (isEncryptedBackup(doc)) return { doc, ...(doc.data === '' ? { sealed: sealed.bytes } : {}) };
  return { doc, fileChecksum: checksum.result() };
}
