// Automatic backups encrypted at rest: AES-256-GCM with a random key that main keeps sealed by the
// system's keychain (Electron safeStorage), so a copied backups folder reveals nothing without it.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import type { SafeStorage } from 'electron';
import { readBackupHeader } from '../../shared/backup/format';
import { writeFileAtomic, type AtomicFs } from '../atomicWrite';
import { UserFacingError } from '../ipc/handle';

export const SEALED_FORMAT = 'twinning-desk-auto-sealed' as const;

/** The part of safeStorage the key needs; tests pass a fake. */
export type KeySealer = Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'>;

/** What a sealed file shows without its key: enough to list it (date and counts, no personal data). */
export interface SealedHeader {
  format: typeof SEALED_FORMAT;
  formatVersion: 1;
  createdAt: string;
  counts: Record<string, number> | null;
  iv: string;
  tag: string;
}

const aad = (h: Pick<SealedHeader, 'format' | 'formatVersion' | 'createdAt' | 'counts' | 'iv'>) =>
  Buffer.from(JSON.stringify([h.format, h.formatVersion, h.createdAt, h.counts, h.iv]));

/** Encrypts a plain backup's text; its header's date and counts stay readable (bound to the ciphertext). */
export function sealBackup(plain: string, key: Buffer, now = new Date()): string {
  const header = readBackupHeader(plain.slice(0, 64 * 1024));
  const iv = randomBytes(12);
  const base = {
    format: SEALED_FORMAT,
    formatVersion: 1 as const,
    createdAt: header?.createdAt ?? now.toISOString(),
    counts: header?.counts ?? null,
    iv: iv.toString('base64'),
  };
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aad(base));
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  const sealed: SealedHeader = { ...base, tag: cipher.getAuthTag().toString('base64') };
  return `${JSON.stringify(sealed).slice(0, -1)},"data":"${data.toString('base64')}"}`;
}

/** The listing's header of a sealed file from its start, or null when it is not one. */
export function readSealedHeader(start: string): SealedHeader | null {
  const end = start.indexOf(',"data":"');
  if (!start.startsWith(`{"format":"${SEALED_FORMAT}"`) || end < 0) return null;
  try {
    return JSON.parse(`${start.slice(0, end)}}`) as SealedHeader;
  } catch {
    return null;
  }
}

export const isSealed = (text: string): boolean => text.startsWith(`{"format":"${SEALED_FORMAT}"`);

export function unsealBackup(text: string, key: Buffer | null): string {
  if (!key) throw new UserFacingError('io', 'This backup is encrypted with a key this computer does not hold.');
  try {
    const doc = JSON.parse(text) as SealedHeader & { data: string };
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(doc.iv, 'base64'));
    decipher.setAAD(aad(doc));
    decipher.setAuthTag(Buffer.from(doc.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(doc.data, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    throw new UserFacingError('io', 'This backup is encrypted with another key or is damaged.');
  }
}

/**
 * The backup key, made once and kept in `file` sealed by the keychain. Null where the system offers
 * no keychain encryption: backups are then written as before, unencrypted.
 */
export async function loadOrCreateBackupKey(file: string, sealer: KeySealer, fs?: AtomicFs): Promise<Buffer | null> {
  if (!sealer.isEncryptionAvailable()) return null;
  try {
    const key = Buffer.from(sealer.decryptString(await fsp.readFile(file)), 'base64');
    if (key.length === 32) return key;
  } catch (error) {
    // A key file that exists but cannot be opened is never replaced: backups sealed with it would be lost.
    if ((error as { code?: unknown }).code !== 'ENOENT') {
      throw new UserFacingError('io', 'The key of the automatic backups cannot be read.');
    }
  }
  const key = randomBytes(32);
  await fsp.mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, sealer.encryptString(key.toString('base64')), fs);
  return key;
}
