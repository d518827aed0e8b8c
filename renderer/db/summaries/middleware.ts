// Keeps the summary tables (last contact per partner, people and last day per camp edition) in step with every write,
// whoever makes it: repositories, a restore, an import, or changes applied by sync. A DBCore middleware sees
// each mutation of events, visits and participants with the rows before it, and updates the summaries in
// the same transaction (a write transaction on a watched table is widened to the summary tables).
import Dexie from 'dexie';
import type {
  DBCore,
  DBCoreKeyRange,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreRangeType,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import {
  addDay,
  advance,
  contributions,
  daysByPartner,
  emptyActivity,
  partFrom,
  partnersLosingDays,
  withPart,
  type ActivitySource,
  type PartnerActivity,
} from '../../../shared/summaries/activity';
import type { CalendarEvent } from '../../../shared/domain';
import { campKey, count, editionEnd, type CampCount } from '../../../shared/summaries/camps';

export const summaryTableNames = ['partnerActivity', 'campCounts'] as const;

/** The tables each watched table's summary reads and writes. */
const SCOPE: Record<string, readonly string[]> = {
  events: ['events', 'visits', 'partnerActivity', 'campCounts'],
  visits: ['events', 'visits', 'partnerActivity'],
  participants: ['participants', 'events', 'campCounts'],
};

const ANY = { type: 3 as DBCoreRangeType, lower: undefined, upper: undefined } as DBCoreKeyRange;
const equal = (key: string) => ({ type: 1 as DBCoreRangeType, lower: key, upper: key }) as DBCoreKeyRange;
/** Every camp edition of one event: summary keys `eventId|occurrence`. */
const editionsOf = (eventId: string) =>
  ({ type: 2 as DBCoreRangeType, lower: `${eventId}|`, upper: `${eventId}|\uffff` }) as DBCoreKeyRange;
/** Above this many partners losing a day, one pass over the source table is cheaper than one read each. */
const REBUILD_ABOVE = 40;

/** Old rows of a mutation: by position for key writes, `all` for a whole-table clear. */
type Before = unknown[] | 'all';

/** Dexie's own promise: it carries the transaction's zone across `then`. */
const DexiePromise = Dexie.Promise;

/** Per transaction: tables cleared in it, with the keys written since (only those can have old rows). */
const clearedIn = new WeakMap<DBCoreTransaction, Map<string, Set<unknown>>>();

export function summariesMiddleware(today: () => string): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'summaries',
    create(down) {
      // An older schema (a migration test opening version 1) has no summary tables: nothing to keep.
      if (!summaryTableNames.every((t) => down.schema.tables.some((s) => s.name === t))) return {};
      return {
        transaction(stores, mode, options) {
          const widened =
            mode === 'readwrite' ? [...new Set([...stores, ...stores.flatMap((s) => SCOPE[s] ?? [])])] : stores;
          return down.transaction(widened, mode, options);
        },
        table(name) {
          const table = down.table(name);
          if (!SCOPE[name]) return table;
          return { ...table, mutate: (req) => mutate(down, table, req, today) };
        },
      };
    },
  };
}

// Every step chains on the promises Dexie's core returns (never `await`): they carry the transaction's zone,
// which the layers below (Dexie's hooks) read on each call.
function mutate(
  core: DBCore,
  table: DBCoreTable,
  req: DBCoreMutateRequest,
  today: () => string,
): Promise<DBCoreMutateResponse> {
  return rowsBefore(table, req).then((before) =>
    table.mutate(req).then((res) => {
      const ok = (_: unknown, i: number) => !res.failures[i];
      const after = req.type === 'add' || req.type === 'put' ? req.values.filter(ok) : [];
      const old = before === 'all' || req.type === 'deleteRange' ? before : before.filter(ok);
      const done =
        table.name === 'participants'
          ? updateCamps(core, req.trans, old, after)
          : updateActivity(core, req.trans, table.name as ActivitySource, old, after, today()).then(() =>
              table.name === 'events' ? updateCampEnds(core, req.trans, old, after) : undefined,
            );
      return done.then(() => res);
    }),
  );
}

