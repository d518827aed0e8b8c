// One entry for any backup file: bytes in, a validated backup out (decrypting first when it is encrypted).
import { BackupError } from './errors';
import { decryptBackup, isEncryptedBackup } from './crypto';
import { fileTablesChecksum } from './format';
import { decodeBackupBytes, parseBackupObject, parseJsonObject, type ParsedBackup, type ParseOptions } from './parse';

export interface OpenOptions extends ParseOptions {
  /** Asked for only when the file is encrypted. */
  passphrase?: string;
}

/** True when the file needs a passphrase; false for a plain file; throws for what is not a backup. */
export function needsPassphrase(bytes: Uint8Array, maxBytes?: number): boolean {
  return isEncryptedBackup(parseJsonObject(decodeBackupBytes(bytes, maxBytes)));
}

/** A plain backup's object, and its tables' checksum taken from the text itself (the text is let go on return). */
async function readDocument(text: string): Promise<{ doc: Record<string, unknown>; fileChecksum?: string }> {
  const doc = parseJsonObject(text);
  return { doc, fileChecksum: isEncryptedBackup(doc) ? undefined : await fileTablesChecksum(text) };
}

export async function openBackupFile(bytes: Uint8Array, options: OpenOptions): Promise<ParsedBackup> {
  const { doc, fileChecksum } = await readDocument(decodeBackupBytes(bytes, options.maxBytes));
  if (!isEncryptedBackup(doc)) return parseBackupObject(doc, { ...options, fileChecksum });
  if (!options.passphrase) throw new BackupError('passphraseNeeded');
  const inner = await readDocument(await decryptBackup(doc, options.passphrase));
  if (isEncryptedBackup(inner.doc)) throw new BackupError('notBackup');
  return parseBackupObject(inner.doc, { ...options, fileChecksum: inner.fileChecksum });
}
