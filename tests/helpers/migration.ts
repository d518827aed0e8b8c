// The migration harness: open a database at version n-1, seed old rows, reopen at a later version.
import type { Dexie } from 'dexie';
import type { SchemaVersion } from '../../shared/db/versions';
import { CURRENT_SCHEMA_VERSION, TwinningDb, schemaVersions } from '../../renderer/db/schema';

let counter = 0;

/**
 * Opens a fresh database at `fromVersion`, lets `seed` write rows in that version's shape, closes
 * it, and returns it reopened at `toVersion` (running every upgrade in between).
 */
export async function migrateFrom(
  fromVersion: number,
  seed: (old: Dexie) => Promise<void>,
  toVersion = CURRENT_SCHEMA_VERSION,
  versions: readonly SchemaVersion[] = schemaVersions,
): Promise<TwinningDb> {
  const name = `migration-${Date.now()}-${++counter}`;
  const old = new TwinningDb(name, fromVersion, versions);
  await old.open();
  await seed(old);
  old.close();
  const current = new TwinningDb(name, toVersion, versions);
  await current.open();
  return current;
}
