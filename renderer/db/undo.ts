// Records every row a delete (or its cascade) removes or changes, so one "Undo" puts them all back as they were.
import type { IndexableType, Table } from 'dexie';
import { LOCAL_ONLY_TABLES } from '../../shared/sync/types';
import { db } from './db';

/** The sync's own bookkeeping is not the office's data: undo leaves it to the sync. */
const unwatched = new Set<string>(LOCAL_ONLY_TABLES);

interface Change {
  table: string;
  key: IndexableType;
  /** The row before the change; undefined when the change created it. */
  before: unknown;
}

/**
 * Listens to one table's writes into `changes` and returns how to stop. Hooks are on only while a recorded
 * change runs: with them on, Dexie reads each row before it writes it, which bulk writes should not pay for.
 */
function watch(table: Table, changes: Change[]): () => void {
  const note = (key: IndexableType | undefined, before: unknown) => {
    if (key !== undefined) changes.push({ table: table.name, key, before: structuredClone(before) });
  };
  const deleting = (key: IndexableType, obj: unknown) => note(key, obj);
  const updating = (_mods: object, key: IndexableType, obj: unknown) => void note(key, obj);
  const creating = (key: IndexableType | undefined) => void note(key, undefined);
  table.hook('deleting', deleting);
  table.hook('updating', updating);
  table.hook('creating', creating);
  return () => {
    table.hook('deleting').unsubscribe(deleting);
    table.hook('updating').unsubscribe(updating);
    table.hook('creating').unsubscribe(creating);
  };
}

/** A way back from what `change` did: rows it deleted or changed return, rows it created go. */
export interface Undo {
  /** How many rows the change touched. */
  rows: number;
  run: () => Promise<void>;
}

/**
 * Runs `change` (a repository call) and returns the way back. Changes run one at a time, so another
 * write of the same moment is not taken for part of this one.
 */
export async function recordUndo(change: () => Promise<unknown>): Promise<Undo> {
  const changes: Change[] = [];
  await serially(async () => {
    const stops = db.tables.filter((t) => !unwatched.has(t.name)).map((table) => watch(table, changes));
    try {
      await change();
    } finally {
      for (const stop of stops) stop();
    }
  });
  return { rows: changes.length, run: () => serially(() => putBack(changes)) };
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs recorded changes and their undos one after another. */
function serially<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work);
  queue = next.catch(() => undefined);
  return next;
}

/** Puts every recorded row back, newest change first, in one transaction. */
async function putBack(changes: readonly Change[]): Promise<void> {
  const names = [...new Set(changes.map((c) => c.table))];
  if (names.length === 0) return;
  await db.transaction('rw', names, async () => {
    for (const c of [...changes].reverse()) {
      const table = db.table(c.table);
      if (c.before === undefined) await table.delete(c.key);
      else await table.put(c.before);
    }
  });
}
