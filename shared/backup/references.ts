// The links between records a restored database must keep: each must point at a record in the file.
import { HOME } from '../domain/common';
import { BackupError } from './errors';
import { backupTableNames, primaryKeyOf, type BackupTableName, type BackupTables } from './tables';

export interface BackupReference {
  from: BackupTableName;
  /** Dotted path of the field holding an id or a list of ids. */
  field: string;
  to: readonly BackupTableName[];
  /** The home gmina (`home`) may stand where a partner id could. */
  home?: boolean;
}

/** Tables whose records an attachment may belong to. */
const RECORD_TABLES = backupTableNames.filter((t) => t !== 'settings' && t !== 'anonymisations' && t !== 'attachments');

/**
 * Links the repositories keep whole (a delete cascades or unlinks): one pointing nowhere means the
 * file was damaged or made by something else, and the restore is refused.
 */
export const backupReferences: readonly BackupReference[] = [
  { from: 'contacts', field: 'partnerId', to: ['partners'] },
  { from: 'agreements', field: 'partnerId', to: ['partners'] },
  { from: 'partners', field: 'legalBasis.documentId', to: ['attachments'] },
  { from: 'attachments', field: 'ownerId', to: RECORD_TABLES },
  { from: 'gifts', field: 'visitId', to: ['visits'] },
  { from: 'tasks', field: 'eventId', to: ['events'] },
  { from: 'tasks', field: 'visitId', to: ['visits'] },
  { from: 'participants', field: 'roomId', to: ['rooms'] },
];

/**
 * Links the app deliberately keeps after their target is deleted, as history: a visit to a partner
 * town since removed, a camp's participants after the event left the calendar, a signed agreement
 * whose scan was replaced. A real office's backup holds such links, so a restore accepts them (each
 * id still passes its schema). When an area starts to cascade or unlink one, it moves up to the
 * list above; the property test's datasets keep every one of them whole either way.
 */
export const historyLinks: readonly BackupReference[] = [
  { from: 'agreements', field: 'documentId', to: ['attachments'] },
  { from: 'events', field: 'host', to: ['partners'], home: true },
  { from: 'events', field: 'partnerIds', to: ['partners'] },
  { from: 'visits', field: 'partnerIds', to: ['partners'] },
  { from: 'visits', field: 'eventId', to: ['events'] },
  { from: 'gifts', field: 'partnerId', to: ['partners'] },
  { from: 'tasks', field: 'partnerId', to: ['partners'] },
  { from: 'participants', field: 'eventId', to: ['events'] },
  { from: 'participants', field: 'sendingTown', to: ['partners'], home: true },
  { from: 'rooms', field: 'eventId', to: ['events'] },
];

function valueAt(record: unknown, path: string): unknown {
  let current = record;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** Refuses the first duplicate primary key in any table. */
export function checkUniqueKeys(tables: BackupTables): void {
  for (const table of backupTableNames) {
    const key = primaryKeyOf(table);
    const seen = new Set<string>();
    for (const row of tables[table] as unknown as Record<string, string>[]) {
      const value = row[key]!;
      if (seen.has(value)) throw new BackupError('duplicateKey', { table, key: value });
      seen.add(value);
    }
  }
}

/** Refuses the first reference that points at no record of the file. */
export function checkReferences(tables: BackupTables, references: readonly BackupReference[] = backupReferences): void {
  const ids = new Map<BackupTableName, Set<string>>();
  const idsOf = (table: BackupTableName) => {
    let set = ids.get(table);
    if (!set) {
      set = new Set((tables[table] as unknown as { id: string }[]).map((r) => r.id));
      ids.set(table, set);
    }
    return set;
  };
  for (const ref of references) {
    for (const row of tables[ref.from] as unknown as { id: string }[]) {
      const value = valueAt(row, ref.field);
      if (value === undefined) continue;
      for (const id of Array.isArray(value) ? (value as unknown[]) : [value]) {
        if (ref.home && id === HOME) continue;
        if (typeof id === 'string' && ref.to.some((t) => idsOf(t).has(id))) continue;
        throw new BackupError('brokenReference', { table: ref.from, key: row.id, field: ref.field });
      }
    }
  }
}
