// Desks, records the sync tests write (fixed stamps, a partner with only what the store needs) and their wait for a state.
import { TwinningDb } from '../../../renderer/db/schema';
import { outboxMiddleware } from '../../../renderer/db/sync/outbox';
import type { Partner } from '../../../shared/domain';

export const stamps = { createdAt: '2026-12-01T08:00:00.000Z', updatedAt: '2026-12-01T08:00:00.000Z' };

export const partner = (id: string, name: string): Partner =>
  ({
    id,
    name,
    country: 'DE',
    relationKind: 'partnership',
    status: 'active',
    areas: [],
    languages: [],
    ...stamps,
  }) as unknown as Partner;

/** Polls `probe` until it gives a truthy value (what the desks and server reach on their own), or fails naming `what`. */
export async function until<T>(probe: () => Promise<T> | T, what: string | (() => string), ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${typeof what === 'string' ? what : what()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A desk's database as the app opens it with team sync on: every local write also queues its outbox row. */
export async function openDesk(name: string, clock: () => number): Promise<TwinningDb> {
  const db = new TwinningDb(name);
  db.use(outboxMiddleware(() => true, clock));
  await db.open();
  return db;
}
