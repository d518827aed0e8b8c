// Checking a backup file with progress: the whole file is read, decrypted, parsed and validated, or refused with one error.
import { BackupError } from './errors';
import { MAX_BACKUP_BYTES } from './format';
import { openBackupFile, type OpenOptions } from './open';
import type { ParsedBackup } from './parse';

export interface CheckRequest extends Omit<OpenOptions, 'onRecords' | 'formatSteps' | 'schemaSteps'> {
  /** The file itself (a handle: posting it to a worker copies no bytes); read where it is checked. */
  file: Blob;
}

/** Share of the progress bar for reading the text; the rest is checking the records. */
const READ = 0.15;

/**
 * Reads the file, decrypts when asked, parses and validates it all, reporting progress from 0 to 1 (each whole
 * percent once). Throws the BackupError that refuses the file; anything else that goes wrong is "not a backup".
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
    const { file, ...options } = request;
    // Too large is told before a byte is read.
    if (file.size > (options.maxBytes ?? MAX_BACKUP_BYTES)) throw new BackupError('tooLarge');
    const parsed = await openBackupFile(new Uint8Array(await file.arrayBuffer()), {
      ...options,
      onRecords: (done, total) => progress(READ + (1 - READ) * (done / total)),
    });
    progress(1);
    return parsed;
  } catch (error) {
    throw error instanceof BackupError ? error : new BackupError('notBackup');
  }
}
