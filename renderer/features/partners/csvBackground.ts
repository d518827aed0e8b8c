// The partner CSV held by a module worker of its own while the import dialog has the file: the page hands the bytes
// over and keeps none; the worker reads them for each preview (a new mapping stops the one before) and for Save, so a
// big file never freezes the window. Where workers are missing (tests in jsdom) or fail to start, the page serves them.
import type { ColumnMapping, PartnerDraft, RowError, Vocabulary } from '../../../shared/partners/csvImport';
import type { Background } from '../../app/background';
import type { RowProgress } from '../../app/CsvReading';
import { openFileSession } from '../../app/fileSession';
import { PreviewRows, type RowSlice } from './previewRows';

interface Reading {
  vocabulary: Vocabulary;
  /** Stored partners, for the duplicate marks. */
  existing: { name: string; country: string }[];
}

/** The preview of a file; no mapping yet means guess it from the header. Or its drafts, for the mapping chosen. */
export type PartnerRun =
  | (Reading & { kind: 'preview'; mapping?: ColumnMapping })
  | (Reading & { kind: 'drafts'; mapping: ColumnMapping; skipDuplicates: boolean });

/** A run as the work takes it: with the file's bytes, which the worker holds. */
export type WorkerRequest = PartnerRun & { bytes: Uint8Array };

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

export interface PartnerFile {
  preview: (
    run: Extract<PartnerRun, { kind: 'preview' }>,
    onProgress: (p: RowProgress) => void,
  ) => Background<PartnerPreview>;
  drafts: (
    run: Extract<PartnerRun, { kind: 'drafts' }>,
    onProgress: (p: RowProgress) => void,
  ) => Background<PartnerDrafts>;
  /** Ends the worker, and the bytes with it. */
  close: () => void;
}

/** Hands the chosen file's bytes to a worker of its own: `bytes` is empty afterwards (unless served in the page). */
export function openPartnerFile(bytes: Uint8Array): PartnerFile {
  const session = openFileSession<PartnerRun, WorkerReply>({
    bytes,
    worker: () => new Worker(new URL('./csvWorker.ts', import.meta.url), { type: 'module' }),
    inPage: () => import('./csvWork').then((m) => m.partnerCsvWork),
  });
  return {
    preview: (run, onProgress) => session.run(run, previewReceiver(onProgress)),
    drafts: (run, onProgress) => session.run(run, draftsReceiver(onProgress)),
    close: session.close,
  };
}
