// Checking a backup file with progress: the whole file is read as it arrives, decrypted, parsed and validated, or refused
// with one error.
import { BackupError } from './errors';
import { MAX_BACKUP_BYTES } from './format';
import { openBackup, type OpenOptions } from './open';
import { chunksOf } from './read';
import type { ParsedBackup } from './parse';

/** A chosen file nobody has read yet, at a one-time address on the app's own origin (the desktop's open dialog). */
export interface FileAddress {
  url: string;
  size: number;
}

/** A file to check: the file itself, or the address of one nobody has read. */
export type BackupSource = Blob | FileAddress;

export interface CheckRequest extends Omit<OpenOptions, 'onBytes' | 'onRecords' | 'formatSteps' | 'schemaSteps'> {
  /** The file itself (a handle: posting it to a worker copies no bytes) or its address; read where it is checked. */
  file: BackupSource;
}

/**
 * The file behind an address, fetched once (the address is good once) into a Blob that can be read again, e.g.
 * after a passphrase; a Blob is returned as it is. Refused as unreadable when the address no longer answers.
 */
export async function chosenFile(file: BackupSource, maxBytes = MAX_BACKUP_BYTES): Promise<Blob> {
  if (file instanceof Blob) return file;
  if (file.size > maxBytes) throw new BackupError('tooLarge');
  let response: Response;
  try {
    response = await fetch(file.url);
  } catch {
    throw new BackupError('unreadable');
  }
  if (response.status === 413) throw new BackupError('tooLarge');
  if (!response.ok) throw new BackupError('unreadable');
  const blob = await response.blob().catch(() => {
    throw new BackupError('unreadable');
  });
  if (blob.size > maxBytes) throw new BackupError('tooLarge');
  return blob;
}

/** Share of the progress bar for reading the file; the rest is checking the records. */
const READ = 0.5;

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
    const { file: chosen, ...options } = request;
    // Too large is told before a byte is read.
    if (chosen.size > (options.maxBytes ?? MAX_BACKUP_BYTES)) throw new BackupError('tooLarge');
    const file = await chosenFile(chosen, options.maxBytes);
    // The records are checked as the file is read when it is laid out as this app writes it, else after it.
    let bytes = 0;
    let records = 0;
    const both = () => progress(READ * bytes + (1 - READ) * records);
    const parsed = await openBackup(chunksOf(file), {
      ...options,
      onBytes: (read) => {
        bytes = read / Math.max(1, file.size);
        both();
      },
      onRecords: (done, total) => {
        // A header may promise fewer records than the file holds: the bar never goes past its end.
        records = Math.min(1, done / total);
        both();
      },
    });
    progress(1);
    return parsed;
  } catch (error) {
    throw error instanceof BackupError ? error : new BackupError('notBackup');
  }
}
