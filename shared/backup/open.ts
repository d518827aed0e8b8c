// One entry for any backup file: bytes in, a validated backup out (decrypting first when it is encrypted).
import { BackupError } from './errors';
import { decryptBackup, isEncryptedBackup } from './crypto';
import { decodeBackupBytes, parseBackupObject, parseJsonObject, type ParsedBackup, type ParseOptions } from './parse';

export interface OpenOptions extends ParseOptions {
  /** Asked for only when the file is encrypted. */
  passphrase?: string;
}

/** True when the file needs a passphrase; false for a plain file; throws for what is not a backup. */
export function needsPassphrase(bytes: Uint8Array, maxBytes?: number): boolean {
  return isEncryptedBackup(parseJsonObject(decodeBackupBytes(bytes, maxBytes)));
}

export async function openBackupFile(bytes: Uint8Array, options: OpenOptions): Promise<ParsedBackup> {
  const doc = parseJsonObject(decodeBackupBytes(bytes, options.maxBytes));
  if (!isEncryptedBackup(doc)) return parseBackupObject(doc, options);
  if (!options.passphrase) throw new BackupError('passphraseNeeded');
  const plain = await decryptBackup(doc, options.passphrase);
  const inner = parseJsonObject(plain);
  if (isEncryptedBackup(inner)) throw new BackupError('notBackup');
  return parseBackupObject(inner, options);
}
