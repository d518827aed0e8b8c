// Reads the partner CSV in a module worker so a big file never freezes the window; Cancel ends the worker. The
// preview keeps only what its table shows; Save has the drafts built again from the file's bytes in the worker.
// Where workers are missing (tests in jsdom) or fail to start, the same work runs in the page after the next task.
import type { ColumnMapping, PartnerDraft, RowError, Vocabulary } from '../../../shared/partners/csvImport';
import { runInBackground, type Background } from '../../app/background';
import type { RowProgress } from '../../app/CsvReading';
import { PreviewRows, type RowSlice } from './previewRows';

interface Reading {
  bytes: Uint8Array;
  vocabulary: Vocabulary;
  /** Stored partners, for the duplicate marks. */
  existing: { name: string; country: string }[];
}

/** The preview of a file; no mapping yet means guess it from the header. Or its drafts, for the mapping chosen. */
export type WorkerRequest =
  | (Reading & { kind: 'preview'; mapping?: ColumnMapping })
  | (Reading & { kind: 'drafts'; mapping: ColumnMapping; skipDuplicates: boolean });

export type PartnerPreview =
  { ok: false } | { ok: true; header: string[]; mapping: ColumnMapping; headerIssues: RowError[]; rows: PreviewRows };

/** What the worker posts last: the file's header and mapping, without the rows, which come before it in slices. */
export type PreviewEnd = { ok: false } | Omit<Extract<PartnerPreview, { ok: true }>, 'rows'>;

/** Rows (or drafts) come in slices as the file is read, each a message of its own, then the end. */
export type WorkerReply =
  | { type: 'progress'; progress: RowProgress }
  | { type: 'rows'; slice: RowSlice }
  | { type: 'drafts'; drafts: PartnerDraft[] }
  | { type: 'done'; end: PreviewEnd };

/** Takes the worker's messages in order: progress to `onProgress`, the slices of rows kept until the preview is done. */
export function previewReceiver(onProgress: (progress: RowProgress) => void) {
  const slices: RowSlice[] = [];
  return (reply: WorkerReply): { value: PartnerPreview } | undefined => {
    if (reply.type === 'progress') onProgress(reply.progress);
    else if (reply.type === 'rows') slices.push(reply.slice);
    else if (reply.type === 'done')
      return { value: reply.end.ok ? { ...reply.end, rows: new PreviewRows(slices) } : reply.end };
    return undefined;
  };
}

/** The drafts Save stores, or the file could not be read. */
export type PartnerDrafts = { ok: true; drafts: PartnerDraft[] } | { ok: false };

/** The same for Save: the drafts gathered until the end. */
export function draftsReceiver(onProgress: (progress: RowProgress) => void) {
  const drafts: PartnerDraft[] = [];
  return (reply: WorkerReply): { value: PartnerDrafts } | undefined => {
    if (reply.type === 'progress') onProgress(reply.progress);
    else if (reply.type === 'drafts') for (const draft of reply.drafts) drafts.push(draft);
    else if (reply.type === 'done') return { value: reply.end.ok ? { ok: true, drafts } : { ok: false } };
    return undefined;
  };
}

function partnerWorker() {
  return new Worker(new URL('./csvWorker.ts', import.meta.url), { type: 'module' });
}
const inPage = () => import('./csvWork').then((m) => m.partnerCsvWork);

export function previewPartnersInBackground(
  request: Extract<WorkerRequest, { kind: 'preview' }>,
  onProgress: (progress: RowProgress) => void,
): Background<PartnerPreview> {
  return runInBackground({ request, worker: partnerWorker, inPage, receiver: () => previewReceiver(onProgress) });
}

export function partnerDraftsInBackground(
  request: Extract<WorkerRequest, { kind: 'drafts' }>,
  onProgress: (progress: RowProgress) => void,
): Background<PartnerDrafts> {
  return runInBackground({ request, worker: partnerWorker, inPage, receiver: () => draftsReceiver(onProgress) });
}
