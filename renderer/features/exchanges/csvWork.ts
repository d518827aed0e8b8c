// The participant CSV check as background work, a slice at a time: bytes and the camp's context in, progress as the
// file is read, the preview's rows (or, for Save, the drafts) in slices as they come, then the errors found. Stopped
// (the dialog let the file go), it ends at its next pause without a word.
import { decodedText, readCsvRowsInTurns } from '../../../shared/export/csvStream';
import {
  NO_ROWS,
  participantReader,
  type ImportError,
  type ParticipantDraft,
  type ParticipantReader,
} from '../../../shared/exchanges/importCsv';
import { throttled } from '../../app/background';
import { pauses, type FileWork } from '../../app/fileSession';
import type { ParticipantRow, ParticipantRun, WorkerReply } from './csvBackground';

/** Rows per message back to the page: few enough that the worker posts them before its heap keeps them. */
const ROWS_PER_MESSAGE = 250;
/** The least time between two progress reports. */
const PROGRESS_MS = 250;

export const participantCsvWork: FileWork<ParticipantRun, WorkerReply> = async (
  { kind, bytes, context },
  post,
  alive,
) => {
  let count = 0;
  // A few reports a second: each one draws the page's bar again.
  const report = throttled(PROGRESS_MS, (read: number) =>
    post({ type: 'progress', progress: { rows: count, read, size: bytes.length } }),
  );
  report(0);
  let reader: ParticipantReader | undefined;
  const errors: ImportError[] = [];
  let rows: ParticipantRow[] = [];
  let drafts: ParticipantDraft[] = [];
  const flush = () => {
    if (rows.length > 0) post({ type: 'rows', rows });
    if (drafts.length > 0) post({ type: 'drafts', drafts });
    rows = [];
    drafts = [];
  };
  const headerRead = (header: string[], issues: Parameters<typeof participantReader>[1]) => {
    reader = participantReader(header, issues, context);
    errors.push(...reader.headerErrors);
    return reader;
  };
  const whole = await readCsvRowsInTurns(
    decodedText(bytes, { onBytes: report }),
    {
      header: headerRead,
      row: (cells, line, issues) => {
        count++;
        const { name, complete, check } = reader!;
        const { lastName, firstName } = name(cells);
        const checked = complete ? check(cells, line, issues) : { draft: null, errors: [] };
        errors.push(...checked.errors);
        const draft = checked.draft;
        if (kind === 'check') {
          rows.push({
            line,
            name: `${lastName} ${firstName}`.trim(),
            ...(draft ? { birthDate: draft.birthDate, role: draft.role, sendingTown: draft.sendingTown } : {}),
          });
        } else if (draft && errors.length === 0) drafts.push(draft);
        if (rows.length + drafts.length >= ROWS_PER_MESSAGE) flush();
      },
    },
    pauses(alive),
  );
  if (!whole) return;
  // An empty file has no header: every required column is missing.
  if (!reader) headerRead([], []);
  if (reader!.complete && count === 0) errors.splice(0, errors.length, NO_ROWS);
  flush();
  report(bytes.length, true);
  post({ type: 'done', ok: errors.length === 0, errors });
};
