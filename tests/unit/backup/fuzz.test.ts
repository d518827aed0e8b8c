import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encryptBackup } from '../../../shared/backup/crypto';
import { BackupError, backupErrorKey } from '../../../shared/backup/errors';
import { checksumInput } from '../../../shared/backup/write';
import { sha256Hex } from './sha256';
import { openBackupFile } from '../../../shared/backup/open';
import { backupTableNames } from '../../../shared/backup/tables';
import { createBackup } from '../../../renderer/db/backup/collect';
import { restoreBackup } from '../../../renderer/db/backup/restore';
import { db } from '../../../renderer/db/db';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/db/schema';
import { i18n, initI18n, loadLanguage } from '../../../renderer/i18n';
import { freshDatabase } from '../../helpers/db';
import { databaseHash, datasetArbitrary, writeTables } from './helpers';

type Doc = Record<string, unknown> & {
  tables: Record<string, Record<string, unknown>[]>;
  counts: Record<string, number>;
};
const encoder = new TextEncoder();
const PASSPHRASE = 'hasło kopii';
const ITERATIONS = 1000;

let base: string;
let encrypted: string;
let hashBefore: string;

beforeAll(async () => {
  await initI18n('pl');
  await loadLanguage('en');
  await freshDatabase();
  await writeTables(fc.sample(datasetArbitrary, { numRuns: 1, seed: 42 })[0]!);
  base = (await createBackup('0.1.0')).text;
  encrypted = await encryptBackup(base, PASSPHRASE, {
    appVersion: '0.1.0',
    createdAt: '2026-11-26T08:00:00Z',
    iterations: ITERATIONS,
  });
  hashBefore = await databaseHash();
});
afterAll(() => db.close());

/** A producer that writes a wrong file with a right checksum, so validation itself is exercised. */
async function rechecksum(doc: Doc): Promise<string> {
  const header = doc as unknown as Parameters<typeof checksumInput>[0];
  doc.checksum = await sha256Hex(checksumInput(header, JSON.stringify(doc.tables)));
  return JSON.stringify(doc);
}
const clone = (): Doc => JSON.parse(base) as Doc;
const nonEmptyTables = () => backupTableNames.filter((t) => clone().tables[t]!.length > 0);

type Mutation = { label: string; passphrase?: string; make: () => Promise<Uint8Array> };
const bytes = (s: string) => encoder.encode(s);

const truncated = fc
  .nat()
  .map((n): Mutation => ({ label: 'truncated', make: async () => bytes(base.slice(0, n % base.length)) }));
