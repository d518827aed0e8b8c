// The ICS file held by a module worker of its own while the import dialog has it: the page hands the bytes over and
// keeps none; the worker reads them for the preview (its events come in batches and are assembled here), so a big
// file never freezes the window. Where workers are missing (tests in jsdom) or fail to start, the page serves them.
import { icsPreviewCollector, type IcsPreviewPart, type IcsPreviewResult } from '../../../shared/export/icsPreview';
import type { Background } from '../../app/background';
import { openFileSession } from '../../app/fileSession';

/** The preview of the file, as of `today` (the dates a repeat offers as single events reach two years past it). */
export interface IcsRun {
  kind: 'preview';
  today: string;
}

/** A run as the work takes it: with the file's bytes, which the worker holds. */
export type WorkerRequest = IcsRun & { bytes: Uint8Array };

export type WorkerReply = { type: 'progress'; done: number; total: number } | IcsPreviewPart;

export interface IcsFile {
  preview: (today: string, onProgress: (done: number, total: number) => void) => Background<IcsPreviewResult>;
  /** Ends the worker, and the bytes with it. */
  close: () => void;
}

/** Hands the chosen file's bytes to a worker of its own: `bytes` is empty afterwards (unless served in the page). */
export function openIcsFile(bytes: Uint8Array): IcsFile {
  const session = openFileSession<IcsRun, WorkerReply>({
    bytes,
    worker: () => new Worker(new URL('./icsWorker.ts', import.meta.url), { type: 'module' }),
    inPage: () => import('./icsWork').then((m) => m.icsFileWork),
  });
  const preview = (today: string, onProgress: (done: number, total: number) => void) => {
    // The page assembles the preview from the worker's parts: the worker keeps none of the events it posts.
    const collect = icsPreviewCollector();
    return session.run({ kind: 'preview', today }, (reply: WorkerReply) => {
      if (reply.type === 'progress') return void onProgress(reply.done, reply.total);
      const result = collect(reply);
      return result && { value: result };
    });
  };
  return { preview, close: session.close };
}
