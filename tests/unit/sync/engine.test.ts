// The sync worker with two desks and pouchdb-server: local changes reach the other desk, offline edits of one
// record merge the same on both desks with a notice in each desk's log, and the outbox empties only once the server holds the change. Youth data reaches youth logins only.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import PouchDB from 'pouchdb-browser';
import { TwinningDb } from '../../../renderer/db/schema';
import { SyncEngine, forgetYouthData } from '../../../renderer/db/sync/engine';
import { outboxMiddleware } from '../../../renderer/db/sync/outbox';
import type { TeamStatus } from '../../../renderer/db/sync/status';
import type { Participant, Visit } from '../../../shared/domain';
import { startCouchServer, type CouchServer } from '../../helpers/couchServer.mjs';
import { fetchAs, serverRevisionBodies, setUpOffice, type OfficeUser } from '../../helpers/office';
import { partner, stamps, until } from './fixtures';

// pouchdb-browser reads the browser's `self` and `navigator`: Node 20 has neither.
vi.hoisted(() => {
  const g = globalThis as { self?: unknown; navigator?: unknown };
  g.self ??= globalThis;
  g.navigator ??= { userAgent: 'Node.js' };
});

const anna: OfficeUser = { name: 'anna', roles: ['office', 'youth'], password: 'anna-pass-1' };
const jan: OfficeUser = { name: 'jan', roles: ['office'], password: 'jan-pass-1' };
const prefix = `e${Date.now()}-`;
let server: CouchServer;

beforeAll(async () => {
  server = await startCouchServer();
  await setUpOffice(server, prefix, [anna, jan]);
}, 90_000);
afterAll(async () => server?.stop());

interface Desk {
  name: string;
  db: TwinningDb;
  engine: SyncEngine;
  status: TeamStatus;
  /** Cuts this desk off the server (true) or lets it through again. */
  offline: (cut: boolean) => void;
}
const desks: Desk[] = [];
afterEach(async () => {
  for (const d of desks.splice(0)) {
    await d.engine.stop();
    d.db.close();
  }
});

let counter = 0;
async function desk(user: OfficeUser, clock: () => number, seed?: (db: TwinningDb) => Promise<unknown>): Promise<Desk> {
  const name = `desk-${++counter}-${Date.now()}`;
  const db = new TwinningDb(name);
  db.use(outboxMiddleware(() => true, clock));
  await db.open();
  await seed?.(db);
  let cut = false;
  const login = fetchAs(user);
  const d = { name, db, status: { state: 'off', waiting: 0, lastSync: null } } as unknown as Desk;
  d.offline = (value) => {
    cut = value;
    d.engine.retry(); // as the app does when the system says the network went or came back
  };
  d.engine = new SyncEngine({
    db,
    login: user.name,
    roles: user.roles,
    remoteBase: `${server.url}/`,
    serverPrefix: prefix,
    localPrefix: `${name}-mirror-`,
    fetch: (input, init) => (cut ? Promise.reject(new TypeError('Failed to fetch')) : login(input, init)),
    now: clock,
    onStatus: (change) => {
      d.status = { ...d.status, ...change };
    },
  });
  d.engine.start();
  desks.push(d);
  return d;
}

const visit = (id: string, extra: Record<string, unknown> = {}) =>
  ({
    id,
    title: 'Delegation from Ronnenberg',
    status: 'planned',
    programme: [],
    ...stamps,
    ...extra,
  }) as unknown as Visit;

