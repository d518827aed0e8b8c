// Between Dexie and the PouchDB mirror of one office database: conflicting branches are merged
// (shared/sync/merge.ts), and the mirror's winners are written to Dexie as remote changes.
import type { Body, Database } from 'pouchdb-browser';
import type { Dexie } from 'dexie';
import {
  mergeDeleteVsEdit,
  mergeRecords,
  type Doc,
  type MergeNotice,
  type MergeResult,
} from '../../../shared/sync/merge';
import { MAX_SPAN_KEY, spanDays } from '../../../shared/calendar/span';
import type { OutboxRow } from '../../../shared/sync/types';
import { markRemote } from './outbox';
import { authorOf, childRevisions, commonAncestor, decodeRecord, docId, nextRev, splitId, type TeamDoc } from './docs';

const BATCH = 500;
/** Documents per revision check against the server. */
const CONFIRM_BATCH = 1000;
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
  /** The highest outbox seq this session has moved (or passed over as another mirror's). */
  outboxSeen?: number;
}

export async function revisionsOf(mirror: Database, id: string, rev: string): Promise<TeamDoc | null> {
  try {
    return (await mirror.get(id, { rev, revs: true })) as unknown as TeamDoc;
  } catch {
    return null;
  }
}

export async function winner(mirror: Database, id: string): Promise<TeamDoc | null> {
  try {
    return (await mirror.get(id, { revs: true })) as unknown as TeamDoc;
  } catch {
    return null;
  }
}

/** `doc` as a child of `parent`, with a revision id every desk would give the same change. */
export async function childOf(parent: TeamDoc | null, doc: TeamDoc): Promise<TeamDoc> {
  const rev = await nextRev(parent?._rev ?? null, doc);
  return { ...doc, _rev: rev, _revisions: childRevisions(rev, parent?._revisions ?? null) };
}

/** Writes `doc` as a child of `parent`. */
async function writeChild(mirror: Database, parent: TeamDoc | null, doc: TeamDoc): Promise<string> {
  const written = await childOf(parent, doc);
  await mirror.bulkDocs([written as unknown as Body], { new_edits: false });
  return written._rev!;
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
      // This desk's own writes come back in the feed: Dexie holds them already, so they are not read again.
      if (change.changes.length === 1 && ctx.dexieRevs.get(change.id) === change.changes[0]!.rev) continue;
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
  // The longest single event is this desk's read bound: pulled events raise it, and a pulled value never lowers it
  // (two desks' values meet as "the later wins", which could leave a desk below an event it holds).
  const spans = tables.includes('events') || tables.includes('settings');
  const written = spans && !tables.includes('settings') ? [...tables, 'settings'] : tables;
  let count = 0;
  let longest = 0;
  await ctx.db.transaction('rw', [...written, 'outbox', 'syncLog'], async (tx) => {
    markRemote(tx);
    const pending = new Map<string, OutboxRow[]>();
    for (const row of await tx.table<OutboxRow>('outbox').toArray()) {
      if (moved.has(row.seq!)) continue;
      const id = docId(row.table, row.key);
      pending.set(id, [...(pending.get(id) ?? []), row]);
    }
    for (const { id, rev, doc, deleted } of fresh) {
      const waiting = pending.get(id);
      if (waiting) {
        // This desk's newer change goes out first and merges on the way back. The revision Dexie holds is kept
        // with it, so that after a restart it is still written on that revision and the office's change merges.
        const held = ctx.dexieRevs.get(id);
        const unmarked = waiting.filter((r) => !r.base).map((r) => r.seq!);
        if (held && unmarked.length) await tx.table('outbox').where('seq').anyOf(unmarked).modify({ base: held });
        continue;
      }
      const { table, key } = splitId(id)!;
      const record = deleted || !doc?.record ? null : decodeRecord(doc.record);
      if (table === 'settings' && key === MAX_SPAN_KEY) longest = Math.max(longest, Number(record?.value) || 0);
      else if (record) await tx.table(table).put(record);
      else await tx.table(table).delete(key);
      if (table === 'events' && record?.series === 0)
        longest = Math.max(longest, spanDays(record as { start: string; end: string }));
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
    if (spans) {
      const held = (await tx.table('settings').get(MAX_SPAN_KEY)) as { value?: unknown } | undefined;
      if (longest > (Number(held?.value) || 0)) await tx.table('settings').put({ key: MAX_SPAN_KEY, value: longest });
    }
  });
  return count;
}

/** Every revision in the history of the server's leaves of a document. */
async function serverHistory(remote: Database, id: string): Promise<Set<string>> {
  const known = new Set<string>();
  try {
    for (const leaf of await remote.get(id, { open_revs: 'all', revs: true })) {
      const history = 'ok' in leaf ? (leaf.ok._revisions as TeamDoc['_revisions']) : undefined;
      history?.ids.forEach((hash, i) => known.add(`${history.start - i}-${hash}`));
    }
  } catch {
    // not on the server (yet)
  }
  return known;
}

/**
 * Drops outbox rows whose revisions the office's server holds: as a revision of its own, or in the history of a
 * later one (a merge made on this desk can reach the server before the change it merged, which then goes up as
 * history only).
 */
export async function confirmOutbox(ctx: MirrorContext, moved: Map<number, string>, remote: Database): Promise<number> {
  const entries = [...moved].filter(([, value]) => ctx.tables.includes(value.split(':')[0]!));
  if (entries.length === 0) return 0;
  const ask: Record<string, string[]> = {};
  for (const [, value] of entries) {
    const [id, rev] = value.split(' ') as [string, string];
    if (rev) (ask[id] ??= []).push(rev);
  }
  const missing: Record<string, { missing?: string[] }> = {};
  const ids = Object.keys(ask);
  for (let i = 0; i < ids.length; i += CONFIRM_BATCH) {
    const part = Object.fromEntries(ids.slice(i, i + CONFIRM_BATCH).map((id) => [id, ask[id]!]));
    Object.assign(missing, await remote.revsDiff(part));
  }
  const histories = new Map<string, Set<string>>();
  for (const id of Object.keys(missing))
    if (missing[id]?.missing?.length) histories.set(id, await serverHistory(remote, id));
  const done = entries.filter(([, value]) => {
    const [id, rev] = value.split(' ') as [string, string];
    return !rev || !missing[id]?.missing?.includes(rev) || histories.get(id)?.has(rev);
  });
  await ctx.db.table('outbox').bulkDelete(done.map(([seq]) => seq));
  for (const [seq] of done) moved.delete(seq);
  return done.length;
}
