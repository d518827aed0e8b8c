// The team login, kept by main: the password encrypted with Electron's safeStorage in a file of userData.
import { promises as fsp } from 'node:fs';
import type { SafeStorage } from 'electron';
import { writeFileAtomic } from '../atomicWrite';
import type { TeamAccount } from '../../shared/sync/ipc';

export type SecretBox = Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'>;

export interface StoredLogin extends TeamAccount {
  password: string;
}

interface FileShape {
  url: string;
  user: string;
  roles: string[];
  /** safeStorage's ciphertext, base64. */
  secret: string;
}

export class NoSecureStorageError extends Error {
  constructor() {
    super('The system offers no secure storage for the password.');
  }
}

export function createCredentialStore(box: SecretBox, file: string) {
  let cached: StoredLogin | null | undefined;
  return {
    async save(login: StoredLogin): Promise<void> {
      if (!box.isEncryptionAvailable()) throw new NoSecureStorageError();
      const secret = box.encryptString(login.password).toString('base64');
      const shape: FileShape = { url: login.url, user: login.user, roles: login.roles, secret };
      await writeFileAtomic(file, JSON.stringify(shape));
      cached = login;
    },
    async load(): Promise<StoredLogin | null> {
      if (cached !== undefined) return cached;
      try {
        const shape = JSON.parse(await fsp.readFile(file, 'utf8')) as FileShape;
        if (!box.isEncryptionAvailable()) return null;
        const password = box.decryptString(Buffer.from(shape.secret, 'base64'));
        cached = { url: shape.url, user: shape.user, roles: shape.roles, password };
      } catch {
        cached = null;
      }
      return cached;
    },
    async clear(): Promise<void> {
      cached = null;
      await fsp.rm(file, { force: true });
    },
  };
}

export type CredentialStore = ReturnType<typeof createCredentialStore>;
