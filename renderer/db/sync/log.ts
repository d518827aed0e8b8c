// The merge log: open notices of one record, the whole log newest first, taking the other desk's value, marking read.
import { takeOver, type Doc, type FieldConflict, type Json, type MergeLogEntry } from '../../../shared/sync/merge';
import { db } from '../db';
import { decodeRecord, encodeRecord } from './docs';

/** A logged merge; notices whose other value the user took move to `resolved`, so the log keeps them. */
export type LoggedMerge = MergeLogEntry & { seq: number; resolved?: FieldConflict[] };

/** Merges of this record whose notices nobody has settled yet. */
export async function openMerges(table: string, key: string): Promise<LoggedMerge[]> {
  const entries = await db.table<LoggedMerge>('syncLog').where('key').equals(key).toArray();
  return entries.filter((e) => e.table === table && !e.settled);
}

/** Keys of one table's records with merges nobody has settled yet (for a mark in a list's rows). */
export async function openMergeKeys(table: string): Promise<Set<string>> {
  const open = await db
    .table<LoggedMerge>('syncLog')
    .filter((e) => !e.settled && e.table === table)
    .toArray();
  return new Set(open.map((e) => e.key));
}

/** The log as the user reads it: every open merge, then the latest settled ones; newest first in each part. */
export async function mergeLog(settledShown = 200): Promise<{ entries: LoggedMerge[]; settledTotal: number }> {
  const log = db.table<LoggedMerge>('syncLog');
  const open = await log.filter((e) => !e.settled).toArray();
  const settled = await log
    .orderBy('at')
    .reverse()
    .filter((e) => e.settled === true)
    .limit(settledShown)
    .toArray();
  const settledTotal = await log.filter((e) => e.settled === true).count();
  const newest = (a: LoggedMerge, b: LoggedMerge) => b.at - a.at || b.seq - a.seq;
  return { entries: [...open.sort(newest), ...settled.sort(newest)], settledTotal };
}

/** The records the log's entries are about, as this desk holds them now, by `table/key`. */
export async function loggedRecords(entries: readonly LoggedMerge[]): Promise<Map<string, Record<string, Json>>> {
  const byTable = new Map<string, Set<string>>();
  for (const e of entries) byTable.set(e.table, (byTable.get(e.table) ?? new Set()).add(e.key));
  const found = new Map<string, Record<string, Json>>();
  for (const [table, keys] of byTable) {
    const rows = (await db.table(table).bulkGet([...keys])) as (Record<string, Json> | undefined)[];
    [...keys].forEach((key, i) => rows[i] && found.set(`${table}/${key}`, rows[i]));
  }
  return found;
}

/** The user has read a merge's notices and keeps this desk's values. */
export async function settleMerge(seq: number): Promise<void> {
  await db.table('syncLog').update(seq, { settled: true });
}

/** The record a merge notice is about, as this desk holds it now (its form's words name the notice's fields). */
export async function mergedRecord(table: string, key: string): Promise<Record<string, Json> | undefined> {
  return (await db.table(table).get(key)) as Record<string, Json> | undefined;
}

/** Takes the other desk's value of one field: an ordinary local change, sent to the office like any other. */
export async function takeTheirs(entry: LoggedMerge, notice: FieldConflict): Promise<void> {
  await db.transaction('rw', [entry.table, 'syncLog'], async () => {
    const row = (await db.table(entry.table).get(entry.key)) as Record<string, unknown> | undefined;
    if (row) await db.table(entry.table).put(decodeRecord(takeOver(encodeRecord(row) as Doc, notice)));
    const rest = entry.notices.filter((n) => JSON.stringify(n) !== JSON.stringify(notice));
    const resolved = [...(entry.resolved ?? []), notice];
    await db.table('syncLog').update(entry.seq, { notices: rest, resolved, settled: rest.length === 0 });
  });
}
