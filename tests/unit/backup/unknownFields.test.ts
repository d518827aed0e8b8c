// A same-version backup whose records hold fields this version does not keep: listed in the preview, then dropped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checksumInput, serializeBackup } from '../../../shared/backup/write';
import { sha256Hex } from './sha256';
import { openBackupFile } from '../../../shared/backup/open';
import { parseBackup } from '../../../shared/backup/parse';
import { emptyTables, type BackupTables } from '../../../shared/backup/tables';
import { buildPreview } from '../../../shared/backup/preview';
import { countAllTables } from '../../../renderer/db/backup/counts';
import { db } from '../../../renderer/db/db';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/db/schema';
import { i18n, initI18n, loadLanguage } from '../../../renderer/i18n';
import { freshDatabase } from '../../helpers/db';

const stamps = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
const partner = (id: string, name: string) => ({
  id,
  name,
  country: 'DE',
  relationKind: 'partnership',
  status: 'active',
  languages: [],
  legalBasis: {},
  areas: [],
  funding: [],
  awards: [],
  ...stamps,
});

/** A file of this version whose partners carry a field, a nested field and a `__proto__` key it does not know. */
async function fileWithExtras(): Promise<string> {
  const tables = emptyTables();
  const ronnenberg = { ...partner('p1', 'Ronnenberg'), twinTownSince: 1992, legalBasis: { archiveShelf: 'A-12' } };
  const duclair = JSON.parse(JSON.stringify({ ...partner('p2', 'Duclair'), twinTownSince: 1995 })) as object;
  Object.assign(duclair, JSON.parse('{"__proto__": {"polluted": true}}') as object);
  tables.partners = [ronnenberg, duclair] as unknown as BackupTables['partners'];
  const meta = { appVersion: '0.1.0', schemaVersion: CURRENT_SCHEMA_VERSION, createdAt: '2026-11-26T08:00:00.000Z' };
  const { text } = await serializeBackup(tables, meta);
  // `Object.assign` set the prototype instead of a key: write the key itself into the file and re-checksum it.
  const doc = JSON.parse(text.replace('"id":"p2",', '"id":"p2","__proto__":{"polluted":true},')) as Record<
    string,
    unknown
  >;
  const header = doc as unknown as Parameters<typeof checksumInput>[0];
  doc.checksum = await sha256Hex(checksumInput(header, JSON.stringify(doc.tables)));
  return JSON.stringify(doc);
}

beforeAll(async () => {
  await initI18n('pl');
  await loadLanguage('en');
  await freshDatabase();
});
afterAll(() => db.close());

describe('a backup with fields this version does not know', () => {
  it('lists each unknown field with the number of records holding it, and drops it from what is restored', async () => {
    const parsed = await parseBackup(await fileWithExtras(), { schemaVersion: CURRENT_SCHEMA_VERSION });
    expect(parsed.unknownFields).toEqual([
      { table: 'partners', field: 'legalBasis.archiveShelf', count: 1 },
      { table: 'partners', field: 'twinTownSince', count: 2 },
      { table: 'partners', field: '__proto__', count: 1 },
    ]);
    expect(parsed.tables.partners[0]).not.toHaveProperty('twinTownSince');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('lists the same fields when the file is read as it arrives, its rows checked as they are read', async () => {
    const text = await fileWithExtras();
    const options = { schemaVersion: CURRENT_SCHEMA_VERSION };
    const asRead = await openBackupFile(new TextEncoder().encode(text), options);
    expect(asRead.unknownFields).toEqual((await parseBackup(text, options)).unknownFields);
    expect(asRead.unknownFields).toHaveLength(3);
    expect(Object.getPrototypeOf(asRead.tables.partners[1])).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('carries them into the restore preview, named in Polish and English', async () => {
    const parsed = await parseBackup(await fileWithExtras(), { schemaVersion: CURRENT_SCHEMA_VERSION });
    const preview = buildPreview(parsed.header, parsed.tables, await countAllTables(), parsed.unknownFields);
    const first = preview.unknownFields.find((u) => u.field === 'twinTownSince')!;
    const text = (lng: string) =>
      i18n.t('backup:preview.unknownField', {
        table: i18n.t(`backup:tables.${first.table}`, { lng }),
        field: first.field,
        count: first.count,
        lng,
      });
    expect(text('pl')).toBe('Gminy partnerskie: „twinTownSince” (2 rekordy)');
    expect(text('en')).toBe('Partner towns: “twinTownSince” (2 records)');
  });

  it('lists nothing for a file of exactly known fields', async () => {
    const tables = emptyTables();
    tables.partners = [partner('p1', 'Ronnenberg')] as unknown as BackupTables['partners'];
    const meta = { appVersion: '0.1.0', schemaVersion: CURRENT_SCHEMA_VERSION, createdAt: '2026-11-26T08:00:00.000Z' };
    const parsed = await parseBackup((await serializeBackup(tables, meta)).text, {
      schemaVersion: CURRENT_SCHEMA_VERSION,
    });
    expect(parsed.unknownFields).toEqual([]);
  });
});
