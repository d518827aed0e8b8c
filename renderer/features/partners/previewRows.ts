// The partner CSV preview's rows in a compact form, for files of a hundred thousand lines: each slice of rows is a few
// typed arrays (lines, and names and countries as UTF-8) plus the few rows with a problem or a duplicate mark.
// The worker writes slices; the page keeps them and makes a row into an object only when the table draws it.
import type { RowError } from '../../../shared/partners/csvImport';

/** A preview row as the table shows it: the name and country as the file gives them for a line that failed. */
export interface PreviewRow {
  line: number;
  name: string;
  country: string;
  /** Missing for a line that becomes a partner. */
  errors?: RowError[];
  duplicate?: 'existing' | 'file';
}

/** A row's problems or duplicate mark, by its place in the slice. */
export interface RowMark {
  index: number;
  errors?: RowError[];
  duplicate?: 'existing' | 'file';
}

/** Rows in columns: `ends` holds, per row, where its name and then its country end in `text`. */
export interface RowSlice {
  lines: Int32Array;
  text: Uint8Array;
  ends: Int32Array;
  marks: RowMark[];
}

/** Gathers rows into a slice (the worker's side). */
export class RowSliceWriter {
  private buffer = new Uint8Array(16 * 1024);
  private used = 0;
  private lines: number[] = [];
  private ends: number[] = [];
  private marks: RowMark[] = [];

  get size(): number {
    return this.lines.length;
  }

  add({ line, name, country, errors, duplicate }: PreviewRow): void {
    const index = this.lines.length;
    this.lines.push(line);
    this.write(name);
    this.write(country);
    if (errors || duplicate)
      this.marks.push({ index, ...(errors ? { errors } : {}), ...(duplicate ? { duplicate } : {}) });
  }

  /** The rows added since the last take, as a slice of their own. */
  take(): RowSlice {
    const slice = {
      lines: Int32Array.from(this.lines),
      text: this.buffer.slice(0, this.used),
      ends: Int32Array.from(this.ends),
      marks: this.marks,
    };
    this.used = 0;
    this.lines = [];
    this.ends = [];
    this.marks = [];
    return slice;
  }

  /**
   * Appends the text as UTF-8 (as TextEncoder writes it: a lone surrogate as U+FFFD). Written byte by byte: encodeInto
   * at an offset needs a view of the buffer for each text, and those views ended in the old generation (2 MB of a
   * 20,000-line file's reading).
   */
  private write(text: string): void {
    // UTF-8 takes at most three bytes for each UTF-16 unit.
    if (this.used + text.length * 3 > this.buffer.length) {
      const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.used + text.length * 3));
      grown.set(this.buffer.subarray(0, this.used));
      this.buffer = grown;
    }
    const bytes = this.buffer;
    let at = this.used;
    for (let i = 0; i < text.length; i++) {
      let code = text.charCodeAt(i);
      if (code < 0x80) {
        bytes[at++] = code;
        continue;
      }
      if (code < 0x800) {
        bytes[at++] = 0xc0 | (code >> 6);
        bytes[at++] = 0x80 | (code & 0x3f);
        continue;
      }
      const low = text.charCodeAt(i + 1);
      if (code >= 0xd800 && code < 0xdc00 && low >= 0xdc00 && low < 0xe000) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        i++;
        bytes[at++] = 0xf0 | (code >> 18);
        bytes[at++] = 0x80 | ((code >> 12) & 0x3f);
      } else {
        if (code >= 0xd800 && code < 0xe000) code = 0xfffd;
        bytes[at++] = 0xe0 | (code >> 12);
      }
      bytes[at++] = 0x80 | ((code >> 6) & 0x3f);
      bytes[at++] = 0x80 | (code & 0x3f);
    }
    this.used = at;
    this.ends.push(at);
  }
}

const decoder = new TextDecoder();

/** The preview's rows as the page keeps them: counted and filtered without making an object of every row. */
export class PreviewRows {
  readonly count: number;
  /** Where each slice starts among all rows. */
  private readonly starts: number[] = [];
  /** Every row with a problem or a duplicate mark: its place among all rows, in order. */
  readonly marked: number[] = [];
  private readonly marks = new Map<number, RowMark>();
  readonly withErrors: number;
  /** Rows marked as duplicates (never rows with errors: those have no partner to compare). */
  readonly duplicates: number;

  constructor(private readonly slices: readonly RowSlice[]) {
    let count = 0;
    let withErrors = 0;
    let duplicates = 0;
    for (const slice of slices) {
      this.starts.push(count);
      for (const mark of slice.marks) {
        this.marked.push(count + mark.index);
        this.marks.set(count + mark.index, mark);
        if (mark.errors) withErrors++;
        else if (mark.duplicate) duplicates++;
      }
      count += slice.lines.length;
    }
    this.count = count;
    this.withErrors = withErrors;
    this.duplicates = duplicates;
  }

  /** The row's line in the file, without reading the rest of it (the table's key for each row). */
  line(index: number): number {
    const [slice, i] = this.find(index);
    return slice.lines[i]!;
  }

  row(index: number): PreviewRow {
    const [slice, i] = this.find(index);
    const text = (end: number) =>
      decoder.decode(slice.text.subarray(end > 0 ? slice.ends[end - 1]! : 0, slice.ends[end]));
    const mark = this.marks.get(index);
    return {
      line: slice.lines[i]!,
      name: text(2 * i),
      country: text(2 * i + 1),
      ...(mark?.errors ? { errors: mark.errors } : {}),
      ...(mark?.duplicate ? { duplicate: mark.duplicate } : {}),
    };
  }

  /** The slice holding the row, and the row's place in it: the last slice starting at or before it. */
  private find(index: number): [RowSlice, number] {
    let s = 0;
    for (let hi = this.starts.length - 1; s < hi;) {
      const mid = (s + hi + 1) >> 1;
      if (this.starts[mid]! <= index) s = mid;
      else hi = mid - 1;
    }
    return [this.slices[s]!, index - this.starts[s]!];
  }

  /** Every row as an object, for tests. */
  all(): PreviewRow[] {
    return Array.from({ length: this.count }, (_, i) => this.row(i));
  }
}
