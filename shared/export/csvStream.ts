// Reading CSV a slice at a time, exactly as readCsv reads it whole: bytes decoded in slices (encoding chosen as
// decodeText chooses it), line ends unified, records split by papaparse's own parser fed in chunks as its streamers
// feed it, each data row handed on with the problems found on its line. Holds one slice of text, never the file.
import Papa from 'papaparse';
import type { CsvLineIssue } from './csv';
import { isUtf8, textSlices } from './textSlices';

/**
 * Bytes decoded, and text parsed, at a time: small enough that each slice's strings die young in the heap. With
 * 4 KB, what a reading held at each collection (the slice as text, unified, joined to the unfinished record) made
 * the worker's young generation grow to 8 MB over a 20,000-line file; with 1 KB it stays at 4 MB, no slower.
 */
export const CHUNK_BYTES = 1024;

/** Text in pieces; each call gives the same pieces from the start (the delimiter is read before the records). */
export type TextSource = () => Iterable<string>;

export interface DecodeOptions {
  chunkBytes?: number;
  /** Told the bytes decoded so far, after each slice. */
  onBytes?: (done: number) => void;
}

/**
 * As decodeText: a UTF-8 BOM, or bytes that are all valid UTF-8, mean UTF-8; anything else is Windows-1250. `start`
 * is past the BOM and a second one right after it (decodeText drops the first, its decoder the second); `valid`:
 * the UTF-8 from there is valid too (else its faults are replaced as TextDecoder replaces them).
 */
function encodingOf(bytes: Uint8Array): { encoding: 'utf-8' | 'windows-1250'; start: number; valid: boolean } {
  const bom = (at: number) => bytes[at] === 0xef && bytes[at + 1] === 0xbb && bytes[at + 2] === 0xbf;
  if (bom(0)) {
    const start = bom(3) ? 6 : 3;
    return { encoding: 'utf-8', start, valid: isUtf8(bytes.subarray(start)) };
  }
  return isUtf8(bytes)
    ? { encoding: 'utf-8', start: 0, valid: true }
    : { encoding: 'windows-1250', start: 0, valid: true };
}

/** A file's text in slices of about `chunkBytes`; joined, the slices are decodeText(bytes). */
export function decodedText(bytes: Uint8Array, options: DecodeOptions = {}): TextSource {
  const chunkBytes = options.chunkBytes ?? CHUNK_BYTES;
  let found: ReturnType<typeof encodingOf> | undefined;
  return function* () {
    const { encoding, start, valid } = (found ??= encodingOf(bytes));
    if (valid) {
      for (const [text, done] of textSlices(bytes, start, encoding, chunkBytes)) {
        options.onBytes?.(done);
        yield text;
      }
      return;
    }
    const decoder = new TextDecoder(encoding, { ignoreBOM: true });
    for (let at = start; at < bytes.length; at += chunkBytes) {
      const text = decoder.decode(bytes.subarray(at, at + chunkBytes), { stream: true });
      options.onBytes?.(Math.min(bytes.length, at + chunkBytes));
      yield text;
    }
    yield decoder.decode();
  };
}

/** Text given whole, as a source of pieces of `size` characters (one piece when no size is given). */
export function textPieces(text: string, size?: number): TextSource {
  return function* () {
    if (!size) return yield text;
    for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
  };
}

/** Drops one byte order mark at the start of the text. */
function* withoutBom(pieces: Iterable<string>): Generator<string> {
  let first = true;
  for (const piece of pieces) {
    if (!piece) continue;
    yield first && piece.charCodeAt(0) === 0xfeff ? piece.slice(1) : piece;
    first = false;
  }
}

/** unifyLineEnds on text in pieces: quotes are counted across pieces; a CR ending a piece waits for the next. */
function* unified(pieces: Iterable<string>): Generator<string> {
  let quoted = false;
  let held = '';
  for (const piece of pieces) {
    let text = held + piece;
    held = text.endsWith('\r') ? '\r' : '';
    if (held) text = text.slice(0, -1);
    if (!text) continue;
    const parts = text.split('"');
    for (let i = quoted ? 1 : 0; i < parts.length; i += 2) parts[i] = parts[i]!.replace(/\r\n?/g, '\n');
    if (parts.length % 2 === 0) quoted = !quoted;
    yield parts.join('"');
  }
  if (held) yield quoted ? held : '\n';
}

/** As readCsv: `;` or `,`, whichever the first line holds more of (the whole text when no line end comes after it). */
function delimiterOf(clean: Iterable<string>): ';' | ',' {
  let semicolons = 0;
  let commas = 0;
  let at = 0;
  let whole = false;
  for (const piece of clean) {
    const end = whole ? -1 : piece.indexOf('\n');
    if (end === 0 && at === 0) whole = true;
    const line = end > 0 || (end === 0 && !whole) ? piece.slice(0, end) : piece;
    semicolons += count(line, ';');
    commas += count(line, ',');
    if (line.length < piece.length) break;
    at += piece.length;
  }
  return semicolons >= commas ? ';' : ',';
}

interface RawRecord {
  cells: string[];
  line: number;
  quotes: boolean;
}

interface RecordReader {
  /** The next piece of text: every record it finishes is handed on at once. */
  feed: (piece: string) => void;
  /** The text has ended: the last record is handed on. */
  end: () => void;
}

