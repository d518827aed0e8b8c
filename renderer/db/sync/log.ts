// The merge log as a record's page reads it: open notices of one record, and taking the other desk's value.
import { takeOver, type Doc, type FieldConflict, type Json, type MergeLogEntry } from '../../../shared/sync/merge';
import { db } from '../db';
import { decodeRecord, encodeRecord } from './docs';

export type LoggedMerge = MergeLogEntry & { seq: number };

/** Merges of this record whose notices nobody has settled yet. */
export async function openMerges(table: string, key: string): Promise<LoggedMerge[]> {
  const entries = await db.table<LoggedMerge>('syncLog').where('key').equals(key).toArray();
  return entries.filter((e) => e.table === table && !e.settled);
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
    await db.table('syncLog').update(entry.seq, { notices: rest, settled: rest.length === 0 });
  });
}
