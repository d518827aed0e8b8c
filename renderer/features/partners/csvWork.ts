// The partner CSV preview as background work: bytes and mapping in, progress per slice of rows, then the rows.
import { decodeText, issuesByLine, readCsv, type ParsedCsv } from '../../../shared/export/csv';
import { guessMapping, lineIssueError, markDuplicates, parsePartnerRows } from '../../../shared/partners/csvImport';
import type { PartnerColumn } from '../../../shared/partners/columns';
import type { Work } from '../../app/background';
import type { PartnerPreview, WorkerReply, WorkerRequest } from './csvBackground';

/** Rows per message back to the page. */
const ROWS_PER_MESSAGE = 2000;

export const previewPartnersWork: Work<WorkerRequest, WorkerReply> = (request, post) => {
  post({ type: 'progress', done: 0, total: 0 });
  const preview = previewPartners(request, (done, total) => post({ type: 'progress', done, total }));
  if (!preview.ok) return post({ type: 'done', end: preview });
  const { rows, ...end } = preview;
  for (let i = 0; i < rows.length; i += ROWS_PER_MESSAGE)
    post({ type: 'rows', rows: rows.slice(i, i + ROWS_PER_MESSAGE) });
  post({ type: 'done', end });
};

function previewPartners(
  { bytes, mapping: chosen, vocabulary, existing }: WorkerRequest,
  onProgress: (done: number, total: number) => void,
): PartnerPreview {
  let csv: ParsedCsv;
  try {
    csv = readCsv(decodeText(bytes));
  } catch {
    return { ok: false };
  }
  onProgress(0, csv.rows.length);
  const mapping = chosen ?? guessMapping(csv.header, vocabulary);
  const parsed = markDuplicates(parsePartnerRows(csv, mapping, vocabulary, { onProgress }), existing);
  const rowOfLine = new Map(csv.lines.map((line, i) => [line, i]));
  const raw = (line: number, column: PartnerColumn) => {
    const index = mapping[column];
    const row = rowOfLine.get(line);
    return index === undefined || row === undefined ? '' : (csv.rows[row]?.[index] ?? '');
  };
  return {
    ok: true,
    header: csv.header,
    mapping,
    headerIssues: issuesByLine(csv).header.map(lineIssueError),
    rows: parsed.map((r) => ({
      ...r,
      name: r.draft?.name ?? raw(r.line, 'name'),
      country: r.draft?.country ?? raw(r.line, 'country'),
    })),
  };
}
