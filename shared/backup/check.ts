// Checking a backup file with progress: the whole file is decrypted, parsed and validated, or refused with one error.
import { BackupError } from './errors';
import { openBackupFile, type OpenOptions } from './open';
import type { ParsedBackup } from './parse';

export interface CheckRequest extends Omit<OpenOptions, 'onRecords' | 'formatSteps' | 'schemaSteps'> {
  bytes: Uint8Array;
}

/** Share of the progress bar for reading the text; the rest is checking the records. */
const READ = 0.15;

/**
 * Decrypts when asked, parses and validates the whole file, reporting progress from 0 to 1 (each whole percent
 * once). Throws the BackupError that refuses the file; anything else that goes wrong is "not a backup".
 */
export async function checkBackup(request: CheckRequest, onProgress: (done: number) => void): Promise<ParsedBackup> {
  let shown = -1;
  const progress = (done: number) => {
    const percent = Math.floor(done * 100);
    if (percent > shown) {
      shown = percent;
      onProgress(done);
    }
  };
  progress(0);
  try {
    const { bytes, ...options } = request;
    const parsed = await openBackupFile(bytes, {
      ...options,
      onRecords: (done, total) => progress(READ + (1 - READ) * (done / total)),
    });
    progress(1);
    return parsed;
  } catch (error) {
    throw error instanceof BackupError ? error : new BackupError('notBackup');
  }
}
