import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decryptBackupBytes, encryptBackup, DEFAULT_PBKDF2_ITERATIONS } from '../../../shared/backup/crypto';
import { openBackupFile } from '../../../shared/backup/open';
import { parseJsonObject } from '../../../shared/backup/parse';
import { backupTableNames } from '../../../shared/backup/tables';
import { createBackup } from '../../../renderer/db/backup/collect';
import { restoreBackup } from '../../../renderer/db/backup/restore';
import { db } from '../../../renderer/db/db';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/db/schema';
import { freshDatabase } from '../../helpers/db';
import { datasetArbitrary, dumpDatabase, writeTables } from './helpers';

beforeEach(freshDatabase);
afterEach(() => db.close());

const options = { schemaVersion: CURRENT_SCHEMA_VERSION };
const encoder = new TextEncoder();

async function wipe(): Promise<void> {
  await db.transaction(
    'rw',
    backupTableNames.map((n) => db.table(n)),
    async () => {
      for (const name of backupTableNames) await db.table(name).clear();
    },
  );
}

describe('backup and restore', () => {
  it('gives back exactly the same data for any office (plain and encrypted)', async () => {
    await fc.assert(
      fc.asyncProperty(
        datasetArbitrary,
        fc.boolean(),
        fc.string({ minLength: 1, maxLength: 30 }),
        async (tables, encrypt, passphrase) => {
          await wipe();
          await writeTables(tables);
          const before = await dumpDatabase();
          const backup = await createBackup('0.1.0');
          const file = encrypt
            ? await encryptBackup(backup.text, passphrase, {
                appVersion: '0.1.0',
                createdAt: backup.createdAt,
                iterations: 1000,
              })
            : backup.text;
          await wipe();
          const parsed = await openBackupFile(encoder.encode(file), { ...options, passphrase });
          await restoreBackup(parsed);
          expect(await dumpDatabase()).toEqual(before);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('writes a header with format, versions, time, counts per table and a SHA-256 checksum', async () => {
    await writeTables(fc.sample(datasetArbitrary, { numRuns: 1, seed: 7 })[0]!);
    const backup = await createBackup('0.1.0', undefined, new Date('2026-11-26T08:15:00Z'));
    const doc = parseJsonObject(backup.text);
    expect(doc).toMatchObject({
      format: 'twinning-desk-backup',
      formatVersion: 1,
      appVersion: '0.1.0',
      schemaVersion: CURRENT_SCHEMA_VERSION,
      createdAt: '2026-11-26T08:15:00.000Z',
      counts: { partners: await db.partners.count(), events: await db.events.count() },
    });
    expect(doc.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(doc.counts as object)).toEqual(backupTableNames);
  });

  it('keeps the number of PBKDF2 iterations of a production file at 600,000 or more', async () => {
    expect(DEFAULT_PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const sealed = await encryptBackup('{"format":"x"}', 'hasło-kopii', {
      appVersion: '0.1.0',
      createdAt: '2026-11-26T08:15:00Z',
    });
    const doc = parseJsonObject(sealed);
    expect(doc.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: DEFAULT_PBKDF2_ITERATIONS });
    expect(doc.cipher).toMatchObject({ name: 'AES-GCM' });
    expect(new TextDecoder().decode(await decryptBackupBytes(doc, 'hasło-kopii'))).toBe('{"format":"x"}');
  });

  it('uses a fresh IV and salt for every file', async () => {
    const seal = () => encryptBackup('same text', 'pass', { appVersion: '0.1.0', createdAt: 'now', iterations: 1000 });
    const [a, b] = [parseJsonObject(await seal()), parseJsonObject(await seal())];
    expect((a.cipher as { iv: string }).iv).not.toBe((b.cipher as { iv: string }).iv);
    expect((a.kdf as { salt: string }).salt).not.toBe((b.kdf as { salt: string }).salt);
    expect(a.data).not.toBe(b.data);
  });

  it('reports progress up to the end', async () => {
    const seen: number[] = [];
    await createBackup('0.1.0', (p) => seen.push(p));
    expect(seen.at(-1)).toBe(1);
    expect(seen).toEqual([...seen].sort((x, y) => x - y));
  });
});
