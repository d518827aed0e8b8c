// Checks a participant CSV in a module worker so a big file never freezes the window; Cancel ends the worker. The
// preview keeps only what its table shows; Save has the drafts built again from the file's bytes in the worker.
// Where workers are missing (tests in jsdom) or fail to start, the same work runs in the page after the next task.
import type { ParticipantRole, TownRef } from '../../../shared/domain';
import type { ImportContext, ImportError, ParticipantDraft } from '../../../shared/exchanges/importCsv';
import { runInBackground, type Background } from '../../app/background';
import type { RowProgress } from '../../app/CsvReading';

export interface WorkerRequest {
  /** The check for the preview, or the drafts of a file that passed it, for Save. */
  kind: 'check' | 'drafts';
  bytes: Uint8Array;
  context: ImportContext;
}

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

const participantWorker = () => new Worker(new URL('./csvWorker.ts', import.meta.url), { type: 'module' });
const inPage = () => import('./csvWork').then((m) => m.participantCsvWork);

export function checkParticipantsInBackground(
  request: Omit<WorkerRequest, 'kind'>,
  onProgress: (progress: RowProgress) => void,
): Background<ParticipantPreview> {
  return runInBackground({
    request: { ...request, kind: 'check' },
    worker: participantWorker,
    inPage,
    receiver: () => {
      const rows: ParticipantRow[] = [];
      return (reply: WorkerReply) => {
        if (reply.type === 'progress') onProgress(reply.progress);
        else if (reply.type === 'rows') for (const row of reply.rows) rows.push(row);
        else if (reply.type === 'done') return { value: { ok: reply.ok, errors: reply.errors, rows } };
        return undefined;
      };
    },
  });
}

/** The drafts of every line, or `{ ok: false }` when the file no longer passes the check. */
export function participantDraftsInBackground(
  request: Omit<WorkerRequest, 'kind'>,
): Background<{ ok: true; drafts: ParticipantDraft[] } | { ok: false }> {
  return runInBackground({
    request: { ...request, kind: 'drafts' },
    worker: participantWorker,
    inPage,
    receiver: () => {
      const drafts: ParticipantDraft[] = [];
      return (reply: WorkerReply) => {
        if (reply.type === 'drafts') for (const draft of reply.drafts) drafts.push(draft);
        else if (reply.type === 'done')
          return { value: reply.ok ? { ok: true as const, drafts } : { ok: false as const } };
        return undefined;
      };
    },
  });
}