describe('two desks through the office server', () => {
  it('a partner added on one desk appears on the other, and the outbox empties once the server holds it', async () => {
    const a = await desk(anna, () => 1_000);
    const b = await desk(jan, () => 2_000);
    await a.db.partners.put(partner('p1', 'Ronnenberg'));
    await until(async () => (await b.db.partners.get('p1'))?.name === 'Ronnenberg', 'the partner on desk B');
    await until(async () => (await a.db.outbox.count()) === 0, 'the outbox of desk A to empty');
    await until(() => a.status.state === 'upToDate', 'desk A up to date');
    expect(b.status.state === 'upToDate' || b.status.state === 'connecting').toBe(true);
    expect(await b.engine.lastChange('partners', 'p1')).toEqual({ by: 'anna', at: 1_000 });
    // B's own write is not sent back as a change by A's outbox
    expect(await b.db.outbox.count()).toBe(0);
  });

  it('both offline edit one visit: both end with the same merged visit and a notice in each log', async () => {
    let tick = 10_000;
    const a = await desk(anna, () => tick);
    const b = await desk(jan, () => tick);
    await a.db.visits.put(visit('v1', { programme: [{ id: 'i1', activity: 'Town hall' }] }));
    await until(async () => (await b.db.visits.get('v1')) !== undefined, 'the visit on desk B');
    await until(async () => (await a.db.outbox.count()) === 0, 'desk A to send the visit');
    a.offline(true);
    b.offline(true);
    await until(
      () => a.status.state === 'offline' && b.status.state === 'offline',
      () => `both desks offline (${JSON.stringify([a.status, b.status])})`,
    );
    tick = 20_000;
    await a.db.table('visits').update('v1', { status: 'confirmed', title: 'Anna: delegation of five' });
    tick = 30_000;
    await b.db.table('visits').update('v1', {
      title: 'Jan: delegation of six',
      programme: [
        { id: 'i1', activity: 'Town hall' },
        { id: 'i2', activity: 'School visit' },
      ],
    });
    expect(a.status.waiting).toBe(1);
    a.offline(false);
    b.offline(false);
    const merged = (v: Visit | undefined) =>
      v?.status === 'confirmed' && v.title === 'Jan: delegation of six' && v.programme.length === 2;
    await until(
      async () => merged(await a.db.visits.get('v1')),
      () => `the merged visit on desk A ${JSON.stringify([a.status, b.status])}`,
    );
    await until(async () => merged(await b.db.visits.get('v1')), 'the merged visit on desk B');
    for (const d of [a, b]) {
      const log = await until(
        async () => (await d.db.table('syncLog').toArray()).filter((e) => e.key === 'v1'),
        'a log entry',
      );
      expect(log[0].notices).toEqual([
        expect.objectContaining({ kind: 'field', path: ['title'], otherValue: 'Anna: delegation of five' }),
      ]);
    }
    await until(async () => (await a.db.outbox.count()) + (await b.db.outbox.count()) === 0, 'both outboxes empty');
  });
});

const participant = (id: string, lastName: string) =>
  ({
    id,
    eventId: 'camp',
    occurrence: '2027-07-10',
    firstName: 'Ola',
    lastName,
    identified: 1,
    ...stamps,
  }) as unknown as Participant;

