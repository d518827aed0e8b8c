// One entry for any backup file: bytes in, a validated backup out (decrypting first when it is encrypted).
import { BackupError } from './errors';
import { decryptBackupBytes, isEncryptedBackup } from './crypto';
import { MAX_BACKUP_BYTES } from './format';
import { parseBackupObject, RowsAsRead, type ParsedBackup, type ParseOptions } from './parse';
import { readBackupDocument, slicesOf } from './read';

export interface OpenOptions extends ParseOptions {
  /** Asked for only when the file is encrypted. */
  passphrase?: string;
  /** How many of the file's bytes have been read (plain or still encrypted). */
  onBytes?: (read: number) => void;
}

/** A backup file in memory, opened as `openBackup` opens one that arrives. */
export function openBackupFile(bytes: Uint8Array, options: OpenOptions): Promise<ParsedBackup> {
  if (bytes.byteLength > (options.maxBytes ?? MAX_BACKUP_BYTES)) return Promise.reject(new BackupError('tooLarge'));
  return openBackup(slicesOf(bytes), options);
}

/** One document of the file (the file itself, or an encrypted file's inner one) read as it arrives, rows checked as read. */
async function readChecked(
  chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>,
  options: ParseOptions,
  onBytes?: (read: number) => void,
) {
  const rows = new RowsAsRead(options);
  return { ...(await readBackupDocument(chunks, { onBytes, keep: rows.keep })), rows };
}

/**
 * Reads the file's bytes as they come (never its whole text at once), decrypts it when it is encrypted, and checks
 * every record. Throws the BackupError that refuses the file.
 */
export async function openBackup(
  chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>,
  options: OpenOptions,
): Promise<ParsedBackup> {
  const opened = await openOuter(chunks, options);
  if (!(opened instanceof Uint8Array)) return opened;
  const inner = await readChecked(slicesOf(opened), options);
  if (isEncryptedBackup(inner.doc)) throw new BackupError('notBackup');
  return parseBackupObject(inner.doc, { ...options, fileChecksum: inner.fileChecksum }, inner.rows);
}

/**
 * The file itself checked, or an encrypted file's inner file as bytes. A function of its own, so that nothing of the
 * outer file (its sealed data is as large as the inner file) is still held while the inner one is read and checked.
 */
async function openOuter(
  chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>,
  options: OpenOptions,
): Promise<ParsedBackup | Uint8Array> {
  const outer = await readChecked(chunks, options, options.onBytes);
  if (!isEncryptedBackup(outer.doc)) {
    return parseBackupObject(outer.doc, { ...options, fileChecksum: outer.fileChecksum }, outer.rows);
  }
  if (!options.passphrase) throw new BackupError('passphraseNeeded');
  return decryptBackupBytes(outer.doc, options.passphrase, outer.sealed);
}
