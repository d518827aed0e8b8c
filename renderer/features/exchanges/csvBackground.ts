// The participant CSV held by a module worker of its own while the import dialog has the file: the page hands the
// bytes over and keeps none; the worker checks them for the preview and reads them again for Save, so a big file never
// freezes the window. Where workers are missing (tests in jsdom) or fail to start, the page serves them.
import type { ParticipantRole, TownRef } from '../../../shared/domain';
import type { ImportContext, ImportError, ParticipantDraft } from '../../../shared/exchanges/importCsv';
import type { Background } from '../../app/background';
import type { RowProgress } from '../../app/CsvReading';
import { openFileSession } from '../../app/fileSession';

export interface ParticipantRun {
  /** The check for the preview, or the drafts of a file that passed it, for Save. */
  kind: 'check' | 'drafts';
  context: ImportContext;
}

/** A run as the work takes it: with the file's bytes, which the worker holds. */
export type WorkerRequest = ParticipantRun & { bytes: Uint8Array };

/** A line as the preview shows it: whom it is about (as the file gives the name), and what its draft holds. */
export interface ParticipantRow {
  line: number;
  /** Last name and first name, trimmed; empty when the file gives none. */
  name: string;
  birthDate?: string;
  role?: ParticipantRole;
  sendingTown?: TownRef;
}

/** The check: every line passed (`ok`, all or nothing) or the errors, each naming its line; and the lines. */
export interface ParticipantPreview {
  ok: boolean;
  errors: ImportError[];
  rows: ParticipantRow[];
}

/** Rows (or drafts) come in slices as the file is read, each a message of its own, then the end. */
export type WorkerReply =
  | { type: 'progress'; progress: RowProgress }
  | { type: 'rows'; rows: ParticipantRow[] }
  | { type: 'drafts'; drafts: ParticipantDraft[] }
  | { type: 'done'; ok: boolean; errors: ImportError[] };

export interface ParticipantFile {
  check: (context: ImportContext, onProgress: (progress: RowProgress) => void) => Background<ParticipantPreview>;
  /** The drafts of every line, or `{ ok: false }` when the file no longer passes the check. */
  drafts: (context: ImportContext) => Background<{ ok: true; drafts: ParticipantDraft[] } | { ok: false }>;
  /** Ends the worker, and the bytes with it. */
  close: () => void;
}

/** Hands the chosen file's bytes to a worker of its own: `bytes` is empty afterwards (unless served in the page). */
export function openParticipantFile(bytes: Uint8Array): ParticipantFile {
  const session = openFileSession<ParticipantRun, WorkerReply>({
    bytes,
    worker: () => new Worker(new URL('./csvWorker.ts', import.meta.url), { type: 'module' }),
    inPage: () => import('./csvWork').then((m) => m.participantCsvWork),
  });
  const check = (context: ImportContext, onProgress: (progress: RowProgress) => void) => {
    const rows: ParticipantRow[] = [];
    return session.run({ kind: 'check', context }, (reply: WorkerReply) => {
      if (reply.type === 'progress') onProgress(reply.progress);
      else if (reply.type === 'rows') for (const row of reply.rows) rows.push(row);
      else if (reply.type === 'done') return { value: { ok: reply.ok, errors: reply.errors, rows } };
      return undefined;
    });
  };
  const drafts = (context: ImportContext) => {
    const drafts: ParticipantDraft[] = [];
    return session.run({ kind: 'drafts', context }, (reply: WorkerReply) => {
      if (reply.type === 'drafts') for (const draft of reply.drafts) drafts.push(draft);
      else if (reply.type === 'done')
        return { value: reply.ok ? { ok: true as const, drafts } : { ok: false as const } };
      return undefined;
    });
  };
  return { check, drafts, close: session.close };
}
