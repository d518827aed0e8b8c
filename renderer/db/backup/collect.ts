// Reads every table in one read transaction and writes the backup text (progress per table).
import { BackupError } from '../../../shared/backup/errors';
import { assertBackupFits } from '../../../shared/backup/format';
import { serializeBackup } from '../../../shared/backup/write';
import { backupTableNames, type BackupTables, type TableCounts } from '../../../shared/backup/tables';
import { db } from '../db';
import { isReadOnly } from '../open';
import { CURRENT_SCHEMA_VERSION } from '../schema';
import { currentTime } from '../../app/today';

/** 0..1 as tables are read and the file is written. */
export type Progress = (done: number) => void;

export async function readAllTables(onProgress?: Progress): Promise<BackupTables> {
  const tables = backupTableNames.map((name) => db.table(name));
  return db.transaction('r', tables, async () => {
    const out: Record<string, unknown[]> = {};
    for (const [i, name] of backupTableNames.entries()) {
      out[name] = await db.table(name).toArray();
      onProgress?.(((i + 1) / backupTableNames.length) * 0.8);
    }
    return out as unknown as BackupTables;
  });
}

export interface CreatedBackup {
  text: string;
  counts: TableCounts;
  createdAt: string;
}

/** The whole database as one backup text: the function the app and the benchmark call. */
export async function createBackup(
  appVersion: string,
  onProgress?: Progress,
  now = currentTime(),
): Promise<CreatedBackup> {
  // A newer app's database may hold tables and fields this app does not know: its backup would be partial.
  if (isReadOnly()) throw new BackupError('newerDatabase');
  const tables = await readAllTables(onProgress);
  const createdAt = now.toISOString();
  const { text, counts } = await serializeBackup(tables, {
    appVersion,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    createdAt,
  });
  // Refused now rather than found unrestorable later.
  assertBackupFits(text);
  onProgress?.(1);
  return { text, counts, createdAt };
}
