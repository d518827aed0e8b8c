// readCsv as it was before the file was read a slice at a time: the whole text unified and parsed in one call.
// Kept as the oracle that the sliced reading (shared/export/csvStream.ts) must agree with, record for record.
import Papa from 'papaparse';
import type { CsvLineIssue, ParsedCsv } from '../../shared/export/csv';

const BOM = '\uFEFF';
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

function unifyLineEnds(text: string): string {
  const parts = text.split('"');
  for (let i = 0; i < parts.length; i += 2) parts[i] = parts[i]!.replace(/\r\n?/g, '\n');
  return parts.join('"');
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

export function readCsvWhole(text: string): ParsedCsv {
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
