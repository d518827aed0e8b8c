// Erasures that reach the server's disk: once an erased or anonymised person's new revision is in a mirror and on the
// server, both are compacted, so no earlier revision's body stays readable: minors in the youth database, contacts and
// delegation members (adults) in the office database. Purge is not used: a purged document would stop the erasure's
// tombstone from reaching the other desks, which still hold the body.
import type { Database } from 'pouchdb-browser';
import type { ErasureRecord } from '../../../shared/exchanges/erasureRegister';
import type { Contact, Member } from '../../../shared/domain';
import { isAnonymisedContact, isAnonymisedMember } from '../../../shared/privacy/dormantPeople';
import type { OfficeDatabase } from '../../../shared/sync/tables';
import { docId } from './docs';
import type { MirrorContext } from './mirror';

const DONE = '_local/erasures-compacted';

interface Done {
  _id: string;
  _rev?: string;
  ids: string[];
}

/** The office's database as this desk reaches it, with the login the sync uses. */
export interface CompactTarget {
  url: string;
  fetch: typeof fetch;
}

/** True when the register record names people whose records live in this database. */
function concerns(record: ErasureRecord, kind: OfficeDatabase): boolean {
  if (kind === 'youth') return record.participantIds.length > 0 || (record.erasedIds?.length ?? 0) > 0;
  return (record.contactIds?.length ?? 0) > 0 || (record.members?.length ?? 0) > 0;
}

/** True when the mirror holds each person of the record only erased (deleted or absent) or anonymised. */
async function settled(mirror: Database, record: ErasureRecord, kind: OfficeDatabase): Promise<boolean> {
  const read = async (table: string, id: string) => {
    try {
      return ((await mirror.get(docId(table, id))) as { record?: Record<string, unknown> }).record ?? null;
    } catch {
      return null; // absent or deleted
    }
  };
  if (kind === 'youth') {
    for (const id of record.erasedIds ?? []) if (await read('participants', id)) return false;
    for (const id of record.participantIds) {
      const participant = await read('participants', id);
      if (participant && !participant.anonymisedAt) return false;
    }
    return true;
  }
  for (const id of record.contactIds ?? []) {
    const contact = await read('contacts', id);
    if (contact && !isAnonymisedContact(contact as unknown as Contact)) return false;
  }
  for (const { visitId, memberId } of record.members ?? []) {
    const visit = await read('visits', visitId);
    const member = (visit?.members as Member[] | undefined)?.find((m) => m.id === memberId);
    if (member && !isAnonymisedMember(member)) return false;
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
 * Compacts a mirror and the server's database of the same kind for register records whose people in it are erased
 * or anonymised in the mirror and not compacted yet by this desk. Returns how many records were settled.
 */
export async function compactErasures(
  ctx: MirrorContext,
  target: CompactTarget,
  kind: OfficeDatabase = 'youth',
): Promise<number> {
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
    if (!concerns(record, kind) || known.has(record.id)) continue;
    if (await settled(ctx.mirror, record, kind)) ready.push(record.id);
  }
  if (ready.length === 0) return 0;
  await ctx.mirror.compact();
  await compactServer(target);
  await ctx.mirror.put({ ...done, ids: [...done.ids, ...ready] } as unknown as { _id: string });
  return ready.length;
}
