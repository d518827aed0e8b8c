import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../../shared/backup/parse';
import { BACKUP_FORMAT_VERSION } from '../../../shared/backup/format';
import { serializeBackup } from '../../../shared/backup/write';
import { backupTableNames, backupTableSchemas, countTables, type BackupTables } from '../../../shared/backup/tables';
import { CURRENT_SCHEMA_VERSION, schemaVersions } from '../../../renderer/db/schema';
import { migrateFrom } from '../../helpers/migration';
import { schemaFixtures } from './fixtures/schemas';

/**
 * Each version's tables and indexes as released. Dexie quietly raises the database's own version when a
 * released version's declaration gains an index, and this app then takes the database for a newer app's
 * and opens it read-only: a change belongs in a new version, never in an old one.
 */
const released: Record<number, Record<string, string | null>> = {
  1: {
    partners: 'id, name, country, status, relationKind, *areas, startDate, legalBasis.signedDate',
    contacts: 'id, partnerId, name',
    agreements: 'id, partnerId, date',
    attachments: 'id, ownerId',
    events: 'id, start, end, kind, status, series, host, coordinator, *partnerIds',
    visits: 'id, start, end, status, direction, eventId, *partnerIds',
    gifts: 'id, partnerId, visitId, date',
    tasks: 'id, due, done, [done+due], eventId, visitId, partnerId',
    participants: 'id, [eventId+occurrence], [identified+occurrence], eventId, sendingTown, roomId',
    rooms: 'id, [eventId+occurrence], eventId',
    settings: 'key',
    anonymisations: 'id, at',
  },
  2: { outbox: '++seq', syncLog: '++seq, at, key' },
  3: { partnerActivity: 'partnerId', campCounts: 'id' },
};

describe('released schema versions', () => {
  it('are never edited: each declares exactly what it declared when released', () => {
    for (const { version, stores } of schemaVersions.filter((v) => released[v.version])) {
      expect(stores, `schema version ${version} was edited: add a new version instead`).toEqual(released[version]);
    }
  });
});

describe('a fixture database of every schema version', () => {
  for (const { version } of schemaVersions) {
    it(`upgrades from version ${version} with every table's count preserved and every row valid`, async () => {
      const fixture = schemaFixtures[version];
      expect(fixture, `tests/unit/backup/fixtures/schemas.ts needs a fixture for version ${version}`).toBeDefined();
      const upgraded = await migrateFrom(version, async (old) => {
        await old.transaction('rw', Object.keys(fixture!.tables), async () => {
          for (const [table, rows] of Object.entries(fixture!.tables)) await old.table(table).bulkPut(rows);
        });
      });
      const tables: Record<string, unknown[]> = {};
      for (const name of backupTableNames) {
        tables[name] = await upgraded.table(name).toArray();
        expect(tables[name], name).toHaveLength(fixture!.tables[name]?.length ?? 0);
        for (const row of tables[name])
          expect(backupTableSchemas[name].safeParse(row).success, `${name} ${JSON.stringify(row)}`).toBe(true);
      }
      upgraded.close();
      const { text } = await serializeBackup(tables as BackupTables, {
        appVersion: '0.1.0',
        schemaVersion: CURRENT_SCHEMA_VERSION,
        createdAt: '2026-11-26T08:00:00.000Z',
      });
      const parsed = await parseBackup(text, { schemaVersion: CURRENT_SCHEMA_VERSION });
      expect(parsed.tables.partners.map((p) => p.name)).toEqual(['Duclair', 'Ronnenberg']);
    });
  }
});

describe('a backup file of every format', () => {
  /** Format version -> a file written by the app of that format. Format 2 adds `2: 'format-2.json'`. */
  const formatFixtures: Record<number, string> = { 1: 'format-1.json' };

  for (let version = 1; version <= BACKUP_FORMAT_VERSION; version++) {
    it(`reads format ${version} and restores its counts`, async () => {
      expect(formatFixtures[version], `tests/unit/backup/fixtures needs a file of format ${version}`).toBeDefined();
      const text = await readFile(path.join(import.meta.dirname, 'fixtures', formatFixtures[version]!), 'utf8');
      const parsed = await parseBackup(text, { schemaVersion: CURRENT_SCHEMA_VERSION });
      expect(countTables(parsed.tables)).toEqual(parsed.header.counts);
      expect(parsed.tables.attachments[0]?.data).toEqual(new Uint8Array([37, 80, 68, 70]));
    });
  }
});
