// Replaces every table with a validated backup in ONE transaction, all or nothing, then re-applies anonymisations.
import { BackupError } from '../../../shared/backup/errors';
import type { ParsedBackup } from '../../../shared/backup/parse';
import { backupTableNames } from '../../../shared/backup/tables';
import { db } from '../db';
import { noteSpan } from '../repositories/events';
import { classifyDatabaseError } from '../errors';
import { reapplyAnonymisations } from '../repositories/anonymisation';
import { mergeRegisters, type ErasureRecord } from '../../../shared/exchanges/erasureRegister';
import type { Progress } from './collect';

/** Records per write of a restore: the unit of its progress. */
export const RESTORE_BATCH = 5000;

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
 * Anonymisations and erasures are never lost by a restore: the file's register, the database's and
 * `register` (kept outside the database: the app's data folder) are merged, then every record is
 * applied again to the restored participants (an older backup may predate one).
 */
export async function restoreBackup(
  parsed: ParsedBackup,
  onProgress?: Progress,
  register: readonly ErasureRecord[] = [],
): Promise<void> {
  const tables = backupTableNames.map((name) => db.table(name));
  const total = backupTableNames.reduce((sum, name) => sum + parsed.tables[name].length, 0);
  let written = 0;
  try {
    await db.transaction('rw', tables, async () => {
      const runs = mergeRegisters(parsed.tables.anonymisations, await db.anonymisations.toArray(), register);
      for (const name of backupTableNames) {
        const table = db.table(name);
        await table.clear();
        const rows: readonly unknown[] = name === 'anonymisations' ? runs : parsed.tables[name];
        // In batches, still inside the one transaction: progress as the records go in, all or nothing.
        for (let i = 0; i < rows.length; i += RESTORE_BATCH) {
          const batch = rows.slice(i, i + RESTORE_BATCH);
          await table.bulkPut(batch);
          written += batch.length;
          onProgress?.(Math.min(1, written / Math.max(1, total)));
        }
      }
      await reapplyAnonymisations();
      // The month view reads back as far as the longest event: a restored file may hold a longer one.
      await noteSpan(parsed.tables.events);
    });
    onProgress?.(1);
  } catch (error) {
    throw toBackupError(error);
  }
}