function rowsBefore(table: DBCoreTable, req: DBCoreMutateRequest): Promise<Before> {
  const trans = req.trans;
  if (req.type === 'deleteRange') {
    if (req.range.type === ANY.type) {
      const cleared = clearedIn.get(trans) ?? new Map<string, Set<unknown>>();
      cleared.set(table.name, new Set());
      clearedIn.set(trans, cleared);
      return DexiePromise.resolve('all');
    }
    return table
      .query({ trans, values: true, query: { index: table.schema.primaryKey, range: req.range } })
      .then((found) => found.result);
  }
  const keys = req.type === 'delete' ? req.keys : (req.keys ?? req.values.map((v) => (v as { id: unknown }).id));
  // An add never replaces a row (one whose key exists fails): nothing was there before.
  if (req.type === 'add') return DexiePromise.resolve(keys.map(() => undefined));
  const sinceClear = clearedIn.get(trans)?.get(table.name);
  if (sinceClear) {
    // Rows written into a table cleared in this transaction (a restore): only rewritten keys have old rows.
    const rewritten = keys.some((k) => sinceClear.has(k));
    keys.forEach((k) => sinceClear.add(k));
    if (!rewritten) return DexiePromise.resolve(keys.map(() => undefined));
  }
  return table.getMany({ trans, keys });
}

function updateCamps(core: DBCore, trans: DBCoreTransaction, old: Before, after: readonly unknown[]): Promise<unknown> {
  const summary = core.table('campCounts');
  if (old === 'all') return summary.mutate({ trans, type: 'deleteRange', range: ANY });
  const keys = [...new Set([...old, ...after].flatMap((p) => (p ? [campKey(p as CampCount)] : [])))];
  if (keys.length === 0) return DexiePromise.resolve();
  return summary.getMany({ trans, keys }).then((stored: (CampCount | undefined)[]) => {
    const rows = new Map(stored.flatMap((r) => (r ? [[r.id, r] as const] : [])));
    count(rows, old, -1);
    count(rows, after, 1);
    const kept = [...rows.values()].filter((r) => r.total > 0);
    const gone = [...rows.values()].filter((r) => r.total <= 0).map((r) => r.id);
    // A new edition (or one from before ends were kept) takes its last day from its camp in the calendar.
    const endless = kept.filter((r) => r.end === undefined);
    const eventIds = [...new Set(endless.map((r) => r.eventId))];
    const ends =
      eventIds.length > 0
        ? core
            .table('events')
            .getMany({ trans, keys: eventIds })
            .then((events: (CalendarEvent | undefined)[]) => {
              const byId = new Map(eventIds.map((id, i) => [id, events[i]]));
              for (const r of endless) r.end = editionEnd(byId.get(r.eventId), r.occurrence);
            })
        : DexiePromise.resolve();
    return ends
      .then(() => (kept.length > 0 ? summary.mutate({ trans, type: 'put', values: kept }) : undefined))
      .then(() => (gone.length > 0 ? summary.mutate({ trans, type: 'delete', keys: gone }) : undefined));
  });
}

