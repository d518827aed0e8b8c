// The merge rules of team sync, pure: a record changed on two desks since their common version becomes
// one record, the same on both desks whichever merges first. Every decision is reported for the merge log.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json | undefined };
export type Doc = { [key: string]: Json | undefined };

/** Who made one side's change, and when (epoch milliseconds). */
export interface Author {
  by: string;
  at: number;
}

export interface Side {
  doc: Doc;
  author: Author;
}

/**
 * A field both sides changed: the later change was kept; the other one is offered for one-click take-over.
 * `path` is field names and, inside an id-keyed list, the item's id.
 */
export interface FieldConflict {
  kind: 'field';
  path: string[];
  kept: Author;
  other: Author;
  otherValue: Json | undefined;
}

/** Deleted on one side and changed on the other: the changed record (or list item) is kept. */
export interface DeleteConflict {
  kind: 'deleteVsEdit';
  path: string[];
  deletedBy: Author;
  keptBy: Author;
}

export type MergeNotice = FieldConflict | DeleteConflict;

export interface MergeResult {
  doc: Doc;
  notices: MergeNotice[];
  /** Field paths taken from each author without conflict, for the merge log. */
  taken: { by: string; path: string[] }[];
}

/** Fields every save rewrites: the later side's value is kept without a notice. */
const STAMPS = new Set(['updatedAt']);

export function equal(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => equal(v, b[i]));
  const ao = a as Doc;
  const bo = b as Doc;
  const keys = new Set([...Object.keys(ao), ...Object.keys(bo)]);
  for (const k of keys) if (!equal(ao[k], bo[k])) return false;
  return true;
}

/** A stable order of two changes: later wins; then the author's name; then the value itself. */
function firstWins(a: Author, av: Json | undefined, b: Author, bv: Json | undefined): boolean {
  if (a.at !== b.at) return a.at > b.at;
  if (a.by !== b.by) return a.by > b.by;
  return JSON.stringify(av ?? null) >= JSON.stringify(bv ?? null);
}

const isPlainObject = (v: Json | undefined): v is Doc => typeof v === 'object' && v !== null && !Array.isArray(v);

type Item = Doc & { id: string };
const isIdList = (v: Json | undefined): v is Item[] =>
  Array.isArray(v) && v.every((i) => isPlainObject(i) && typeof i.id === 'string');

interface Ctx {
  a: Author;
  b: Author;
  /** True when side a's whole change is the later one: its list order and stamps win. */
  aLater: boolean;
  notices: MergeNotice[];
  taken: MergeResult['taken'];
}

function mergeValue(
  path: string[],
  base: Json | undefined,
  a: Json | undefined,
  b: Json | undefined,
  ctx: Ctx,
): Json | undefined {
  if (equal(a, b)) return a;
  if (equal(a, base)) {
    ctx.taken.push({ by: ctx.b.by, path });
    return b;
  }
  if (equal(b, base)) {
    ctx.taken.push({ by: ctx.a.by, path });
    return a;
  }
  if (STAMPS.has(path[path.length - 1] ?? '')) return ctx.aLater ? a : b;
  const listBase = base === undefined ? [] : base;
  if (isIdList(a) && isIdList(b) && isIdList(listBase)) return mergeList(path, listBase, a, b, ctx);
  if (isPlainObject(a) && isPlainObject(b) && (base === undefined || isPlainObject(base))) {
    return mergeFields(path, base ?? {}, a, b, ctx);
  }
  const aWins = firstWins(ctx.a, a, ctx.b, b);
  const [kept, other, otherValue, value] = aWins ? [ctx.a, ctx.b, b, a] : [ctx.b, ctx.a, a, b];
  ctx.notices.push({ kind: 'field', path, kept, other, otherValue });
  return value;
}

