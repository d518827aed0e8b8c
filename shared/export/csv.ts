// CSV for Polish Excel: UTF-8 with BOM, `;` separated, CRLF rows, formula-looking cells neutralised.
// Reading accepts `;` or `,`, UTF-8 with or without BOM, or Windows-1250, and any mix of line ends (csvStream.ts
// reads a file a slice at a time; readCsv is the same reading over text given whole).
import Papa from 'papaparse';
import { readCsvRows, textPieces, type CsvRowHandler, type TextSource } from './csvStream';

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

/** Parses CSV text, guessing `;` or `,` from the header line; blank lines are skipped. */
export function readCsv(text: string): ParsedCsv {
  return readCsvFrom(textPieces(text));
}

/** `readCsv` over text that comes in pieces: every row gathered, as the sliced reader hands them on. */
export function readCsvFrom(source: TextSource): ParsedCsv {
  const { csv, on } = csvGatherer();
  csv.delimiter = readCsvRows(source, on);
  return csv;
}

/** A handler for the sliced readers that gathers what they hand on into a ParsedCsv, the way readCsv reports it. */
export function csvGatherer(): { csv: ParsedCsv; on: CsvRowHandler } {
  const csv: ParsedCsv = { header: [], rows: [], lines: [], issues: [], delimiter: ';' };
  const on: CsvRowHandler = {
    header: (header, issues) => {
      csv.header = header;
      csv.issues.push(...issues);
    },
    row: (cells, line, issues) => {
      csv.rows.push(cells);
      csv.lines.push(line);
      csv.issues.push(...issues);
    },
  };
  return { csv, on };
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
