// Between Dexie and the PouchDB mirror of one office database: outbox rows become revisions, conflicting
// branches are merged (shared/sync/merge.ts), and the mirror's winners are written to Dexie as remote changes.
import type { Body, Database } from 'pouchdb-browser';
import type { Dexie } from 'dexie';
import {
  mergeDeleteVsEdit,
  mergeRecords,
  type Doc,
  type MergeNotice,
  type MergeResult,
} from '../../../shared/sync/merge';
import type { OutboxRow } from '../../../shared/sync/types';
import { markRemote } from './outbox';
import {
  authorOf,
  childRevisions,
  commonAncestor,
  decodeRecord,
  docId,
  encodeRecord,
  equalContent,
  nextRev,
  splitId,
  type TeamDoc,
} from './docs';

const BATCH = 500;
const CHECKPOINT = '_local/dexie-applied';

export interface MirrorContext {
  db: Dexie;
  mirror: Database;
  /** The tables kept in this mirror. */
  tables: readonly string[];
  login: string;
  /** The revision Dexie holds of each document, as far as this session knows. */
  dexieRevs: Map<string, string>;
  now: () => number;
}

async function revisionsOf(mirror: Database, id: string, rev: string): Promise<TeamDoc | null> {
  try {
    return (await mirror.get(id, { rev, revs: true })) as unknown as TeamDoc;
  } catch {
    return null;
  }
}

async function winner(mirror: Database, id: string): Promise<TeamDoc | null> {
  try {
    return (await mirror.get(id, { revs: true })) as unknown as TeamDoc;
  } catch {
    return null;
  }
}

/** Writes `doc` as a child of `parent` with a revision id every desk would give the same change. */
async function writeChild(mirror: Database, parent: TeamDoc | null, doc: TeamDoc): Promise<string> {
  const rev = await nextRev(parent?._rev ?? null, doc);
  const written = { ...doc, _rev: rev, _revisions: childRevisions(rev, parent?._revisions ?? null) };
  await mirror.bulkDocs([written as unknown as Body], { new_edits: false });
  return rev;
}

/**
 * Moves the outbox rows of this mirror's tables (not yet in `moved`) into the mirror as revisions on top of the
 * revision Dexie held: when the office changed the record meanwhile, that makes a branch the merge resolves.
 */
export async function pushOutbox(ctx: MirrorContext, moved: Map<number, string>): Promise<number> {
  const rows = (await ctx.db.table<OutboxRow, number>('outbox').orderBy('seq').toArray()).filter(
    (r) => ctx.tables.includes(r.table) && !moved.has(r.seq!),
  );
  const latest = new Map<string, OutboxRow[]>();
  for (const row of rows)
    latest.set(docId(row.table, row.key), [...(latest.get(docId(row.table, row.key)) ?? []), row]);
  for (const [id, group] of latest) {
    const last = group[group.length - 1]!;
    const record = last.op === 'put' ? await ctx.db.table(last.table).get(last.key) : undefined;
    const doc: TeamDoc = record
      ? { _id: id, table: last.table, record: encodeRecord(record), changedBy: ctx.login, changedAt: last.at }
      : { _id: id, _deleted: true, table: last.table, changedBy: ctx.login, changedAt: last.at };
    const known = ctx.dexieRevs.get(id);
    const parent = known ? await revisionsOf(ctx.mirror, id, known) : await winner(ctx.mirror, id);
    const unchanged = parent ? equalContent(parent, doc) : doc._deleted === true;
    const rev = unchanged ? (parent?._rev ?? '') : await writeChild(ctx.mirror, parent, doc);
    if (rev) ctx.dexieRevs.set(id, rev);
    for (const row of group) moved.set(row.seq!, `${id} ${rev}`);
  }
  return latest.size;
}

/** Every leaf of a document with its history. */
async function leaves(mirror: Database, id: string): Promise<TeamDoc[]> {
  const found = await mirror.get(id, { open_revs: 'all', revs: true });
  return found.flatMap((f) => ('ok' in f ? [f.ok as unknown as TeamDoc] : []));
}

async function baseOf(mirror: Database, one: TeamDoc, two: TeamDoc): Promise<Doc | null> {
  const common = one._revisions && two._revisions ? commonAncestor(one._revisions, two._revisions) : null;
  if (!common) return null;
  const found = await revisionsOf(mirror, one._id, common);
  return found && !found._deleted ? (found.record ?? null) : null;
}

/**
 * Merges the live branches of a document and keeps a record deleted on one desk but changed on another. Every
 * desk doing this for the same branches writes the same revisions, so two desks resolving at once agree.
 */