describe('youth data by role', () => {
  it('reaches youth desks only: an office login is refused by the youth database and receives nothing', async () => {
    const a = await desk(anna, () => 1_000);
    const b = await desk(jan, () => 2_000);
    await a.db.participants.put(participant('y1', 'Canary-Youth'));
    await a.db.partners.put(partner('p2', 'Duclair'));
    await until(async () => (await b.db.partners.get('p2')) !== undefined, 'the partner on the office desk');
    await until(async () => (await a.db.outbox.count()) === 0, 'the youth desk to send both');
    const youthDb = `${server.url}/${prefix}youth`;
    expect((await fetchAs(anna)(`${youthDb}/participants:y1`)).status).toBe(200);
    // pouchdb-server answers a logged-in non-member 401; CouchDB 3 may answer 403.
    expect(server.real ? [401, 403] : [401]).toContain((await fetchAs(jan)(`${youthDb}/participants:y1`)).status);
    expect((await fetchAs(jan)(`${server.url}/${prefix}office/partners:p2`)).status).toBe(200);
    expect(await b.db.participants.count()).toBe(0);
    const c = await desk(anna, () => 3_000);
    await until(async () => (await c.db.participants.get('y1'))?.lastName === 'Canary-Youth', 'a second youth desk');
  });

  it('a desk that loses the role loses the youth data it held, and sends none of it', async () => {
    const name = `lost-${Date.now()}`;
    const db = new TwinningDb(name);
    db.use(
      outboxMiddleware(
        () => true,
        () => 1,
      ),
    );
    await db.open();
    await db.participants.put(participant('y2', 'Canary-Lost'));
    expect(await db.outbox.count()).toBe(1);
    expect(await forgetYouthData(db, `${name}-mirror-`)).toBe(1);
    expect(await db.participants.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    db.close();
    // A participant restored later on an office desk cannot reach the office: it goes, and nothing waits.
    const b = await desk(
      jan,
      () => 4_000,
      (d) => d.participants.put(participant('y3', 'Canary-Restored')),
    );
    await until(async () => (await b.db.participants.count()) === 0, 'the restored participant to go');
    await until(async () => (await b.db.outbox.count()) === 0, 'an empty outbox');
    expect((await fetchAs(anna)(`${server.url}/${prefix}youth/participants:y3`)).status).toBe(404);
  });
});

describe('erasing and anonymising a minor', () => {
  const serverBodies = (id: string) => serverRevisionBodies(server, `${prefix}youth`, id);

  it('leaves no earlier body on the server or in the other desk, and the other desk follows', async () => {
    const a = await desk(anna, () => 5_000);
    const c = await desk(anna, () => 6_000);
    await a.db.participants.bulkPut([participant('e1', 'Canary-Erased'), participant('e2', 'Canary-Anonymised')]);
    await until(
      async () => (await c.db.participants.bulkGet(['e1', 'e2'])).every(Boolean),
      'both participants on the other desk',
    );
    expect(await serverBodies('participants:e1')).toContain('Canary-Erased');
    await a.db.transaction('rw', [a.db.participants, a.db.anonymisations], async () => {
      await a.db.participants.delete('e1');
      await a.db.participants.put({
        ...participant('e2', 'X'),
        lastName: undefined,
        anonymisedAt: '2026-12-06T10:00:00.000Z',
      } as unknown as Participant);
      await a.db.anonymisations.bulkAdd([
        { id: 'r1', at: '2026-12-06T10:00:00.000Z', participantIds: [], eventIds: ['camp'], erasedIds: ['e1'] },
        { id: 'r2', at: '2026-12-06T10:00:00.000Z', participantIds: ['e2'], eventIds: ['camp'] },
      ]);
    });
    await until(
      async () => !(await serverBodies('participants:e1')).includes('Canary'),
      'no erased body on the server',
    );
    await until(
      async () => !(await serverBodies('participants:e2')).includes('Canary'),
      'no anonymised body on the server',
    );
    await until(async () => (await c.db.participants.get('e1')) === undefined, 'the erasure on the other desk');
    await until(async () => (await c.db.participants.get('e2'))?.anonymisedAt !== undefined, 'the anonymisation');
    await until(async () => (await c.db.anonymisations.bulkGet(['r1', 'r2'])).every(Boolean), 'the register there');
    // The other desk's own mirror keeps no earlier body either.
    const mirror = new PouchDB(`${c.name}-mirror-youth`);
    const mirrorBodies = async (id: string) => {
      const leaves = await mirror.get(id, { open_revs: 'all', revs: true });
      const texts = [JSON.stringify(leaves)];
      for (const leaf of leaves) {
        const history = 'ok' in leaf ? (leaf.ok._revisions as { start: number; ids: string[] }) : undefined;
        for (const [i, hash] of (history?.ids ?? []).entries()) {
          texts.push(JSON.stringify(await mirror.get(id, { rev: `${history!.start - i}-${hash}` }).catch(() => null)));
        }
      }
      return texts.join('\n');
    };
    await until(
      async () =>
        !`${await mirrorBodies('participants:e1')}${await mirrorBodies('participants:e2')}`.includes('Canary'),
      'a compacted mirror on the other desk',
    );
    await mirror.close();
  });
});
