// The Dexie database, declared from the schema versions in shared/db/versions.ts (append-only; add a version there).
import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type {
  Agreement,
  Attachment,
  CalendarEvent,
  Contact,
  Gift,
  Participant,
  Partner,
  Room,
  Setting,
  Task,
  Visit,
} from '../../shared/domain';
import type { OutboxRow } from '../../shared/sync/types';
import type { PartnerActivity } from '../../shared/summaries/activity';
import type { CampCount } from '../../shared/summaries/camps';
import { todayIso } from '../app/today';
import { summariesMiddleware } from './summaries/middleware';
import { CURRENT_SCHEMA_VERSION, schemaVersions, type SchemaVersion, type TableRows } from '../../shared/db/versions';

export { CURRENT_SCHEMA_VERSION, schemaVersions, type SchemaVersion } from '../../shared/db/versions';

export const DATABASE_NAME = 'twinning-desk';

/** A record of one anonymisation run, re-applied when an older backup is restored. */
export interface AnonymisationRecord {
  id: string;
  at: string;
  participantIds: string[];
  eventIds: string[];
  /** People erased outright: a restore deletes them again. */
  erasedIds?: string[];
  /** Partner contacts anonymised: a restore anonymises them again. */
  contactIds?: string[];
  /** Delegation members anonymised, by visit and member id. */
  members?: { visitId: string; memberId: string }[];
}

/** Dexie's upgrade of a version: its one migration (shared/db/versions.ts) run on the stored tables. */
function dexieUpgrade(version: SchemaVersion): ((tx: Transaction) => Promise<void>) | undefined {
  const migrate = version.migrate;
  if (!migrate) return undefined;
  return async (tx) => {
    const input: TableRows = {};
    for (const table of migrate.reads) input[table] = await tx.table<Record<string, unknown>>(table).toArray();
    for (const [table, rows] of Object.entries(migrate.run(input))) {
      await tx.table(table).clear();
      await tx.table(table).bulkAdd(rows);
    }
  };
}

export class TwinningDb extends Dexie {
  partners!: EntityTable<Partner, 'id'>;
  contacts!: EntityTable<Contact, 'id'>;
  agreements!: EntityTable<Agreement, 'id'>;
  attachments!: EntityTable<Attachment, 'id'>;
  events!: EntityTable<CalendarEvent, 'id'>;
  visits!: EntityTable<Visit, 'id'>;
  gifts!: EntityTable<Gift, 'id'>;
  tasks!: EntityTable<Task, 'id'>;
  participants!: EntityTable<Participant, 'id'>;
  rooms!: EntityTable<Room, 'id'>;
  settings!: EntityTable<Setting, 'key'>;
  anonymisations!: EntityTable<AnonymisationRecord, 'id'>;
  outbox!: EntityTable<OutboxRow, 'seq'>;
  /** Derived summaries (never in a backup, never written directly): see summaries/middleware.ts. */
  partnerActivity!: EntityTable<PartnerActivity, 'partnerId'>;
  campCounts!: EntityTable<CampCount, 'id'>;

  /** `upTo` opens an older version: the migration tests seed it, then open the current one. */
  constructor(name = DATABASE_NAME, upTo = CURRENT_SCHEMA_VERSION, versions = schemaVersions) {
    super(name);
    for (const v of versions.filter((s) => s.version <= upTo)) {
      const declared = this.version(v.version).stores(v.stores);
      const upgrade = dexieUpgrade(v);
      if (upgrade) declared.upgrade(upgrade);
    }
    // Keeps the summaries in step with every write, whoever makes it (a no-op on a version without them).
    this.use(summariesMiddleware(todayIso));
  }
}