export async function resolve(mirror: Database, id: string): Promise<boolean> {
  const all = await leaves(mirror, id);
  const live = all.filter((d) => !d._deleted);
  const deletions = all.filter((d) => d._deleted && !d.resolved);
  if (live.length === 0 || (live.length === 1 && deletions.length === 0)) return false;
  const current = await winner(mirror, id);
  if (!current || current._deleted) return false;
  let merged: Doc = current.record ?? {};
  let author = authorOf(current);
  const notices: MergeNotice[] = [];
  const taken: MergeResult['taken'] = [];
  const losers = [...live.filter((d) => d._rev !== current._rev), ...deletions].sort((a, b) =>
    a._rev! < b._rev! ? -1 : 1,
  );
  for (const other of losers) {
    if (other._deleted) {
      const kept = mergeDeleteVsEdit(null, authorOf(other), { doc: merged, author });
      notices.push(...kept.notices);
      continue;
    }
    const base = await baseOf(mirror, current, other);
    const result = mergeRecords(base, { doc: merged, author }, { doc: other.record ?? {}, author: authorOf(other) });
    merged = result.doc;
    notices.push(...result.notices);
    taken.push(...result.taken);
    if (other.changedAt > author.at || (other.changedAt === author.at && other.changedBy > author.by)) {
      author = authorOf(other);
    }
  }
  const stamp = { table: current.table, changedBy: author.by, changedAt: author.at };
  const loserRevs = losers.map((l) => l._rev!);
  await writeChild(mirror, current, {
    _id: id,
    ...stamp,
    record: merged,
    merge: { notices, taken, at: author.at, losers: loserRevs },
  });
  for (const other of losers) await writeChild(mirror, other, { _id: id, ...stamp, _deleted: true, resolved: true });
  return true;
}

/** Writes the mirror's winners since the last run into Dexie, in transactions the outbox leaves out. */
export async function applyPulled(ctx: MirrorContext, moved: ReadonlyMap<number, string>): Promise<number> {
  let checkpoint: { _id: string; _rev?: string; seq: number | string } = { _id: CHECKPOINT, seq: 0 };
  try {
    checkpoint = (await ctx.mirror.get(CHECKPOINT)) as unknown as typeof checkpoint;
  } catch {
    // first run
  }
  let applied = 0;
  for (;;) {
    const feed = await ctx.mirror.changes({ since: checkpoint.seq, limit: BATCH, style: 'all_docs' });
    if (feed.results.length === 0) break;
    const ids: string[] = [];
    for (const change of feed.results) {
      const parts = splitId(change.id);
      if (!parts || !ctx.tables.includes(parts.table)) continue;
      if (change.changes.length > 1 && (await resolve(ctx.mirror, change.id))) continue; // the merge comes next
      ids.push(change.id);
    }
    applied += await applyDocs(ctx, ids, moved);
    checkpoint = { ...checkpoint, seq: feed.last_seq };
    const saved = await ctx.mirror.put(checkpoint as unknown as { _id: string });
    checkpoint._rev = saved.rev;
  }
  return applied;
}

async function applyDocs(ctx: MirrorContext, ids: string[], moved: ReadonlyMap<number, string>): Promise<number> {
  if (ids.length === 0) return 0;
  const found = await ctx.mirror.allDocs({ keys: ids, include_docs: true });
  const docs = found.rows.map((row) => ({
    id: row.id,
    rev: row.value?.rev ?? '',
    doc: (row.doc ?? null) as TeamDoc | null,
    deleted: row.value?.deleted === true,
  }));
  const fresh = docs.filter((d) => d.rev && ctx.dexieRevs.get(d.id) !== d.rev);
  if (fresh.length === 0) return 0;
  const tables = [...new Set(fresh.map((d) => splitId(d.id)!.table))];
  let count = 0;
  await ctx.db.transaction('rw', [...tables, 'outbox', 'syncLog'], async (tx) => {
    markRemote(tx);
    const pending = new Set(
      (await tx.table<OutboxRow>('outbox').toArray())
        .filter((r) => !moved.has(r.seq!))
        .map((r) => docId(r.table, r.key)),
    );
    for (const { id, rev, doc, deleted } of fresh) {
      if (pending.has(id)) continue; // this desk's newer change goes out first and merges on the way back
      const { table, key } = splitId(id)!;
      if (deleted || !doc?.record) await tx.table(table).delete(key);
      else await tx.table(table).put(decodeRecord(doc.record));
      if (doc?.merge) {
        const logged = await tx
          .table('syncLog')
          .where('key')
          .equals(key)
          .filter((e) => e.rev === rev)
          .count();
        if (logged === 0) {
          await tx.table('syncLog').add({
            at: doc.merge.at,
            table,
            key,
            rev,
            notices: doc.merge.notices,
            taken: doc.merge.taken,
            settled: doc.merge.notices.length === 0,
          });
        }
      }
      ctx.dexieRevs.set(id, rev);
      count++;
    }
  });
  return count;
}

/** Drops outbox rows whose revisions the office's server holds. */
export async function confirmOutbox(ctx: MirrorContext, moved: Map<number, string>, remote: Database): Promise<number> {
  const entries = [...moved].filter(([, value]) => ctx.tables.includes(value.split(':')[0]!));
  if (entries.length === 0) return 0;
  const ask: Record<string, string[]> = {};
  for (const [, value] of entries) {
    const [id, rev] = value.split(' ') as [string, string];
    if (rev) (ask[id] ??= []).push(rev);
  }
  const missing = Object.keys(ask).length ? await remote.revsDiff(ask) : {};
  const done = entries.filter(([, value]) => {
    const [id, rev] = value.split(' ') as [string, string];
    return !rev || !missing[id]?.missing?.includes(rev);
  });
  await ctx.db.table('outbox').bulkDelete(done.map(([seq]) => seq));
  for (const [seq] of done) moved.delete(seq);
  return done.length;
}
