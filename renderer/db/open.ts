// Opens the database at start: asks for persistent storage and reports problems instead of failing.
import type { Dexie } from 'dexie';
import { db } from './db';
import { CURRENT_SCHEMA_VERSION } from './schema';
import { classifyDatabaseError, type DatabaseProblem } from './errors';

export type OpenResult = { ok: true; newerThanApp: boolean } | { ok: false; problem: DatabaseProblem };

/**
 * Dexie 4 opens a database that a newer app has upgraded. IndexedDB's version is Dexie's times
 * ten, so a larger stored version means a schema this app does not know.
 */
export function isNewerThanApp(database: Dexie): boolean {
  return database.backendDB().version / 10 > CURRENT_SCHEMA_VERSION;
}

/** Listeners told when another window upgrades or deletes the database under this one. */
const closedListeners = new Set<() => void>();
export const onDatabaseClosedByOther = (listener: () => void): (() => void) => {
  closedListeners.add(listener);
  return () => closedListeners.delete(listener);
};

export async function openDatabase(): Promise<OpenResult> {
  db.on('versionchange', () => {
    db.close();
    closedListeners.forEach((l) => l());
    return false;
  });
  try {
    await db.open();
  } catch (error) {
    return { ok: false, problem: classifyDatabaseError(error) };
  }
  void requestPersistence();
  return { ok: true, newerThanApp: isNewerThanApp(db) };
}

/** Asks the browser not to evict the office's data under storage pressure. */
export async function requestPersistence(): Promise<boolean> {
  try {
    if (!navigator.storage?.persist) return false;
    if (await navigator.storage.persisted()) return true;
    return await navigator.storage.persist();
  } catch {
    return false;
  }
}
