import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { serializeBackup } from '../../../shared/backup/write';
import { parseBackup } from '../../../shared/backup/parse';
import { emptyTables } from '../../../shared/backup/tables';
import { createBackup } from '../../../renderer/db/backup/collect';
import { recoverDatabaseFrom } from '../../../renderer/features/backup/recover';
import { restoreBackup } from '../../../renderer/db/backup/restore';
import { db } from '../../../renderer/db/db';
import { isReadOnly, onDatabaseClosedByOther, openDatabase } from '../../../renderer/db/open';
import { savePartner } from '../../../renderer/db/repositories/partners';
import { CURRENT_SCHEMA_VERSION, DATABASE_NAME, schemaVersions } from '../../../renderer/db/schema';

afterEach(() => db.close());

const partner = {
  id: 'p1',
  name: 'Duclair',
  country: 'FR',
  relationKind: 'partnership',
  status: 'active',
  languages: [],
  legalBasis: {},
  areas: [],
  funding: [],
  awards: [],
  createdAt: 'x',
  updatedAt: 'x',
};

/** Leaves a database as a newer app would: one version ahead, with a partner in it. */
async function writtenByNewerApp(): Promise<void> {
  db.close();
  await Dexie.delete(DATABASE_NAME);
  const future = new Dexie(DATABASE_NAME);
  const allStores = Object.assign({}, ...schemaVersions.map((v) => v.stores)) as Record<string, string>;
  future.version(CURRENT_SCHEMA_VERSION + 1).stores({ ...allStores, futureTable: 'id' });
  await future.open();
  await future.table('partners').put(partner);
  future.close();
}

describe('a database written by a newer app', () => {
  it('opens read-only: data can be read, every write is refused and nothing changes', async () => {
    await writtenByNewerApp();
    expect(await openDatabase()).toEqual({ ok: true, newerThanApp: true });
    expect(isReadOnly()).toBe(true);
    expect((await db.partners.get('p1'))?.name).toBe('Duclair');
    await expect(createBackup('0.1.0')).rejects.toMatchObject({ code: 'newerDatabase' });
    const backup = await serializeBackup(
      { ...emptyTables(), partners: [] },
      { appVersion: '0.1.0', schemaVersion: CURRENT_SCHEMA_VERSION, createdAt: 'x' },
    );
    await expect(
      savePartner({ name: 'Ronnenberg', country: 'DE', relationKind: 'partnership', status: 'active' }),
    ).rejects.toMatchObject({ name: 'ReadOnlyError' });
    const parsed = await parseBackup(backup.text, { schemaVersion: CURRENT_SCHEMA_VERSION });
    await expect(restoreBackup({ ...parsed, tables: { ...parsed.tables, partners: [] } })).rejects.toMatchObject({
      code: 'readOnly',
    });
    expect(await db.partners.count()).toBe(1);
  });
});

describe('another window', () => {
  it('deleting the database closes it here and tells the app', async () => {
    db.close();
    await Dexie.delete(DATABASE_NAME);
    await openDatabase();
    let told = 0;
    onDatabaseClosedByOther(() => told++);
    await Dexie.delete(DATABASE_NAME);
    expect(told).toBe(1);
    expect(db.isOpen()).toBe(false);
  });
});

describe('recovering from an automatic backup', () => {
  it('replaces the database with the backup only once the file has passed every check', async () => {
    db.close();
    await Dexie.delete(DATABASE_NAME);
    await db.open();
    await db.partners.put(partner as never);
    const good = new TextEncoder().encode((await createBackup('0.1.0')).text);
    await db.partners.put({ ...partner, id: 'p2', name: 'Järfälla' } as never);

    await expect(recoverDatabaseFrom(new Blob([good.slice(0, 100)]))).rejects.toMatchObject({ code: 'notJson' });
    expect(await db.partners.count()).toBe(2);

    await recoverDatabaseFrom(new Blob([good]));
    expect((await db.partners.toArray()).map((p) => p.name)).toEqual(['Duclair']);
  });
});
