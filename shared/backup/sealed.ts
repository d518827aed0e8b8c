// An encrypted backup's sealed data taken from the file's bytes as they pass, never made into text: its base64 is as
// large as the file, and as one JSON string it was held twice over while read (the parser's pieces and their join).
// Only a file laid out as this app writes it is read so: its format first, then the header, then the data at the top
// level. The JSON parser still reads every other byte of the file, and sees the data as an empty string.
import { base64ToBytes } from './base64';
import { ENCRYPTED_FORMAT } from './crypto';
import { indexOfBytes, joinBytes } from './bytes';

const START = new TextEncoder().encode(`{"format":${JSON.stringify(ENCRYPTED_FORMAT)},`);
const DATA_KEY = new TextEncoder().encode(',"data":"');
/** Where the data must start by: this app's header is a few hundred bytes. */
const HEAD_LIMIT = 64 * 1024;
/** Base64 characters decoded at a time: a multiple of 4. */
const PIECE = 32 * 1024;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const EQUALS = 0x3d;

export class SealedData {
  private state: 'head' | 'data' | 'rest' = 'head';
  private head: Uint8Array = new Uint8Array();
  /** Base64 characters not decoded yet (fewer than a piece), and how many. */
  private readonly chars = new Uint8Array(PIECE);
  private count = 0;
  private readonly pieces: Uint8Array[] = [];
  private broken = false;
  /** After a backslash: the next byte is escaped (it cannot end the string). */
  private escaped = false;
  private taken = false;

  /**
   * The sealed data's bytes, decoded from its base64: undefined when the file is not laid out as this app writes it
   * (the parser then read the data itself), null when the base64 is not sound.
   */
  get bytes(): Uint8Array<ArrayBuffer> | null | undefined {
    if (!this.taken || this.state !== 'rest') return undefined;
    if (this.broken) return null;
    const out = new Uint8Array(this.pieces.reduce((n, p) => n + p.length, 0));
    let at = 0;
    for (const piece of this.pieces) {
      out.set(piece, at);
      at += piece.length;
    }
    return out;
  }

  /** The parts of the chunk for the JSON parser, in order: the file's bytes without those of the sealed data. */
  pass(chunk: Uint8Array): Uint8Array[] {
    if (this.state === 'rest') return [chunk];
    if (this.state === 'data') return this.data(chunk);
    const room = HEAD_LIMIT + DATA_KEY.length - this.head.length;
    const searched = Math.max(0, this.head.length - DATA_KEY.length);
    this.head = joinBytes(this.head, chunk.subarray(0, room));
    const rest = chunk.subarray(room);
    // Any other file (a plain backup above all) is handed on as soon as its first bytes tell.
    const started = this.head.subarray(0, START.length);
    if (started.some((byte, i) => byte !== START[i])) return this.giveUp(rest);
    const key = indexOfBytes(this.head, DATA_KEY, searched);
    if (key === -1) {
      if (this.head.length < HEAD_LIMIT + DATA_KEY.length && rest.length === 0) return [];
      return this.giveUp(rest);
    }
    const end = key + DATA_KEY.length;
    if (!this.atTopLevel(end)) return this.giveUp(rest);
    const before = this.head.subarray(0, end);
    const after = this.head.subarray(end);
    this.head = new Uint8Array();
    this.state = 'data';
    this.taken = true;
    return [before, ...this.data(after), ...(rest.length > 0 ? this.pass(rest) : [])];
  }

  /** What is left for the parser when the file has ended. */
  end(): Uint8Array[] {
    if (this.state !== 'head') return [];
    const head = this.head;
    this.head = new Uint8Array();
    this.state = 'rest';
    return head.length > 0 ? [head] : [];
  }

  /** The key found closes the header at the top level. */
  private atTopLevel(end: number): boolean {
    try {
      const header: unknown = JSON.parse(
        `${new TextDecoder('utf-8', { fatal: true }).decode(this.head.subarray(0, end))}"}`,
      );
      return header !== null && typeof header === 'object' && (header as { data?: unknown }).data === '';
    } catch {
      return false;
    }
  }

  private giveUp(rest: Uint8Array): Uint8Array[] {
    const head = this.head;
    this.head = new Uint8Array();
    this.state = 'rest';
    return [head, ...(rest.length > 0 ? [rest] : [])];
  }

  /** Base64 bytes of the data up to its closing quote; from the quote on, the chunk goes to the parser. */
  private data(chunk: Uint8Array): Uint8Array[] {
    let i = 0;
    while (i < chunk.length) {
      if (this.escaped) {
        this.escaped = false;
        i++;
        continue;
      }
      const quote = chunk.indexOf(QUOTE, i);
      const slash = chunk.indexOf(BACKSLASH, i);
      const stop = Math.min(quote === -1 ? chunk.length : quote, slash === -1 ? chunk.length : slash);
      this.gather(chunk.subarray(i, stop));
      if (stop === chunk.length) return [];
      if (chunk[stop] === BACKSLASH) {
        // This app never escapes its base64: an escape is not read here, and the data is refused.
        this.broken = true;
        this.escaped = true;
        i = stop + 1;
        continue;
      }
      this.decode(true);
      this.state = 'rest';
      return [chunk.subarray(stop)];
    }
    return [];
  }

  private gather(bytes: Uint8Array): void {
    for (let at = 0; at < bytes.length && !this.broken;) {
      const n = Math.min(PIECE - this.count, bytes.length - at);
      this.chars.set(bytes.subarray(at, at + n), this.count);
      this.count += n;
      at += n;
      if (this.count === PIECE) this.decode(false);
    }
  }

  /** Decodes the characters gathered; only the last piece may end in padding. */
  private decode(last: boolean): void {
    if (this.broken) return;
    const chars = this.chars.subarray(0, this.count);
    this.count = 0;
    if (chars.length === 0 && last) return;
    if (!last && chars.includes(EQUALS)) {
      this.broken = true;
      return;
    }
    const bytes = base64ToBytes(String.fromCharCode.apply(null, chars as unknown as number[]));
    if (bytes) this.pieces.push(bytes);
    else this.broken = true;
  }
}
