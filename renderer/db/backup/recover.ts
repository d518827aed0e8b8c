// Rebuilds a database that cannot be opened from a backup file: checked completely before anything is deleted.
import { openBackupFile } from '../../../shared/backup/open';
import { db } from '../db';
import { CURRENT_SCHEMA_VERSION } from '../schema';
import { restoreBackup } from './restore';

/** Called only after the user confirmed; a file that fails any check leaves the old database in place. */
export async function recoverDatabaseFrom(file: Blob): Promise<void> {
  const parsed = await openBackupFile(new Uint8Array(await file.arrayBuffer()), {
    schemaVersion: CURRENT_SCHEMA_VERSION,
  });
  db.close();
  await db.delete();
  await db.open();
  await restoreBackup(parsed);
}
