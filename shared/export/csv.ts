// CSV for Polish Excel: UTF-8 with BOM, `;` separated, CRLF rows, formula-looking cells neutralised.
// Reading accepts `;` or `,`, UTF-8 with or without BOM, or Windows-1250, and any mix of line ends.
import Papa from 'papaparse';

const BOM = '\uFEFF';

/** A cell that Excel would run as a formula (= + - @, tab, CR) gets a leading apostrophe. */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A calendar day (`YYYY-MM-DD`): CSV writes it as it is, XLSX as a date cell in the language's format. */
export interface DateCell {
  date: string;
}
/** An amount: CSV writes `text` (as shown on screen), XLSX the number with its currency's format. */
export interface MoneyCell {
  amount: number;
  currency: string;
  text: string;
}
export type CsvCell = string | number | boolean | null | undefined | DateCell | MoneyCell;

export const dateCell = (iso: string | undefined): DateCell | undefined => (iso ? { date: iso } : undefined);
export const isDateCell = (cell: CsvCell): cell is DateCell =>
  typeof cell === 'object' && cell !== null && 'date' in cell;
export const isMoneyCell = (cell: CsvCell): cell is MoneyCell =>
  typeof cell === 'object' && cell !== null && 'amount' in cell;

/** A cell as CSV text: numbers as they are, days in ISO form, amounts as shown, everything else neutralised. */
export function csvText(cell: CsvCell): string {
  if (typeof cell === 'number') return String(cell);
  if (isDateCell(cell)) return cell.date;
  if (isMoneyCell(cell)) return cell.text;
  return neutraliseCell(cell == null ? '' : String(cell));
}

/** `rows[0]` is the header. Numbers are written as they are; everything else as neutralised text. */
export function writeCsv(rows: readonly (readonly CsvCell[])[]): string {
  const text = rows.map((row) => row.map(csvText));
  return BOM + Papa.unparse(text, { delimiter: ';', newline: '\r\n', quotes: false, escapeFormulae: false });
}

/** Decodes a file's bytes: a UTF-8 BOM or valid UTF-8 is UTF-8, anything else is Windows-1250. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return new TextDecoder('utf-8').decode(bytes.subarray(3));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1250').decode(bytes);
  }
}

/**
 * What the reader found wrong with one line, for the preview to name: cells beyond the header's width
 * (`count` of them, non-empty), control characters such as NUL (`count`), or a quote left open.
 */
export interface CsvLineIssue {
  line: number;
  code: 'extraCells' | 'controlChars' | 'quotes';
  count?: number;
}

export interface ParsedCsv {
  header: string[];
  /** Data rows, each at least as long as the header (short rows padded with ''; longer ones are in `issues`). */
  rows: string[][];
  /** The line in the file where each row starts (the header is line 1 when the file starts with it). */
  lines: number[];
  /** Problems per line, in file order; a line with any of them must not be imported as it stands. */
  issues: CsvLineIssue[];
  delimiter: ';' | ',';
}

/** Control characters no name or note should hold (tab, and line ends inside a quoted cell, are fine). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** Every line end outside quoted cells becomes `\n`; line ends inside a quoted cell are kept as written. */
export function unifyLineEnds(text: string): string {
  const parts = text.split('"');
  for (let i = 0; i < parts.length; i += 2) parts[i] = parts[i]!.replace(/\r\n?/g, '\n');
  return parts.join('"');
}

/** Parses CSV text, guessing `;` or `,` from the header line; blank lines are skipped. */
export function readCsv(text: string): ParsedCsv {
  const clean = unifyLineEnds(text.startsWith(BOM) ? text.slice(1) : text);
  const firstLine = clean.slice(0, Math.max(0, clean.indexOf('\n')) || clean.length);
  const delimiter = count(firstLine, ';') >= count(firstLine, ',') ? ';' : ',';
  const records: { cells: string[]; line: number; quotes: boolean }[] = [];
  let scanned = 0;
  let newlines = 0;
  Papa.parse<string[]>(clean, {
    delimiter,
    newline: '\n',
    skipEmptyLines: 'greedy',
    step: (result) => {
      // The record ends at the cursor (after its own line end); it starts as many lines up as its cells span.
      const end = clean[result.meta.cursor - 1] === '\n' ? result.meta.cursor - 1 : result.meta.cursor;
      for (; scanned < end; scanned++) if (clean.charCodeAt(scanned) === 10) newlines++;
      const inner = result.data.reduce((n, cell) => n + count(cell, '\n'), 0);
      records.push({ cells: result.data, line: newlines + 1 - inner, quotes: result.errors.length > 0 });
    },
  });
  const [head, ...body] = records;
  const width = head?.cells.length ?? 0;
  const issues: CsvLineIssue[] = [];
  for (const record of records) {
    const extra = record.cells.slice(width).filter((c) => c.trim() !== '').length;
    if (extra > 0) issues.push({ line: record.line, code: 'extraCells', count: extra });
    const controls = record.cells.reduce((n, c) => n + (c.match(CONTROL)?.length ?? 0), 0);
    if (controls > 0) issues.push({ line: record.line, code: 'controlChars', count: controls });
    if (record.quotes) issues.push({ line: record.line, code: 'quotes' });
  }
  return {
    header: (head?.cells ?? []).map((h) => h.trim()),
    rows: body.map(({ cells: r }) => (r.length >= width ? r : [...r, ...Array<string>(width - r.length).fill('')])),
    lines: body.map((r) => r.line),
    issues,
    delimiter,
  };
}

/** The issues grouped by line, for the preview's rows; `header` holds those of the header line. */
export function issuesByLine(csv: ParsedCsv): { header: CsvLineIssue[]; of: (line: number) => CsvLineIssue[] } {
  const byLine = new Map<number, CsvLineIssue[]>();
  for (const issue of csv.issues) byLine.set(issue.line, [...(byLine.get(issue.line) ?? []), issue]);
  const dataLines = new Set(csv.lines);
  return {
    header: csv.issues.filter((i) => !dataLines.has(i.line)),
    of: (line) => byLine.get(line) ?? [],
  };
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}
