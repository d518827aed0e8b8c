// Opens the database at start: asks for persistent storage, reports problems instead of failing, and keeps
// a database written by a newer app read-only.
import type { DBCore, Dexie } from 'dexie';
import { db } from './db';
import { CURRENT_SCHEMA_VERSION } from './schema';
import { classifyDatabaseError, type DatabaseProblem } from './errors';
import { installOutbox } from './sync/outbox';
import { isTeamSyncOn } from './sync/switch';

export type OpenResult = { ok: true; newerThanApp: boolean } | { ok: false; problem: DatabaseProblem };

/**
 * Dexie 4 opens a database that a newer app has upgraded. IndexedDB's version is Dexie's times
 * ten, so a larger stored version means a schema this app does not know.
 */
export function isNewerThanApp(database: Dexie): boolean {
  return database.backendDB().version / 10 > CURRENT_SCHEMA_VERSION;
}

/** The app's tables the opened database has no object store for. */
export function missingTables(database: Dexie): string[] {
  const stores = database.backendDB().objectStoreNames;
  return database.tables.map((t) => t.name).filter((name) => !stores.contains(name));
}

/** Listeners told when another window upgrades or deletes the database under this one. */
const closedListeners = new Set<() => void>();
export const onDatabaseClosedByOther = (listener: () => void): (() => void) => {
  closedListeners.add(listener);
  return () => closedListeners.delete(listener);
};

/** Listeners told while this window's upgrade waits for another window to close the database. */
const blockedListeners = new Set<() => void>();
export const onDatabaseBlocked = (listener: () => void): (() => void) => {
  blockedListeners.add(listener);
  return () => blockedListeners.delete(listener);
};

/** A write refused because the database belongs to a newer app. */
export class ReadOnlyError extends Error {
  constructor() {
    super('The database is read-only: a newer version of the app wrote it.');
    this.name = 'ReadOnlyError';
  }
}

let readOnly = false;
export const isReadOnly = (): boolean => readOnly;

/** Every write goes through here: refused while the database is read-only. */
function installReadOnlyGuard(database: Dexie): void {
  database.use({
    stack: 'dbcore',
    name: 'readOnlyGuard',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) => (readOnly ? Promise.reject(new ReadOnlyError()) : table.mutate(request)),
        };
      },
    }),
  });
}

/**
 * The middleware every instance of the app's database carries: the page's, and a worker's that writes a restore
 * (the worker has no localStorage, so it is told whether team sync is on).
 */
export function prepareDatabase(database: Dexie, isSyncOn: () => boolean): void {
  installReadOnlyGuard(database);
  installOutbox(database, isSyncOn);
}

export async function openDatabase(): Promise<OpenResult> {
  db.on('versionchange', () => {
    db.close();
    closedListeners.forEach((l) => l());
    return false;
  });
  db.on('blocked', () => blockedListeners.forEach((l) => l()));
  prepareDatabase(db, isTeamSyncOn);
  try {
    await db.open();
  } catch (error) {
    return { ok: false, problem: classifyDatabaseError(error) };
  }
  void requestPersistence();
  readOnly = isNewerThanApp(db);
  // A newer app's database without this version's tables holds nothing this version can read: say
  // so instead of failing on the first read.
  if (readOnly && missingTables(db).length > 0) {
    db.close();
    return { ok: false, problem: 'newerEmpty' };
  }
  return { ok: true, newerThanApp: readOnly };
}

/** A worker's own instance of the database, set up as the page's: read-only when a newer app wrote it. */
export async function openDatabaseInWorker(isSyncOn: () => boolean): Promise<void> {
  db.on('versionchange', () => {
    db.close();
    return false;
  });
  prepareDatabase(db, isSyncOn);
  await db.open();
  readOnly = isNewerThanApp(db);
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
