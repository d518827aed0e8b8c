// The database side of rebuilding a database that cannot be opened: delete it, and open the page's instance again.
import { db } from '../db';

/** Deletes the office's database, the page's own connection closed first (the file has already passed every check). */
export async function deleteUnopenableDatabase(): Promise<void> {
  db.close();
  await db.delete();
}

/** For the restore's work when it runs in the page (no workers): the page's instance, opened again after the delete. */
export async function openPageDatabase(): Promise<void> {
  if (!db.isOpen()) await db.open();
}
