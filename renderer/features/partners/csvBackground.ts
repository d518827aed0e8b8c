// Builds the partner CSV preview in a module worker so a big file never freezes the window; Cancel ends the
// worker. Where workers are missing (tests in jsdom) or fail to start, it runs in the page after the next task.
import type { ColumnMapping, ImportRow, RowError, Vocabulary } from '../../../shared/partners/csvImport';
import { runInBackground, type Background } from '../../app/background';

export interface WorkerRequest {
  bytes: Uint8Array;
  /** The columns chosen; none yet means guess them from the header. */
  mapping?: ColumnMapping;
  vocabulary: Vocabulary;
  /** Stored partners, for the duplicate marks. */
  existing: { name: string; country: string }[];
}

/** A preview row: the parsed line, with the name and country as the file gives them for a line that failed. */
export interface PreviewRow extends ImportRow {
  name: string;
  country: string;
}

export type PartnerPreview =
  { ok: false } | { ok: true; header: string[]; mapping: ColumnMapping; headerIssues: RowError[]; rows: PreviewRow[] };

/** `total` is 0 while the file is decoded and split into rows, then the rows done of all rows. */
export type WorkerReply = { type: 'progress'; done: number; total: number } | { type: 'done'; result: PartnerPreview };

export type BackgroundPreview = Background<PartnerPreview>;

export function previewPartnersInBackground(
  request: WorkerRequest,
  onProgress: (done: number, total: number) => void,
): BackgroundPreview {
  return runInBackground({
    request,
    worker: () => new Worker(new URL('./csvWorker.ts', import.meta.url), { type: 'module' }),
    inPage: () => import('./csvWork').then((m) => m.previewPartnersWork),
    receiver: () => (reply: WorkerReply) => {
      if (reply.type === 'progress') onProgress(reply.done, reply.total);
      else return { value: reply.result };
      return undefined;
    },
  });
}
