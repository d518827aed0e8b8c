// The office's documents: one CouchDB document per record (`table:key`), its author and time, byte fields as
// base64, and the revision ids this desk gives its own writes (the same change gives the same id on every desk).
import type { Author, Doc, MergeNotice, MergeResult } from '../../../shared/sync/merge';

/** What a record looks like on the server; `scripts/office-setup.mjs` validates `table`, `record`, `changedBy`. */
export interface TeamDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _revisions?: { start: number; ids: string[] };
  _conflicts?: string[];
  table: string;
  record?: Doc;
  changedBy: string;
  changedAt: number;
  /** Set on the revision that merged two desks' changes: every desk logs it once. */
  merge?: { notices: MergeNotice[]; taken: MergeResult['taken']; at: number; losers: string[] };
  /** A losing branch closed by a merge (not a user's delete). */
  resolved?: boolean;
}

export const docId = (table: string, key: string): string => `${table}:${key}`;

export function splitId(id: string): { table: string; key: string } | null {
  const at = id.indexOf(':');
  if (at <= 0 || id.startsWith('_')) return null;
  return { table: id.slice(0, at), key: id.slice(at + 1) };
}

const BYTES = '$bytes';

function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

/** A Dexie row as JSON: Uint8Array fields (attachments' bytes) become `{ $bytes: base64 }`. */
export function encodeRecord(value: unknown): Doc {
  return encode(value) as Doc;
}

function encode(value: unknown): unknown {
  if (value instanceof Uint8Array) return { [BYTES]: toBase64(value) };
  if (Array.isArray(value)) return value.map(encode);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = encode(v);
    return out;
  }
  return value;
}

/** The Dexie row of a document's record. */
export function decodeRecord(doc: Doc): Record<string, unknown> {
  return decode(doc) as Record<string, unknown>;
}

function decode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 1 && entries[0]![0] === BYTES && typeof entries[0]![1] === 'string') {
      return Uint8Array.from(atob(entries[0]![1]), (c) => c.charCodeAt(0));
    }
    return Object.fromEntries(entries.map(([k, v]) => [k, decode(v)]));
  }
  return value;
}

export const authorOf = (doc: Pick<TeamDoc, 'changedBy' | 'changedAt'>): Author => ({
  by: doc.changedBy,
  at: doc.changedAt,
});

/** JSON with sorted keys: the same content hashes the same whatever order its fields were written in. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** The body of a document without its bookkeeping fields. */
export function body(doc: TeamDoc): Omit<TeamDoc, '_id' | '_rev' | '_revisions' | '_conflicts'> {
  const { _id, _rev, _revisions, _conflicts, ...rest } = doc;
  void _id;
  void _rev;
  void _revisions;
  void _conflicts;
  return rest;
}

/** The next revision id after `parent` for this content: 32 hex digits of SHA-256 over parent and body. */
export async function nextRev(parent: string | null, doc: TeamDoc): Promise<string> {
  const generation = parent ? Number(parent.split('-')[0]) + 1 : 1;
  const bytes = new TextEncoder().encode(`${parent ?? ''}\n${doc._id}\n${canonical(body(doc))}`);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  const hex = [...digest.subarray(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${generation}-${hex}`;
}

/** The revision history a child of `parent` carries (its own id first). */
export function childRevisions(rev: string, parentRevisions: { start: number; ids: string[] } | null) {
  const [gen, hash] = rev.split('-') as [string, string];
  return { start: Number(gen), ids: [hash, ...(parentRevisions?.ids ?? [])].slice(0, 1000) };
}

/** The newest revision two histories share, as `n-hash`, or null. */
export function commonAncestor(
  one: { start: number; ids: string[] },
  two: { start: number; ids: string[] },
): string | null {
  const revsOf = (h: { start: number; ids: string[] }) => h.ids.map((id, i) => `${h.start - i}-${id}`);
  const inTwo = new Set(revsOf(two));
  return revsOf(one).find((r) => inTwo.has(r)) ?? null;
}

/** Same record (or both deleted): writing `next` over `prev` would change nothing the office sees. */
export function equalContent(prev: TeamDoc, next: TeamDoc): boolean {
  if (Boolean(prev._deleted) !== Boolean(next._deleted)) return false;
  return prev._deleted === true || canonical(prev.record) === canonical(next.record);
}
