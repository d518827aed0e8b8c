// Erasures that reach the server's disk: once an erased or anonymised minor's new revision is in the youth mirror
// and on the server, both are compacted, so no earlier revision's body stays readable. Purge is not used: a purged
// document would stop the erasure's tombstone from reaching the other desks, which still hold the body.
import type { Database } from 'pouchdb-browser';
import type { ErasureRecord } from '../../../shared/exchanges/erasureRegister';
import { docId } from './docs';
import type { MirrorContext } from './mirror';

const DONE = '_local/erasures-compacted';

interface Done {
  _id: string;
  _rev?: string;
  ids: string[];
}

/** The office's youth database as this desk reaches it, with the login the sync uses. */
export interface CompactTarget {
  url: string;
  fetch: typeof fetch;
}

/** True when the mirror holds each person of the record only erased (deleted or absent) or anonymised. */
async function settled(mirror: Database, record: ErasureRecord): Promise<boolean> {
  const read = async (id: string) => {
    try {
      return (await mirror.get(docId('participants', id))) as { record?: { anonymisedAt?: string } };
    } catch {
      return null; // absent or deleted
    }
  };
  for (const id of record.erasedIds ?? []) if (await read(id)) return false;
  for (const id of record.participantIds) {
    const doc = await read(id);
    if (doc && !doc.record?.anonymisedAt) return false;
  }
  return true;
}

/** Compacts the server's database and waits (a bounded while) for the compaction to finish. */
async function compactServer(target: CompactTarget): Promise<void> {
  const started = await target.fetch(`${target.url}/_compact`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
  });
  if (started.status === 401 || started.status === 403) throw new Error('compactRefused');
  if (!started.ok) throw new Error(`compact: HTTP ${started.status}`);
  for (let i = 0; i < 150; i++) {
    const info = (await (await target.fetch(target.url, { headers: { Accept: 'application/json' } })).json()) as {
      compact_running?: boolean;
    };
    if (!info.compact_running) return;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Compacts the youth mirror and the server's youth database for register records whose people are erased or
 * anonymised in the mirror and not compacted yet by this desk. Returns how many records were settled.
 */
export async function compactErasures(ctx: MirrorContext, target: CompactTarget): Promise<number> {
  const register = await ctx.db.table<ErasureRecord, string>('anonymisations').toArray();
  let done: Done = { _id: DONE, ids: [] };
  try {
    done = (await ctx.mirror.get(DONE)) as unknown as Done;
  } catch {
    // nothing compacted yet
  }
  const known = new Set(done.ids);
  const ready: string[] = [];
  for (const record of register) {
    // Records of contacts and delegation members only touch no minor's record in the youth database.
    if (record.participantIds.length === 0 && (record.erasedIds?.length ?? 0) === 0) continue;
    if (!known.has(record.id) && (await settled(ctx.mirror, record))) ready.push(record.id);
  }
  if (ready.length === 0) return 0;
  await ctx.mirror.compact();
  await compactServer(target);
  await ctx.mirror.put({ ...done, ids: [...done.ids, ...ready] } as unknown as { _id: string });
  return ready.length;
}
