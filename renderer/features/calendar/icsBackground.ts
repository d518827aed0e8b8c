// The ICS file held by a module worker of its own while the import dialog has it: the page hands the bytes over and
// keeps none; the worker reads them for the preview (posting each event's row, which the page assembles) and again
// for Save (the chosen events whole), so a big file never freezes the window. Where workers are missing (tests in
// jsdom) or fail to start, the page serves them.
import type { ImportedEvent } from '../../../shared/export/icsRead';
import type { Background } from '../../app/background';
import { openFileSession } from '../../app/fileSession';
import { icsRowsCollector, type IcsRowPart, type IcsRowsResult } from './icsRows';

/**
 * The preview of the file, or the events at the positions `picks` (ascending) for Save; both as of `today` (the dates
 * a repeat offers as single events reach two years past it), so Save reads what the preview showed.
 */
export type IcsRun = { kind: 'preview'; today: string } | { kind: 'picked'; today: string; picks: number[] };

/** A run as the work takes it: with the file's bytes, which the worker holds. */
export type WorkerRequest = IcsRun & { bytes: Uint8Array };

export type WorkerReply =
  | { type: 'progress'; done: number; total: number }
  | IcsRowPart
  | { type: 'picked'; events: ImportedEvent[] }
  /** The last of Save's reading: `ok` false when the file did not give every event chosen. */
  | { type: 'pickedEnd'; ok: boolean };

export interface IcsFile {
  preview: (today: string, onProgress: (done: number, total: number) => void) => Background<IcsRowsResult>;
  /** The events at `picks` (ascending), whole, in that order; `{ ok: false }` when the file did not give them all. */
  picked: (today: string, picks: number[]) => Background<{ ok: true; events: ImportedEvent[] } | { ok: false }>;
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
    const collect = icsRowsCollector();
    return session.run({ kind: 'preview', today }, (reply: WorkerReply) => {
      if (reply.type === 'progress') return void onProgress(reply.done, reply.total);
      if (reply.type === 'picked' || reply.type === 'pickedEnd') return undefined;
      const result = collect(reply);
      return result && { value: result };
    });
  };
  const picked = (today: string, picks: number[]) => {
    const events: ImportedEvent[] = [];
    return session.run({ kind: 'picked', today, picks }, (reply: WorkerReply) => {
      if (reply.type === 'picked') for (const e of reply.events) events.push(e);
      else if (reply.type === 'pickedEnd')
        return { value: reply.ok ? { ok: true as const, events } : { ok: false as const } };
      return undefined;
    });
  };
  return { preview, picked, close: session.close };
}