/** Camps moved, shortened, renamed or deleted in the calendar: their editions' last days follow. */
function updateCampEnds(
  core: DBCore,
  trans: DBCoreTransaction,
  old: Before,
  after: readonly unknown[],
): Promise<unknown> {
  const summary = core.table('campCounts');
  const written = new Map((after as CalendarEvent[]).map((e) => [e.id, e]));
  const ids = new Set([
    ...written.keys(),
    ...(old === 'all' ? [] : old.flatMap((e) => (e ? [(e as CalendarEvent).id] : []))),
  ]);
  if (old !== 'all' && ids.size === 0) return DexiePromise.resolve();
  const query = (range: DBCoreKeyRange) =>
    summary.query({ trans, values: true, query: { index: summary.schema.primaryKey, range } }).then((r) => r.result);
  // After a clear (a restore) or a large import, one pass over the editions; else each event's own.
  const editions: Promise<unknown[]> =
    old === 'all' || ids.size > REBUILD_ABOVE
      ? query(ANY)
      : DexiePromise.all([...ids].map((id) => query(editionsOf(id)))).then((parts) => parts.flat());
  return editions.then((rows) => {
    const changed = (rows as CampCount[]).flatMap((row) => {
      if (old !== 'all' && !ids.has(row.eventId)) return [];
      const end = editionEnd(written.get(row.eventId), row.occurrence);
      return end === row.end ? [] : [{ ...row, end }];
    });
    return changed.length > 0 ? summary.mutate({ trans, type: 'put', values: changed }) : undefined;
  });
}

function updateActivity(
  core: DBCore,
  trans: DBCoreTransaction,
  source: ActivitySource,
  old: Before,
  after: readonly unknown[],
  day: string,
): Promise<unknown> {
  const summary = core.table('partnerActivity');
  const added = after.flatMap((r) => contributions(source, r));
  const losing =
    old === 'all'
      ? 'all'
      : partnersLosingDays(
          old.flatMap((r) => contributions(source, r)),
          added,
        );
  if (losing === 'all' || losing.size > REBUILD_ABOVE) return rebuildPart(core, trans, source, day, losing);
  const ids = [...new Set([...losing, ...added.map((c) => c.partnerId)])];
  if (ids.length === 0) return DexiePromise.resolve();
  const sourceTable = core.table(source);
  const index = sourceTable.schema.getIndexByKeyPath('partnerIds')!;
  const losingIds = [...losing];
  const reads: Promise<unknown[]>[] = [
    summary.getMany({ trans, keys: ids }),
    ...losingIds.map((id) =>
      sourceTable.query({ trans, values: true, query: { index, range: equal(id) } }).then((r) => r.result),
    ),
  ];
  return DexiePromise.all(reads).then(([stored, ...own]) => {
    const current = stored as (PartnerActivity | undefined)[];
    const rows = new Map(ids.map((id, i) => [id, advance(current[i] ?? emptyActivity(id, day), day)]));
    losingIds.forEach((id, i) => rows.set(id, withPart(rows.get(id)!, source, own[i]!)));
    for (const c of added)
      if (!losing.has(c.partnerId)) rows.set(c.partnerId, addDay(rows.get(c.partnerId)!, source, c.day));
    return summary.mutate({ trans, type: 'put', values: [...rows.values()] });
  });
}

/** One source's part of every row read anew: after a clear (then from no rows) or a large change. */
function rebuildPart(
  core: DBCore,
  trans: DBCoreTransaction,
  source: ActivitySource,
  day: string,
  losing: Set<string> | 'all',
): Promise<unknown> {
  const summary = core.table('partnerActivity');
  const all = (t: DBCoreTable) =>
    t.query({ trans, values: true, query: { index: t.schema.primaryKey, range: ANY } }).then((r) => r.result);
  return DexiePromise.all([losing === 'all' ? [] : all(core.table(source)), all(summary)]).then(
    ([sourceRows, stored]) => {
      const days = daysByPartner(source, sourceRows);
      const rows = new Map((stored as PartnerActivity[]).map((r) => [r.partnerId, advance(r, day)]));
      for (const id of days.keys()) if (!rows.has(id)) rows.set(id, emptyActivity(id, day));
      const values = [...rows.values()].map((row) => ({
        ...row,
        [source]: partFrom(days.get(row.partnerId) ?? [], row.asOf),
      }));
      return values.length > 0 ? summary.mutate({ trans, type: 'put', values }) : undefined;
    },
  );
}