/**
 * Papa's parser over the pieces as its ChunkStreamer runs it: each piece joined to the unfinished record before it,
 * the last (maybe partial) record left for the next piece, every record found handed to `each`, blank ones skipped.
 */
function recordReader(delimiter: ';' | ',', each: (record: RawRecord) => void): RecordReader {
  // The text from `seen` on, for counting line ends up to each record's end.
  let text = '';
  let seen = 0;
  let scanned = 0;
  let newlines = 0;
  const step = (result: Papa.ParseStepResult<string[][]>) => {
    const cells = result.data[0];
    if (!cells || cells.every(blank)) return;
    // The record ends at the cursor (after its own line end); it starts as many lines up as its cells span.
    const cursor = result.meta.cursor;
    const end = text.charCodeAt(cursor - 1 - seen) === 10 ? cursor - 1 : cursor;
    for (; scanned < end; scanned++) if (text.charCodeAt(scanned - seen) === 10) newlines++;
    let inner = 0;
    for (const cell of cells) inner += count(cell, '\n');
    each({ cells, line: newlines + 1 - inner, quotes: result.errors.length > 0 });
  };
  let partial = '';
  let base = 0;
  // One parser for every piece: it starts afresh at each parse (its streamers make one a piece, which a long reading
  // carried into the old generation by the thousand).
  const parser = new Papa.Parser({ delimiter, newline: '\n', step });
  const parse = (chunk: string, last: boolean) => {
    const aggregate = partial + chunk;
    const results = parser.parse(aggregate, base, !last) as Papa.ParseResult<string[]>;
    if (last) return;
    partial = aggregate.substring(results.meta.cursor - base);
    base = results.meta.cursor;
  };
  return {
    feed: (piece) => {
      text += piece;
      parse(piece, false);
      text = text.slice(scanned - seen);
      seen = scanned;
    },
    end: () => parse('', true),
  };
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
/** The same, to ask whether a cell has any (a test that makes no array: almost no cell has one). */
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_ANY = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** What is wrong with one record: cells beyond the header's `width`, control characters, a quote left open. */
function issuesOf(record: RawRecord, width: number): CsvLineIssue[] {
  const issues: CsvLineIssue[] = [];
  const { cells } = record;
  let extra = 0;
  for (let i = width; i < cells.length; i++) if (!blank(cells[i]!)) extra++;
  if (extra > 0) issues.push({ line: record.line, code: 'extraCells', count: extra });
  let controls = 0;
  for (const cell of cells) if (CONTROL_ANY.test(cell)) controls += cell.match(CONTROL)!.length;
  if (controls > 0) issues.push({ line: record.line, code: 'controlChars', count: controls });
  if (record.quotes) issues.push({ line: record.line, code: 'quotes' });
  return issues;
}

export interface CsvRowHandler {
  /** The header line, cells trimmed, and what was found wrong on it: once, before any row (never for an empty file). */
  header: (header: string[], issues: CsvLineIssue[]) => void;
  /** A data row padded to the header's width, the line it starts on, and the problems found on that line. */
  row: (cells: string[], line: number, issues: CsvLineIssue[]) => void;
}

/** The pieces to feed, and the reader that hands on the header and then each row as the pieces come. */
function rowReader(source: TextSource, on: CsvRowHandler) {
  const delimiter = delimiterOf(unified(withoutBom(source())));
  let width: number | undefined;
  const reader = recordReader(delimiter, (record) => {
    if (width === undefined) {
      width = record.cells.length;
      return on.header(
        record.cells.map((h) => h.trim()),
        issuesOf(record, width),
      );
    }
    const { cells } = record;
    const row = cells.length >= width ? cells : [...cells, ...Array<string>(width - cells.length).fill('')];
    on.row(row, record.line, issuesOf(record, width));
  });
  // readCsv drops a BOM, then papaparse drops one more from the text it is given.
  return { delimiter, pieces: withoutBom(unified(withoutBom(source()))), reader };
}

/** Reads CSV text from `source` as readCsv does, handing on the header and then each row as it is read. */
export function readCsvRows(source: TextSource, on: CsvRowHandler): ';' | ',' {
  const { delimiter, pieces, reader } = rowReader(source, on);
  for (const piece of pieces) reader.feed(piece);
  reader.end();
  return delimiter;
}

/**
 * As readCsvRows, with `turn` awaited after each slice of text: it may let other work run (a request to stop, in a
 * worker), and answers false to stop the reading there. True when the whole text was read.
 */
export async function readCsvRowsInTurns(
  source: TextSource,
  on: CsvRowHandler,
  turn: () => boolean | Promise<boolean>,
): Promise<boolean> {
  const { pieces, reader } = rowReader(source, on);
  for (const piece of pieces) {
    reader.feed(piece);
    if (!(await turn())) return false;
  }
  reader.end();
  return true;
}

/** How often `char` occurs in `text`, counted without splitting it (done for every cell). */
function count(text: string, char: string): number {
  let n = 0;
  for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) n++;
  return n;
}

/** Nothing but white space (`\s` is what `trim` removes), found without making a trimmed copy. */
const blank = (cell: string): boolean => !/\S/.test(cell);
