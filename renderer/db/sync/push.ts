// Moving the outbox into the PouchDB mirror: each changed record becomes a revision on the one Dexie held, in
// chunks written to the mirror in one go each, so a whole office's first push is quick.
import type { Body } from 'pouchdb-browser';
import type { OutboxRow } from '../../../shared/sync/types';
import { docId, encodeRecord, equalContent, type TeamDoc } from './docs';
import { childOf, revisionsOf, winner, type MirrorContext } from './mirror';

/** How many documents go into the mirror per write when the outbox is moved (one IndexedDB transaction each). */
const PUSH_CHUNK = 500;

interface Move {
  id: string;
  table: string;
  key: string;
  group: OutboxRow[];
}

/** The revision each document is written on: the one Dexie held, else the mirror's winner (none for a new one). */
async function parentsOf(ctx: MirrorContext, moves: Move[]): Promise<Map<string, TeamDoc | null>> {
  const parents = new Map<string, TeamDoc | null>();
  const held = (m: Move) => ctx.dexieRevs.get(m.id) ?? m.group.find((r) => r.base)?.base;
  const unknown = moves.filter((m) => !held(m));
  // One read says which documents the mirror holds at all: on a first push, none, and nothing more is read.
  const found = unknown.length ? await ctx.mirror.allDocs({ keys: unknown.map((m) => m.id) }) : { rows: [] };
  const live = new Set(found.rows.filter((r) => r.value && !r.value.deleted).map((r) => r.id));
  for (const m of moves) {
    const base = held(m);
    if (base) parents.set(m.id, await revisionsOf(ctx.mirror, m.id, base));
    else parents.set(m.id, live.has(m.id) ? await winner(ctx.mirror, m.id) : null);
  }
  return parents;
}

/** The records of the moves that are puts, read table by table. */
async function recordsOf(ctx: MirrorContext, moves: Move[]): Promise<Map<string, unknown>> {
  const records = new Map<string, unknown>();
  const byTable = new Map<string, Move[]>();
  for (const m of moves) {
    if (m.group[m.group.length - 1]!.op !== 'put') continue;
    byTable.set(m.table, [...(byTable.get(m.table) ?? []), m]);
  }
  for (const [table, list] of byTable) {
    const rows = await ctx.db.table(table).bulkGet(list.map((m) => m.key));
    list.forEach((m, i) => records.set(m.id, rows[i]));
  }
  return records;
}

/** Moves one chunk: every document's new revision goes into the mirror in a single write. */
async function moveChunk(ctx: MirrorContext, moves: Move[], moved: Map<number, string>): Promise<void> {
  const [records, parents] = await Promise.all([recordsOf(ctx, moves), parentsOf(ctx, moves)]);
  const writes: Body[] = [];
  const revs = new Map<string, string>();
  for (const m of moves) {
    const last = m.group[m.group.length - 1]!;
    const record = records.get(m.id);
    const doc: TeamDoc = record
      ? { _id: m.id, table: m.table, record: encodeRecord(record), changedBy: ctx.login, changedAt: last.at }
      : { _id: m.id, _deleted: true, table: m.table, changedBy: ctx.login, changedAt: last.at };
    const parent = parents.get(m.id) ?? null;
    const unchanged = parent ? equalContent(parent, doc) : doc._deleted === true;
    if (unchanged) {
      revs.set(m.id, parent?._rev ?? '');
      continue;
    }
    const child = await childOf(parent, doc);
    writes.push(child as unknown as Body);
    revs.set(m.id, child._rev!);
  }
  if (writes.length) await ctx.mirror.bulkDocs(writes, { new_edits: false });
  for (const m of moves) {
    const rev = revs.get(m.id) ?? '';
    if (rev) ctx.dexieRevs.set(m.id, rev);
    for (const row of m.group) moved.set(row.seq!, `${m.id} ${rev}`);
  }
}

/**
 * Moves the outbox rows of this mirror's tables (not yet in `moved`) into the mirror as revisions on top of the
 * revision Dexie held: when the office changed the record meanwhile, that makes a branch the merge resolves.
 * Documents go in chunks, each in one write to the mirror, so a first push of a whole office is quick.
 */
export async function pushOutbox(ctx: MirrorContext, moved: Map<number, string>): Promise<number> {
  // Rows up to `outboxSeen` were moved by an earlier run (seq only grows): only newer ones are read.
  const all = await ctx.db
    .table<OutboxRow, number>('outbox')
    .where('seq')
    .above(ctx.outboxSeen ?? 0)
    .toArray();
  const rows = all.filter((r) => ctx.tables.includes(r.table) && !moved.has(r.seq!));
  const byId = new Map<string, Move>();
  for (const row of rows) {
    const id = docId(row.table, row.key);
    const move = byId.get(id) ?? { id, table: row.table, key: row.key, group: [] };
    move.group.push(row);
    byId.set(id, move);
  }
  const moves = [...byId.values()];
  for (let i = 0; i < moves.length; i += PUSH_CHUNK) await moveChunk(ctx, moves.slice(i, i + PUSH_CHUNK), moved);
  if (all.length) ctx.outboxSeen = all[all.length - 1]!.seq;
  return moves.length;
}
