// The office's server vanishing in the middle of a pull: the desk says "offline" and no promise rejects unhandled
// (PouchDB reads the server's info after each batch without a catch; the page would show that as a failure).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TwinningDb } from '../../../renderer/db/schema';
import { SyncEngine } from '../../../renderer/db/sync/engine';
import { outboxMiddleware } from '../../../renderer/db/sync/outbox';
import type { TeamStatus } from '../../../renderer/db/sync/status';
import { startCouchServer, type CouchServer } from '../../helpers/couchServer.mjs';
import { fetchAs, setUpOffice, type OfficeUser } from '../../helpers/office';
import { partner, until } from './fixtures';

// pouchdb-browser reads the browser's `self` and `navigator`: Node 20 has neither.
vi.hoisted(() => {
  const g = globalThis as { self?: unknown; navigator?: unknown };
  g.self ??= globalThis;
  g.navigator ??= { userAgent: 'Node.js' };
});

const anna: OfficeUser = { name: 'anna', roles: ['office'], password: 'anna-pass-1' };
const prefix = `v${Date.now()}-`;
let server: CouchServer;

beforeAll(async () => {
  server = await startCouchServer();
  await setUpOffice(server, prefix, [anna]);
}, 90_000);
afterAll(async () => server?.stop());

describe('the server vanishing right after a pulled batch', () => {
  it('leaves the desk offline, with no unhandled rejection', async () => {
    const doc = { _id: 'partners:gone-1', table: 'partners', record: partner('gone-1', 'Tczew'), changedBy: 'x' };
    const put = await fetchAs(anna)(`${server.url}/${prefix}office/${doc._id}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...doc, changedAt: 1_000 }),
    });
    expect(put.ok).toBe(true);

    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    // The server goes away the moment the documents of the first pulled batch have been answered.
    let gone = false;
    let refused = 0;
    const login = fetchAs(anna);
    const vanishing: typeof fetch = async (input, init) => {
      if (gone) {
        refused += 1;
        throw new TypeError('Failed to fetch');
      }
      const response = await login(input, init);
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (/_bulk_get|_all_docs/.test(url) && url.includes(`${prefix}office`)) gone = true;
      return response;
    };
    const name = `vanish-${Date.now()}`;
    const db = new TwinningDb(name);
    db.use(outboxMiddleware(() => true));
    await db.open();
    let status: TeamStatus = { state: 'off', waiting: 0, lastSync: null };
    const engine = new SyncEngine({
      db,
      login: anna.name,
      roles: anna.roles,
      remoteBase: `${server.url}/`,
      serverPrefix: prefix,
      localPrefix: `${name}-mirror-`,
      fetch: vanishing,
      onStatus: (change) => (status = { ...status, ...change }),
    });
    try {
      engine.start();
      await until(() => gone, 'the pulled batch');
      await until(
        () => status.state === 'offline',
        () => `the offline status (now ${status.state})`,
      );
      await until(async () => (await db.partners.get('gone-1'))?.name === 'Tczew', 'the pulled partner in Dexie');
      // The late info read after the batch and the retries after it have all been refused by now.
      await until(
        () => refused >= 4,
        () => `four refused requests (now ${refused})`,
      );
      await new Promise((r) => setImmediate(r));
      expect(unhandled).toEqual([]);
      expect(status.state).toBe('offline');
    } finally {
      process.off('unhandledRejection', onUnhandled);
      await engine.stop();
      db.close();
    }
  });
});
