// Every schema version of the database, written once: its Dexie stores and the one data change both upgrades run.
import { format } from 'date-fns';
import { buildActivity } from '../summaries/activity';
import { buildCampCounts } from '../summaries/camps';

/** Raw rows per table, as stored (the database) or as written in a backup file. */
export type TableRows = Record<string, Record<string, unknown>[]>;

/**
 * The data change of a version: a pure function of the rows of the tables it `reads`, returning the
 * whole new rows of each table it changes. The Dexie upgrade runs it on the stored database and a backup
 * of the version before runs it on its tables, so a migration exists once. In a backup, attachments
 * hold their bytes as base64 text; a change that leaves `data` alone works on both.
 */
export interface Migration {
  reads: readonly string[];
  run: (tables: TableRows) => TableRows;
}

export interface SchemaVersion {
  version: number;
  /** Dexie store declarations: table -> primary key and indexes (null deletes the table). */
  stores: Record<string, string | null>;
  migrate?: Migration;
}

/** A migration that changes each row of one table on its own, e.g. moves or fills a field. */
export function mapRows(table: string, change: (row: Record<string, unknown>) => Record<string, unknown>): Migration {
  return { reads: [table], run: (tables) => ({ [table]: (tables[table] ?? []).map(change) }) };
}

/**
 * Append-only. A new version adds `{ version: n + 1, stores: { …changed tables only }, migrate? }`, a
 * fixture of version n's rows in tests/unit/backup/fixtures/schemas.ts and, with `migrate`, the
 * expected rows after it (tests/unit/backup/migration.test.ts opens version n data with version n + 1).
 */
export const schemaVersions: readonly SchemaVersion[] = [
  {
    /** Every entity of the domain, indexed for date ranges, by partner, kind and status. */
    version: 1,
    stores: {
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
  },
  {
    /** Team sync's outbox of local changes and its merge log: this desk's own, never in a backup. */
    version: 2,
    stores: { outbox: '++seq', syncLog: '++seq, at, key' },
  },
  {
    /**
     * Summaries the dashboard reads instead of the whole history, derived from the rows and kept in step by
     * the summaries middleware (renderer/db/summaries): last contact per partner, people and last day per camp edition.
     * Built here from what is stored; never in a backup (a backup step keeps only the tables a backup holds).
     */
    version: 3,
    stores: { partnerActivity: 'partnerId', campCounts: 'id' },
    migrate: {
      reads: ['events', 'visits', 'participants'],
      run: (tables) => ({
        // The day the rows are split at: the local date of the upgrade (later writes move it forward).
        partnerActivity: [
          ...buildActivity(tables.events ?? [], tables.visits ?? [], format(new Date(), 'yyyy-MM-dd')).values(),
        ] as unknown as Record<string, unknown>[],
        campCounts: [...buildCampCounts(tables.participants ?? [], tables.events ?? []).values()] as unknown as Record<
          string,
          unknown
        >[],
      }),
    },
  },
];

export const CURRENT_SCHEMA_VERSION = schemaVersions[schemaVersions.length - 1]!.version;

/**
 * The step that turns tables of version `version - 1` into those of `version`: the version's migration
 * on the tables it reads (absent ones read as empty), every other table unchanged.
 */
export function migrateTables<T extends TableRows>(version: SchemaVersion, tables: T): T {
  if (!version.migrate) return tables;
  const input: TableRows = Object.fromEntries(version.migrate.reads.map((t) => [t, tables[t] ?? []]));
  return { ...tables, ...version.migrate.run(input) };
}
