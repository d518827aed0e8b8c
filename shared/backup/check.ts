// Checking a backup file as a stream of messages: progress, the checked records in slices, then the header or the refusal.
import { BackupError, type BackupErrorCode, type BackupErrorDetail } from './errors';
import type { BackupHeader } from './format';
import { openBackupFile, type OpenOptions } from './open';
import type { UnknownField } from './parse';
import { backupTableNames, type BackupTableName } from './tables';

export interface CheckRequest extends Omit<OpenOptions, 'onRecords' | 'formatSteps' | 'schemaSteps'> {
  bytes: Uint8Array;
}

export type CheckMessage =
  /** `done` from 0 to 1. */
  | { type: 'progress'; done: number }
  | { type: 'rows'; table: BackupTableName; rows: unknown[] }
  | { type: 'done'; header: BackupHeader; unknownFields: UnknownField[] }
  | { type: 'failed'; code: BackupErrorCode; detail: BackupErrorDetail };

/** Records per `rows` message: each arrives as its own short task on the receiving side. */
export const SLICE_ROWS = 2000;

/** Shares of the progress bar: reading the text, checking the records, handing them over. */
const READ = 0.15;
const CHECKED = 0.85;

/**
 * Decrypts when asked, parses and validates the whole file, and only then posts its records slice by slice: a file
 * refused anywhere posts no record at all. Never throws; a failure is a `failed` message.
 */
export async function checkBackup(request: CheckRequest, post: (message: CheckMessage) => void): Promise<void> {
  let shown = -1;
  const progress = (done: number) => {
    const percent = Math.floor(done * 100);
    if (percent > shown) {
      shown = percent;
      post({ type: 'progress', done });
    }
  };
  progress(0);
  let parsed;
  try {
    const { bytes, ...options } = request;
    parsed = await openBackupFile(bytes, {
      ...options,
      onRecords: (done, total) => progress(READ + (CHECKED - READ) * (done / total)),
    });
  } catch (error) {
    const failure = error instanceof BackupError ? error : new BackupError('notBackup');
    post({ type: 'failed', code: failure.code, detail: failure.detail });
    return;
  }
  progress(CHECKED);
  const total = backupTableNames.reduce((sum, t) => sum + parsed.tables[t].length, 0);
  let sent = 0;
  for (const table of backupTableNames) {
    const rows: unknown[] = parsed.tables[table];
    for (let i = 0; i < rows.length; i += SLICE_ROWS) {
      const slice = rows.slice(i, i + SLICE_ROWS);
      post({ type: 'rows', table, rows: slice });
      sent += slice.length;
      progress(CHECKED + (1 - CHECKED) * (sent / total));
    }
  }
  post({ type: 'done', header: parsed.header, unknownFields: parsed.unknownFields });
}
