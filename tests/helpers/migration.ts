// The migration harness: open a database at version n-1, seed old rows, reopen at the current version.
import type { Dexie } from 'dexie';
import { TwinningDb } from '../../renderer/db/schema';

let counter = 0;

/**
 * Opens a fresh database at `fromVersion`, lets `seed` write rows in that version's shape, closes
 * it, and returns it reopened at the current version (running every upgrade in between).
 */
export async function migrateFrom(fromVersion: number, seed: (old: Dexie) => Promise<void>): Promise<TwinningDb> {
  const name = `migration-${Date.now()}-${++counter}`;
  const old = new TwinningDb(name, fromVersion);
  await old.open();
  await seed(old);
  old.close();
  const current = new TwinningDb(name);
  await current.open();
  return current;
}
