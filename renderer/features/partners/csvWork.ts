// The partner CSV read as background work, a slice at a time: bytes and mapping in, progress as the file is read,
// then the preview's rows (or, for Save, the drafts) in slices as they come. Holds neither the text nor all rows;
// stopped (a newer preview asked for), it ends at its next pause without a word.
import { decodedText, readCsvRowsInTurns } from '../../../shared/export/csvStream';
import {
  duplicateMarker,
  guessMapping,
  lineIssueError,
  parsePartnerRow,
  type ColumnMapping,
  type ImportRow,
  type PartnerDraft,
} from '../../../shared/partners/csvImport';
import { throttled } from '../../app/background';
import { pauses, type FileWork } from '../../app/fileSession';
import type { PartnerRun, PreviewEnd, WorkerReply } from './csvBackground';
import { RowSliceWriter, type PreviewRow } from './previewRows';

/** Rows per message back to the page: few enough that the worker posts them before its heap keeps them. */
const ROWS_PER_MESSAGE = 250;
/** The least time between two progress reports. */
const PROGRESS_MS = 250;

export const partnerCsvWork: FileWork<PartnerRun, WorkerReply> = async (request, post, alive) => {
  const { bytes, vocabulary } = request;
  let rows = 0;
  // A few reports a second: each one draws the page's bar again.
  const report = throttled(PROGRESS_MS, (read: number) =>
    post({ type: 'progress', progress: { rows, read, size: bytes.length } }),
  );
  report(0);
  let mapping: ColumnMapping = request.mapping ?? {};
  let end: PreviewEnd = { ok: true, header: [], mapping, headerIssues: [] };
  const mark = duplicateMarker(request.existing);
  const batch = new RowSliceWriter();
  let drafts: PartnerDraft[] = [];
  const flush = () => {
    if (batch.size > 0) post({ type: 'rows', slice: batch.take() });
    if (drafts.length > 0) post({ type: 'drafts', drafts });
    drafts = [];
  };
  try {
    const whole = await readCsvRowsInTurns(
      decodedText(bytes, { onBytes: report }),
      {
        header: (header, issues) => {
          mapping = request.mapping ?? guessMapping(header, vocabulary);
          end = { ok: true, header, mapping, headerIssues: issues.map(lineIssueError) };
        },
        row: (cells, line, issues) => {
          const row = mark(parsePartnerRow(cells, line, issues, mapping, vocabulary));
          rows++;
          if (request.kind === 'preview') batch.add(previewRow(row, cells, mapping));
          else if (row.draft && !(request.skipDuplicates && row.duplicate)) drafts.push(row.draft);
          if (batch.size + drafts.length >= ROWS_PER_MESSAGE) flush();
        },
      },
      pauses(alive),
    );
    if (!whole) return;
  } catch {
    return post({ type: 'done', end: { ok: false } });
  }
  flush();
  report(bytes.length, true);
  post({ type: 'done', end });
};

/** What the preview keeps of a row; a line that failed shows its name and country as the file gives them. */
function previewRow(row: ImportRow, cells: readonly string[], mapping: ColumnMapping): PreviewRow {
  const raw = (index: number | undefined) => (index === undefined ? '' : (cells[index] ?? ''));
  return {
    line: row.line,
    name: row.draft?.name ?? raw(mapping.name),
    country: row.draft?.country ?? raw(mapping.country),
    ...(row.errors.length > 0 ? { errors: row.errors } : {}),
    ...(row.duplicate ? { duplicate: row.duplicate } : {}),
  };
}
