// The Dexie database: every schema version kept, append-only. Never edit a shipped version; add one.
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

export const DATABASE_NAME = 'twinning-desk';

/** A record of one anonymisation run, re-applied when an older backup is restored. */
export interface AnonymisationRecord {
  id: string;
  at: string;
  participantIds: string[];
  eventIds: string[];
  /** People erased outright: a restore deletes them again. */
  erasedIds?: string[];
}

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/** Version 1: every entity of the domain, indexed for date ranges, by partner, kind and status. */
export const schemaVersions: readonly SchemaVersion[] = [
  {
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
];

export const CURRENT_SCHEMA_VERSION = schemaVersions[schemaVersions.length - 1]!.version;

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

  /** `upTo` opens an older version: the migration tests seed it, then open the current one. */
  constructor(name = DATABASE_NAME, upTo = CURRENT_SCHEMA_VERSION) {
    super(name);
    for (const v of schemaVersions.filter((s) => s.version <= upTo)) {
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }
}

/** The names of every table of the current version, in a stable order. */
export const tableNames = Object.keys(
  schemaVersions.reduce<Record<string, string | null>>((all, v) => ({ ...all, ...v.stores }), {}),
) as (keyof Pick<
  TwinningDb,
  | 'partners'
  | 'contacts'
  | 'agreements'
  | 'attachments'
  | 'events'
  | 'visits'
  | 'gifts'
  | 'tasks'
  | 'participants'
  | 'rooms'
  | 'settings'
  | 'anonymisations'
>)[];
