// A backup file's object read as its bytes arrive: the file's text is never held whole (a string of Polish text takes
// two bytes a character), and the checksum of a plain backup's tables is taken from the bytes as they pass.
import JSONParser from '@streamparser/json/jsonparser.js';
import { isEncryptedBackup } from './crypto';
import { BackupError } from './errors';
import { BACKUP_FORMAT_VERSION, checksumHex, readBackupHeader, startChecksum, TABLES_KEY } from './format';

export interface BackupDocument {
  doc: Record<string, unknown>;
  /** The checksum of the file's tables text as it is (see TablesChecksum); undefined when laid out otherwise. */
  fileChecksum?: string;
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
    reader.releaseLock();
  }
}

const KEY = new TextEncoder().encode(TABLES_KEY);
/** Where the tables must start by, in bytes: this app's header is a few hundred. */
const HEAD_LIMIT = 64 * 1024;
const CLOSING_BRACE = 0x7d;

/**
 * The checksum a plain backup's header promises, taken over the file's own bytes, when the file is laid out as this
 * app writes it: the header first, then `,"tables":`, the tables text, and a closing `}` as the file's last byte.
 */
class TablesChecksum {
  private head: Uint8Array | undefined = new Uint8Array();
  private hash: ReturnType<typeof startChecksum> | undefined;
  /** The last byte seen: the closing brace when the file ends here, else part of the tables text. */
  private held: number | undefined;

  add(chunk: Uint8Array): void {
    if (this.hash) return this.feed(chunk);
    if (!this.head) return;
    const head = new Uint8Array(this.head.length + chunk.length);
    head.set(this.head);
    head.set(chunk, this.head.length);
    const at = indexOfKey(head, Math.max(0, this.head.length - KEY.length));
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
    return this.hash && this.held === CLOSING_BRACE ? checksumHex(this.hash.digest()) : undefined;
  }

  private feed(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    if (this.held !== undefined) this.hash!.update(Uint8Array.of(this.held));
    this.hash!.update(bytes.subarray(0, -1));
    this.held = bytes[bytes.length - 1];
  }
}

/** The first `,"tables":` in the bytes from `from` (ASCII bytes never occur inside a UTF-8 sequence). */
function indexOfKey(bytes: Uint8Array, from: number): number {
  for (let at = bytes.indexOf(KEY[0]!, from); at >= 0; at = bytes.indexOf(KEY[0]!, at + 1)) {
    if (at + KEY.length > bytes.length) return -1;
    if (KEY.every((byte, i) => bytes[at + i] === byte)) return at;
  }
  return -1;
}

/**
 * Reads the file's JSON object from its bytes (UTF-8, a BOM allowed) as they come, telling `onBytes` how many have
 * been read. Refuses what is not JSON (`notJson`: invalid UTF-8 included) or not an object (`notBackup`).
 */
export async function readBackupDocument(
  chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>,
  onBytes?: (read: number) => void,
): Promise<BackupDocument> {
  const parser = new JSONParser({ paths: ['$'] });
  let root: unknown;
  let found = false;
  parser.onValue = ({ value }) => {
    root = value;
    found = true;
  };
  const checksum = new TablesChecksum();
  let read = 0;
  const parse = (step: () => void) => {
    try {
      step();
    } catch {
      // Not JSON, or nested too deep to read.
      throw new BackupError('notJson');
    }
  };
  for await (const chunk of chunks) {
    checksum.add(chunk);
    parse(() => parser.write(chunk));
    read += chunk.length;
    onBytes?.(read);
  }
  parse(() => parser.isEnded || parser.end());
  if (!found) throw new BackupError('notJson');
  if (root === null || typeof root !== 'object' || Array.isArray(root)) throw new BackupError('notBackup');
  const doc = root as Record<string, unknown>;
  return { doc, fileChecksum: isEncryptedBackup(doc) ? undefined : checksum.result() };
}
