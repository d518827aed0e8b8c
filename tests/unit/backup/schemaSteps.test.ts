// Each schema migration is written once: the Dexie upgrade of version n + 1 and the backup step from n agree.
import { describe, expect, it } from 'vitest';
import { mapRows, schemaVersions, type SchemaVersion, type TableRows } from '../../../shared/db/versions';
import { schemaStepsOf, upgradeSchema } from '../../../shared/backup/upgrade';
import { backupTableNames, type BackupTableName } from '../../../shared/backup/tables';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/db/schema';
import { migrateFrom } from '../../helpers/migration';
import { schemaFixtures } from './fixtures/schemas';

/** The partners table as the latest version that declares it declares it. */
const partnersStores = [...schemaVersions].reverse().find((v) => v.stores.partners)!.stores.partners!;

/**
 * A next version as a real one would be written: a new index, a field filled from another table (each
 * partner's number of contacts) and a field moved within a table (a contact's role to `function`).
 */
const nextVersion: SchemaVersion = {
  version: CURRENT_SCHEMA_VERSION + 1,
  stores: { partners: `${partnersStores}, contactCount` },
  migrate: {
    reads: ['partners', 'contacts'],
    run: (tables) => {
      const counts = new Map<unknown, number>();
      for (const c of tables.contacts!) counts.set(c.partnerId, (counts.get(c.partnerId) ?? 0) + 1);
      const moved = mapRows('contacts', ({ role, ...rest }) => ({ ...rest, function: role })).run(tables);
      return { ...moved, partners: tables.partners!.map((p) => ({ ...p, contactCount: counts.get(p.id) ?? 0 })) };
    },
  },
};
const versions = [...schemaVersions, nextVersion];
const steps = schemaStepsOf(versions);

const byKey = (rows: readonly unknown[]) =>
  [...(rows as Record<string, unknown>[])].sort((a, b) => String(a.id ?? a.key).localeCompare(String(b.id ?? b.key)));

async function upgradedByDexie(from: number): Promise<TableRows> {
  const fixture = schemaFixtures[from]!;
  const db = await migrateFrom(
    from,
    async (old) => {
      await old.transaction('rw', Object.keys(fixture.tables), async () => {
        for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkPut(rows);
      });
    },
    from + 1,
    versions,
  );
  expect(db.verno).toBe(from + 1);
  const tables: TableRows = {};
  for (const name of backupTableNames) tables[name] = await db.table(name).toArray();
  db.close();
  return tables;
}

function upgradedAsBackup(from: number): Record<BackupTableName, unknown[]> {
  const fixture = schemaFixtures[from]!.tables;
  const tables = Object.fromEntries(backupTableNames.map((t) => [t, fixture[t] ?? []]));
  return upgradeSchema(tables as Record<BackupTableName, unknown[]>, from, from + 1, steps);
}

describe('a schema migration', () => {
  for (const { version } of versions.slice(1)) {
    it(`opens version ${version - 1} data with version ${version}, and a backup of ${version - 1} gets the same rows`, async () => {
      expect(schemaFixtures[version - 1], `fixtures/schemas.ts needs version ${version - 1}`).toBeDefined();
      const dexie = await upgradedByDexie(version - 1);
      const backup = upgradedAsBackup(version - 1);
      for (const name of backupTableNames) expect(byKey(dexie[name]!), name).toEqual(byKey(backup[name]));
    });
  }

  it('fills a field from another table and moves a field, in the database and in an older backup alike', async () => {
    const dexie = await upgradedByDexie(CURRENT_SCHEMA_VERSION);
    const backup = upgradedAsBackup(CURRENT_SCHEMA_VERSION);
    for (const tables of [dexie, backup]) {
      const partners = byKey(tables.partners!);
      expect(partners.map((p) => [p.id, p.contactCount])).toEqual([
        ['p-duclair', 0],
        ['p-ronnenberg', 1],
      ]);
      expect(tables.contacts).toEqual([expect.objectContaining({ id: 'c-anna', function: 'coordinator' })]);
      expect(tables.contacts![0]).not.toHaveProperty('role');
      expect(tables.attachments).toHaveLength(schemaFixtures[CURRENT_SCHEMA_VERSION]!.tables.attachments!.length);
    }
  });

  it('is indexed as its version declares once the database is opened', async () => {
    const fixture = schemaFixtures[CURRENT_SCHEMA_VERSION]!;
    const db = await migrateFrom(
      CURRENT_SCHEMA_VERSION,
      async (old) => {
        await old.table('partners').bulkPut(fixture.tables.partners!);
        await old.table('contacts').bulkPut(fixture.tables.contacts!);
      },
      CURRENT_SCHEMA_VERSION + 1,
      versions,
    );
    expect(await db.table('partners').where('contactCount').equals(1).primaryKeys()).toEqual(['p-ronnenberg']);
    db.close();
  });
});