function mergeFields(path: string[], base: Doc, a: Doc, b: Doc, ctx: Ctx): Doc {
  const out: Doc = {};
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b), ...Object.keys(base)])].sort();
  for (const key of keys) {
    const value = mergeValue([...path, key], base[key], a[key], b[key], ctx);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** Id-keyed list parts merge item by item; the later side's order comes first, then the other's new items. */
function mergeList(path: string[], base: Item[], a: Item[], b: Item[], ctx: Ctx): Item[] {
  const byId = (list: Item[]) => new Map(list.map((i) => [i.id, i]));
  const [baseMap, aMap, bMap] = [byId(base), byId(a), byId(b)];
  const [first, second] = ctx.aLater ? [a, b] : [b, a];
  const ids = [...new Set([...first.map((i) => i.id), ...second.map((i) => i.id), ...base.map((i) => i.id)])];
  const out: Item[] = [];
  for (const id of ids) {
    const [o, x, y] = [baseMap.get(id), aMap.get(id), bMap.get(id)];
    const itemPath = [...path, id];
    if (x && y) out.push(mergeFields(itemPath, o ?? {}, x, y, ctx) as Item);
    else if (x || y) {
      const present = (x ?? y)!;
      const presentBy = x ? ctx.a : ctx.b;
      const absentBy = x ? ctx.b : ctx.a;
      if (!o) {
        ctx.taken.push({ by: presentBy.by, path: itemPath });
        out.push(present);
      } else if (!equal(present, o)) {
        ctx.notices.push({ kind: 'deleteVsEdit', path: itemPath, deletedBy: absentBy, keptBy: presentBy });
        out.push(present);
      } else ctx.taken.push({ by: absentBy.by, path: itemPath });
    }
  }
  return out;
}

/**
 * Merges two changed versions of one record from their common version (`base`; null when both created it).
 * The result and its notices do not depend on which side is passed first.
 */
export function mergeRecords(base: Doc | null, one: Side, two: Side): MergeResult {
  const aLater = firstWins(one.author, one.doc, two.author, two.doc);
  const ctx: Ctx = { a: one.author, b: two.author, aLater, notices: [], taken: [] };
  const doc = mergeFields([], base ?? {}, one.doc, two.doc, ctx);
  const order = (n: { path: string[] }) => n.path.join('\u0000');
  ctx.notices.sort((x, y) => order(x).localeCompare(order(y)));
  ctx.taken.sort((x, y) => order(x).localeCompare(order(y)) || x.by.localeCompare(y.by));
  return { doc, notices: ctx.notices, taken: ctx.taken };
}

/** Deleted on one desk, changed on the other since the common version: the changed record stays, with a notice. */
export function mergeDeleteVsEdit(
  base: Doc | null,
  deleted: Author,
  edited: Side,
): { doc: Doc | null; notices: MergeNotice[] } {
  if (base !== null && equal(base, edited.doc)) return { doc: null, notices: [] };
  return { doc: edited.doc, notices: [{ kind: 'deleteVsEdit', path: [], deletedBy: deleted, keptBy: edited.author }] };
}

/** One click on "take theirs": the notice's other value goes in at its path (list items found by id). */
export function takeOver(doc: Doc, notice: FieldConflict): Doc {
  const copy = structuredClone(doc);
  let target: Doc | undefined = copy;
  const path = notice.path;
  for (let i = 0; i < path.length - 1 && target; i++) {
    const value: Json | undefined = target[path[i]!];
    if (isIdList(value)) {
      target = value.find((item) => item.id === path[i + 1]);
      i++;
    } else target = isPlainObject(value) ? value : undefined;
  }
  const last = path[path.length - 1]!;
  if (target) {
    if (notice.otherValue === undefined) delete target[last];
    else target[last] = notice.otherValue;
  }
  return copy;
}

/** One entry of the merge log the user can read: which record, what was merged, what needs a look. */
export interface MergeLogEntry {
  seq?: number;
  /** Epoch milliseconds of the merge. */
  at: number;
  table: string;
  key: string;
  notices: MergeNotice[];
  taken: MergeResult['taken'];
  /** Set when the user has read the notices or taken over a value. */
  settled?: boolean;
}

/** The log entry of a merge: every merge is logged, also one that needed no decision. */
export function logEntry(
  table: string,
  key: string,
  at: number,
  result: Pick<MergeResult, 'notices'> & Partial<MergeResult>,
): MergeLogEntry {
  return { at, table, key, notices: result.notices, taken: result.taken ?? [], settled: result.notices.length === 0 };
}
