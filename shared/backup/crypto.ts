// Optional passphrase encryption: AES-256-GCM, a fresh IV per file, PBKDF2-SHA256 key, the header as AAD.
import { z } from 'zod';
import { base64ToBytes, bytesToBase64 } from './base64';
import { BackupError } from './errors';

export const ENCRYPTED_FORMAT = 'twinning-desk-backup-encrypted';
export const ENCRYPTED_FORMAT_VERSION = 1;
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; tests inject fewer to stay fast. */
export const DEFAULT_PBKDF2_ITERATIONS = 600_000;
/** A header asking for more is refused, so a changed byte cannot make the app spin for minutes. */
export const MAX_PBKDF2_ITERATIONS = 10_000_000;

const b64 = (min: number, max: number) => z.string().min(min).max(max);

const envelopeHeaderSchema = z.object({
  format: z.literal(ENCRYPTED_FORMAT),
  formatVersion: z.number().int().positive(),
  appVersion: z.string().min(1).max(40),
  createdAt: z.string().min(1).max(40),
  kdf: z.object({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.number().int().min(1).max(MAX_PBKDF2_ITERATIONS),
    salt: b64(20, 64),
  }),
  cipher: z.object({ name: z.literal('AES-GCM'), iv: b64(16, 16) }),
});
type EnvelopeHeader = z.infer<typeof envelopeHeaderSchema>;

export interface EncryptOptions {
  appVersion: string;
  createdAt: string;
  iterations?: number;
}

/** The bytes bound to the ciphertext: the header's fields in a fixed order. */
function additionalData(h: EnvelopeHeader): Uint8Array<ArrayBuffer> {
  const fixed = [
    h.format,
    h.formatVersion,
    h.appVersion,
    h.createdAt,
    h.kdf.name,
    h.kdf.hash,
    h.kdf.iterations,
    h.kdf.salt,
    h.cipher.name,
    h.cipher.iv,
  ];
  return new TextEncoder().encode(JSON.stringify(fixed));
}

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  const subtle = globalThis.crypto.subtle;
  const material = await subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function encryptBackup(plainText: string, passphrase: string, options: EncryptOptions): Promise<string> {
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(16));
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const header: EnvelopeHeader = {
    format: ENCRYPTED_FORMAT,
    formatVersion: ENCRYPTED_FORMAT_VERSION,
    appVersion: options.appVersion,
    createdAt: options.createdAt,
    kdf: {
      name: 'PBKDF2',
      hash: 'SHA-256',
      iterations: options.iterations ?? DEFAULT_PBKDF2_ITERATIONS,
      salt: bytesToBase64(salt),
    },
    cipher: { name: 'AES-GCM', iv: bytesToBase64(iv) },
  };
  const key = await deriveKey(passphrase, salt, header.kdf.iterations);
  const sealed = await globalThis.crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: additionalData(header), tagLength: 128 },
    key,
    new TextEncoder().encode(plainText),
  );
  return JSON.stringify({ ...header, data: bytesToBase64(new Uint8Array(sealed)) });
}

export const isEncryptedBackup = (doc: Record<string, unknown>): boolean => doc.format === ENCRYPTED_FORMAT;

/**
 * Opens an encrypted file: its inner file as bytes (UTF-8 text when the file is sound). A wrong passphrase and a
 * changed byte both give `wrongPassphrase`. The sealed data is taken out of `doc` (the file's own parsed object) once
 * decoded: its base64 text is as large as the file, and must not stay beside the ciphertext and the inner file.
 * `sealed`: the data already decoded as the file was read (readBackupDocument), null when its base64 was not sound.
 */
export async function decryptBackupBytes(
  doc: Record<string, unknown>,
  passphrase: string,
  sealed?: Uint8Array<ArrayBuffer> | null,
): Promise<Uint8Array> {
  if (!isEncryptedBackup(doc)) throw new BackupError('notBackup');
  if (typeof doc.formatVersion === 'number' && doc.formatVersion > ENCRYPTED_FORMAT_VERSION) {
    throw new BackupError('newerFormat', {
      version: typeof doc.appVersion === 'string' ? doc.appVersion.slice(0, 40) : '',
    });
  }
  const parsed = envelopeHeaderSchema.safeParse(doc);
  const salt = parsed.success ? base64ToBytes(parsed.data.kdf.salt) : null;
  const iv = parsed.success ? base64ToBytes(parsed.data.cipher.iv) : null;
  const data = sealed !== undefined ? sealed : typeof doc.data === 'string' ? base64ToBytes(doc.data) : null;
  delete doc.data;
  if (!parsed.success || !salt || salt.length < 16 || !iv || iv.length !== 12 || !data || data.length < 16) {
    throw new BackupError('damagedEncryption');
  }
  if (passphrase.length === 0) throw new BackupError('passphraseNeeded');
  const key = await deriveKey(passphrase, salt, parsed.data.kdf.iterations);
  try {
    const plain = await globalThis.crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: additionalData(parsed.data), tagLength: 128 },
      key,
      data,
    );
    return new Uint8Array(plain);
  } catch {
    throw new BackupError('wrongPassphrase');
  }
}
