// Checks a participant CSV in a module worker so a big file never freezes the window; Cancel ends the worker.
// Where workers are missing (tests in jsdom) or fail to start, it runs in the page after the next task.
import type { ImportContext, ImportResult } from '../../../shared/exchanges/importCsv';
import { runInBackground, type Background } from '../../app/background';

export interface WorkerRequest {
  bytes: Uint8Array;
  context: ImportContext;
}

/** The check, and the line in the file where each data row starts. */
export interface ParticipantPreview {
  result: ImportResult;
  lines: number[];
}

/** `total` is 0 while the file is decoded and split into rows, then the rows done of all rows. */
export type WorkerReply =
  { type: 'progress'; done: number; total: number } | { type: 'done'; preview: ParticipantPreview };

export function checkParticipantsInBackground(
  request: WorkerRequest,
  onProgress: (done: number, total: number) => void,
): Background<ParticipantPreview> {
  return runInBackground({
    request,
    worker: () => new Worker(new URL('./csvWorker.ts', import.meta.url), { type: 'module' }),
    inPage: () => import('./csvWork').then((m) => m.checkParticipantsWork),
    receiver: () => (reply: WorkerReply) => {
      if (reply.type === 'progress') onProgress(reply.done, reply.total);
      else return { value: reply.preview };
      return undefined;
    },
  });
}
