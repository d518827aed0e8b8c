// The participant CSV check as background work: bytes and the camp's context in, progress per slice, the result.
import { decodeText, readCsv } from '../../../shared/export/csv';
import { validateImport } from '../../../shared/exchanges/importCsv';
import type { Work } from '../../app/background';
import type { WorkerReply, WorkerRequest } from './csvBackground';

export const checkParticipantsWork: Work<WorkerRequest, WorkerReply> = ({ bytes, context }, post) => {
  const onProgress = (done: number, total: number) => post({ type: 'progress', done, total });
  onProgress(0, 0);
  const csv = readCsv(decodeText(bytes));
  onProgress(0, csv.rows.length);
  const result = validateImport(csv, context, { onProgress });
  post({ type: 'done', preview: { result, lines: csv.lines } });
};
