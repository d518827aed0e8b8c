// A stand-in for Electron's safeStorage: reversible, marks what it sealed, and can say the keychain is missing.
import type { KeySealer } from '../../electron/backup/sealed';

export function fakeSafeStorage(available = true): KeySealer & { sealed: number } {
  const fake = {
    sealed: 0,
    isEncryptionAvailable: () => available,
    encryptString: (plain: string) => {
      fake.sealed++;
      return Buffer.from(`keychain:${Buffer.from(plain).toString('hex')}`);
    },
    decryptString: (sealed: Buffer) => {
      const text = sealed.toString();
      if (!text.startsWith('keychain:')) throw new Error('Error while decrypting the ciphertext provided');
      return Buffer.from(text.slice('keychain:'.length), 'hex').toString();
    },
  };
  return fake;
}