const flipped = fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })).map(([at, mask]): Mutation => ({
  label: 'flipped byte',
  make: async () => {
    const b = bytes(base);
    b[at % b.length] = b[at % b.length]! ^ mask;
    return b;
  },
}));
const flippedEncrypted = fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })).map(([at, mask]): Mutation => ({
  label: 'flipped byte in an encrypted file',
  make: async () => {
    const b = bytes(encrypted);
    b[at % b.length] = b[at % b.length]! ^ mask;
    return b;
  },
}));
const structural = fc
  .tuple(
    fc.nat(),
    fc.nat(),
    fc.constantFrom(
      'wrongType',
      'missingField',
      'brokenReference',
      'duplicateKey',
      'hugeString',
      'newerFormat',
      'newerSchema',
      'countMismatch',
      'unknownTable',
      'tableNotArray',
      'badBase64',
      'notAnObject',
      'stale checksum',
    ),
  )
  .map(([ti, ri, kind]): Mutation => ({
    label: kind,
    make: async () => {
      const doc = clone();
      const tables = nonEmptyTables();
      const table = tables[ti % tables.length]!;
      const rows = doc.tables[table]!;
      const row = rows[ri % rows.length]!;
      const keyField = table === 'settings' ? 'key' : 'id';
      switch (kind) {
        case 'wrongType':
          row[keyField] = [1, 2];
          break;
        case 'missingField':
          delete row[keyField];
          break;
        case 'brokenReference': {
          const stamps = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
          const partnerId = String(doc.tables.partners![0]!.id);
          const broken = [
            {
              table: 'contacts',
              row: {
                id: 'c-broken',
                partnerId: 'no-such-partner',
                name: 'Anna',
                role: 'mayor',
                languages: [],
                ...stamps,
              },
            },
            {
              table: 'tasks',
              row: { id: 't-broken', title: 'Raport', due: '2026-01-01', done: 0, eventId: 'no-such-event', ...stamps },
            },
            {
              table: 'gifts',
              row: {
                id: 'g-broken',
                partnerId,
                visitId: 'no-such-visit',
                direction: 'given',
                description: 'Album',
                date: '2026-01-01',
                ...stamps,
              },
            },
          ][ri % 3]!;
          doc.tables[broken.table]!.push(broken.row);
          doc.counts[broken.table] = doc.tables[broken.table]!.length;
          break;
        }
        case 'duplicateKey':
          rows.push({ ...row });
          doc.counts[table] = rows.length;
          break;
        case 'hugeString':
          doc.tables.partners![0]!.name = 'x'.repeat(300_000);
          break;
        case 'newerFormat':
          doc.formatVersion = 2 + (ri % 5);
          break;
        case 'newerSchema':
          doc.schemaVersion = CURRENT_SCHEMA_VERSION + 1 + (ri % 5);
          break;
        case 'countMismatch':
          doc.counts[table] = rows.length + 1;
          break;
        case 'unknownTable':
          doc.tables.secrets = [];
          break;
        case 'tableNotArray':
          (doc.tables as Record<string, unknown>)[table] = { rows };
          break;
        case 'badBase64':
          doc.tables.attachments = [{ ...(doc.tables.attachments![0] ?? { id: 'a' }), data: '@@@' }];
          doc.counts.attachments = 1;
          break;
        case 'notAnObject':
          rows[ri % rows.length] = 'row' as unknown as Record<string, unknown>;
          break;
        case 'stale checksum':
          row.updatedAt = '2031-01-01T00:00:00.000Z';
          return bytes(JSON.stringify(doc));
      }
      return bytes(await rechecksum(doc));
    },
  }));
const wrongPassphrase = fc
  .string({ minLength: 1, maxLength: 20 })
  .filter((p) => p !== PASSPHRASE)
  .map((p): Mutation => ({
    label: 'wrong passphrase',
    passphrase: p,
    make: async () => bytes(encrypted),
  }));

describe('restoring a malformed or mutated backup', () => {
  it('refuses 1,200 of them with a typed error in Polish and English, the database unchanged', async () => {
    const seen = new Map<string, number>();
    const mutations = fc.oneof(truncated, flipped, flippedEncrypted, structural, structural, wrongPassphrase);
    await fc.assert(
      fc.asyncProperty(mutations, async (mutation) => {
        const file = await mutation.make();
        let error: unknown;
        try {
          const parsed = await openBackupFile(file, {
            schemaVersion: CURRENT_SCHEMA_VERSION,
            passphrase: mutation.passphrase ?? PASSPHRASE,
          });
          await restoreBackup(parsed);
        } catch (caught) {
          error = caught;
        }
        expect(error, mutation.label).toBeInstanceOf(BackupError);
        const typed = error as BackupError;
        for (const lng of ['pl', 'en']) {
          expect(i18n.exists(`backup:${backupErrorKey(typed)}`, { lng }), `${lng} ${typed.code}`).toBe(true);
        }
        seen.set(typed.code, (seen.get(typed.code) ?? 0) + 1);
        expect(await databaseHash(), mutation.label).toBe(hashBefore);
      }),
      { numRuns: 1200 },
    );
    expect(await databaseHash()).toBe(hashBefore);
    for (const code of [
      'notJson',
      'checksum',
      'invalidRecord',
      'duplicateKey',
      'brokenReference',
      'newerFormat',
      'newerSchema',
      'wrongPassphrase',
    ]) {
      expect(seen.get(code), code).toBeGreaterThan(0);
    }
  });
});
