// CSV for Polish Excel: UTF-8 with BOM, `;` separated, CRLF rows, formula-looking cells neutralised.
// Reading accepts `;` or `,`, UTF-8 with or without BOM, or Windows-1250.
import Papa from 'papaparse';

const BOM = '\uFEFF';

/** A cell that Excel would run as a formula (= + - @, tab, CR) gets a leading apostrophe. */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export type CsvCell = string | number | boolean | null | undefined;

/** `rows[0]` is the header. Numbers are written as they are; everything else as neutralised text. */
export function writeCsv(rows: readonly (readonly CsvCell[])[]): string {
  const text = rows.map((row) =>
    row.map((cell) => (typeof cell === 'number' ? String(cell) : neutraliseCell(cell == null ? '' : String(cell)))),
  );
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

export interface ParsedCsv {
  header: string[];
  /** Data rows, each as long as the header (short rows padded with ''). */
  rows: string[][];
  delimiter: ';' | ',';
}

/** Parses CSV text, guessing `;` or `,` from the header line; blank lines are skipped. */
export function readCsv(text: string): ParsedCsv {
  const clean = text.startsWith(BOM) ? text.slice(1) : text;
  const firstLine = clean.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = count(firstLine, ';') >= count(firstLine, ',') ? ';' : ',';
  const result = Papa.parse<string[]>(clean, { delimiter, skipEmptyLines: 'greedy' });
  const [header = [], ...rows] = result.data;
  const width = header.length;
  return {
    header: header.map((h) => h.trim()),
    rows: rows.map((r) => (r.length >= width ? r : [...r, ...Array<string>(width - r.length).fill('')])),
    delimiter,
  };
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}
