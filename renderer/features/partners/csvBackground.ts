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

/** What the worker posts back besides the rows, which come before it in slices. */
export type PreviewEnd = { ok: false } | Omit<Extract<PartnerPreview, { ok: true }>, 'rows'>;

/**
 * `total` is 0 while the file is decoded and split into rows, then the rows done of all rows. The rows come in
 * slices, each a message of its own: the page takes in one slice per task instead of the whole file in one.
 */
export type WorkerReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'rows'; rows: PreviewRow[] }
  | { type: 'done'; end: PreviewEnd };

export type BackgroundPreview = Background<PartnerPreview>;

/** Takes the worker's messages in order: progress to `onProgress`, the rows kept until the preview is done. */
export function previewReceiver(onProgress: (done: number, total: number) => void) {
  const rows: PreviewRow[] = [];
  return (reply: WorkerReply): { value: PartnerPreview } | undefined => {
    if (reply.type === 'progress') onProgress(reply.done, reply.total);
    else if (reply.type === 'rows') for (const row of reply.rows) rows.push(row);
    else return { value: reply.end.ok ? { ...reply.end, rows } : reply.end };
    return undefined;
  };
}

export function previewPartnersInBackground(
  request: WorkerRequest,
  onProgress: (done: number, total: number) => void,
): BackgroundPreview {
  return runInBackground({
    request,
    worker: () => new Worker(new URL('./csvWorker.ts', import.meta.url), { type: 'module' }),
    inPage: () => import('./csvWork').then((m) => m.previewPartnersWork),
    receiver: () => previewReceiver(onProgress),
  });
}
