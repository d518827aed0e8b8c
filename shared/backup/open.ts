// One entry for any backup file: bytes in, a validated backup out (decrypting first when it is encrypted).
import { BackupError } from './errors';
import { decryptBackupBytes, isEncryptedBackup } from './crypto';
import { MAX_BACKUP_BYTES } from './format';
import {
  decodeBackupBytes,
  parseBackupObject,
  parseJsonObject,
  RowsAsRead,
  type ParsedBackup,
  type ParseOptions,
} from './parse';
import { readBackupDocument, slicesOf } from './read';

export interface OpenOptions extends ParseOptions {
  /** Asked for only when the file is encrypted. */
  passphrase?: string;
  /** How many of the file's bytes have been read (plain or still encrypted). */
  onBytes?: (read: number) => void;
}

/** True when the file needs a passphrase; false for a plain file; throws for what is not a backup. */
export function needsPassphrase(bytes: Uint8Array, maxBytes?: number): boolean {
  return isEncryptedBackup(parseJsonObject(decodeBackupBytes(bytes, maxBytes)));
}

/** A backup file in memory, opened as `openBackup` opens one that arrives. */
export function openBackupFile(bytes: Uint8Array, options: OpenOptions): Promise<ParsedBackup> {
  if (bytes.byteLength > (options.maxBytes ?? MAX_BACKUP_BYTES)) return Promise.reject(new BackupError('tooLarge'));
  return openBackup(slicesOf(bytes), options);
}

/**
 * Reads the file's bytes as they come (never its whole text at once), decrypts it when it is encrypted, and checks
 * every record. Throws the BackupError that refuses the file.
 */
export async function openBackup(
  chunks: Iterable<Uint8Array> | AsyncIterable<Uint8Array>,
  options: OpenOptions,
): Promise<ParsedBackup> {
  const rows = new RowsAsRead(options);
  const outer = await readBackupDocument(chunks, { onBytes: options.onBytes, keep: rows.keep });
  if (!isEncryptedBackup(outer.doc)) {
    return parseBackupObject(outer.doc, { ...options, fileChecksum: outer.fileChecksum }, rows);
  }
  if (!options.passphrase) throw new BackupError('passphraseNeeded');
  const plain = await decryptBackupBytes(outer.doc, options.passphrase);
  const innerRows = new RowsAsRead(options);
  const inner = await readBackupDocument(slicesOf(plain), { keep: innerRows.keep });
  if (isEncryptedBackup(inner.doc)) throw new BackupError('notBackup');
  return parseBackupObject(inner.doc, { ...options, fileChecksum: inner.fileChecksum }, innerRows);
}
