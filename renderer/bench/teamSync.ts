// Benchmark build only: what the sync figures read and write on a desk (record counts, one partner's name).
import { db } from '../db/db';

const SYNCED = ['partners', 'contacts', 'events', 'visits', 'participants'] as const;

/** How many records of the synthetic office's tables this desk holds. */
async function syncedCounts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const name of SYNCED) out[name] = await db.table(name).count();
  return out;
}

/** The ids of the first `n` partners (the records the propagation figure changes). */
async function partnerIds(n: number): Promise<string[]> {
  return (await db.partners.orderBy('id').limit(n).primaryKeys()).map(String);
}

/** Renames one partner through the app's store (so the change goes out as any user's would); the wall time after commit. */
async function renamePartner(id: string, name: string): Promise<number> {
  const updated = await db.partners.update(id, { name });
  if (updated !== 1) throw new Error(`no partner ${id}`);
  return Date.now();
}

/** Resolves with the wall time at which this desk first holds the partner under `name` (checked every 10 ms). */
function partnerNamed(id: string, name: string, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const check = () => {
      db.partners.get(id).then((p) => {
        if (p?.name === name) resolve(Date.now());
        else if (Date.now() > deadline) reject(new Error(`partner ${id} not renamed in ${timeoutMs} ms`));
        else setTimeout(check, 10);
      }, reject);
    };
    check();
  });
}

export const teamSyncApi = { syncedCounts, partnerIds, renamePartner, partnerNamed };
