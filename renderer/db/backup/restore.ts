// Replaces every table with a validated backup in ONE transaction, all or nothing, then re-applies anonymisations.
import { BackupError } from '../../../shared/backup/errors';
import type { ParsedBackup } from '../../../shared/backup/parse';
import { backupTableNames } from '../../../shared/backup/tables';
import { db } from '../db';
import { noteSpan } from '../repositories/events';
import { classifyDatabaseError } from '../errors';
import { reapplyAnonymisations } from '../repositories/anonymisation';
import type { AnonymisationRecord } from '../schema';
import type { Progress } from './collect';

/** Database failures as backup errors: a full disk, a read-only database, anything else. */
export function toBackupError(error: unknown): BackupError {
  if (error instanceof BackupError) return error;
  if (hasName(error, 'ReadOnlyError')) return new BackupError('readOnly');
  const kind = classifyDatabaseError(error);
  if (kind === 'quota') return new BackupError('quota');
  return new BackupError('database');
}

/** Dexie wraps errors thrown below it: look through the inner chain. */
function hasName(error: unknown, name: string): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const e = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (e.name === name) return true;
    current = e.inner ?? e.cause;
  }
  return false;
}

/**
 * Anonymisation runs are never lost by a restore: the file's runs and the database's are merged,
 * then every run is applied again to the restored participants (an older backup may predate one).
 */
function mergeRuns(current: AnonymisationRecord[], incoming: AnonymisationRecord[]): AnonymisationRecord[] {
  const byId = new Map(incoming.map((r) => [r.id, r]));
  for (const run of current) if (!byId.has(run.id)) byId.set(run.id, run);
  return [...byId.values()];
}

export async function restoreBackup(parsed: ParsedBackup, onProgress?: Progress): Promise<void> {
  const tables = backupTableNames.map((name) => db.table(name));
  try {
    await db.transaction('rw', tables, async () => {
      const runs = mergeRuns(await db.anonymisations.toArray(), parsed.tables.anonymisations);
      for (const [i, name] of backupTableNames.entries()) {
        const table = db.table(name);
        await table.clear();
        const rows = name === 'anonymisations' ? runs : parsed.tables[name];
        if (rows.length > 0) await table.bulkPut(rows);
        onProgress?.((i + 1) / backupTableNames.length);
      }
      await reapplyAnonymisations();
      // The month view reads back as far as the longest event: a restored file may hold a longer one.
      await noteSpan(parsed.tables.events);
    });
  } catch (error) {
    throw toBackupError(error);
  }
}
