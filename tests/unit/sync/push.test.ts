// Restarts and large pushes: a pulled change set aside for an unsent local edit of the same record survives a
// restart (the two merge on both desks), and a whole desk's first push reaches the server in chunks.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import PouchDB from 'pouchdb-browser';
import type { TwinningDb } from '../../../renderer/db/schema';
import { SyncEngine } from '../../../renderer/db/sync/engine';
import { applyPulled } from '../../../renderer/db/sync/mirror';
import type { Visit } from '../../../shared/domain';
import { OFFICE_TABLES } from '../../../shared/sync/tables';
import { startCouchServer, type CouchServer } from '../../helpers/couchServer.mjs';
import { fetchAs, setUpOffice, type OfficeUser } from '../../helpers/office';
import { openDesk, partner, stamps, until } from './fixtures';

// pouchdb-browser reads the browser's `self` and `navigator`: Node 20 has neither.
vi.hoisted(() => {
  const g = globalThis as { self?: unknown; navigator?: unknown };
  g.self ??= globalThis;
  g.navigator ??= { userAgent: 'Node.js' };
});

const anna: OfficeUser = { name: 'anna', roles: ['office', 'youth'], password: 'anna-pass-1' };
const jan: OfficeUser = { name: 'jan', roles: ['office'], password: 'jan-pass-1' };
const prefix = `h${Date.now()}-`;
let server: CouchServer;

beforeAll(async () => {
  server = await startCouchServer();
  await setUpOffice(server, prefix, [anna, jan]);
}, 90_000);
// PouchDB reads the source's info after a batch without waiting for it: the server stops only once every
// request of this file has been answered, or that late read fails unhandled.
let inFlight = 0;
const counted =
  (user: OfficeUser): typeof fetch =>
  (input, init) => {
    inFlight += 1;
    return fetchAs(user)(input, init).finally(() => (inFlight -= 1));
  };
afterAll(async () => {
  try {
    await until(() => inFlight === 0, 'the last requests to be answered');
  } finally {
    await server?.stop();
  }
});

const engineFor = (db: TwinningDb, user: OfficeUser, name: string, clock: () => number) =>
  new SyncEngine({
    db,
    login: user.name,
    roles: user.roles,
    remoteBase: `${server.url}/`,
    serverPrefix: prefix,
    localPrefix: `${name}-mirror-`,
    fetch: counted(user),
    now: clock,
    onStatus: () => undefined,
  });

describe('a pulled change held back for an unsent local edit', () => {
  it('still merges with that edit after the desk restarts between the pull and the send', async () => {
    let tick = 1_000;
    const clock = () => tick;
    const nameA = `held-a-${Date.now()}`;
    const nameB = `held-b-${Date.now()}`;
    const a = await openDesk(nameA, clock);
    const b = await openDesk(nameB, clock);
    const engineA = engineFor(a, anna, nameA, clock);
    let engineB = engineFor(b, jan, nameB, clock);
    engineA.start();
    engineB.start();
    await a.visits.put({
      id: 'v1',
      title: 'Delegation',
      status: 'planned',
      programme: [],
      ...stamps,
    } as unknown as Visit);
    await until(async () => (await b.visits.get('v1')) !== undefined, 'the visit on desk B');
    await until(async () => (await a.outbox.count()) + (await b.outbox.count()) === 0, 'both outboxes empty');

    // Desk B: the revision its Dexie holds, as its sync worker knows it, then the worker stops.
    let mirror = new PouchDB(`${nameB}-mirror-office`);
    const held = (await mirror.get('visits:v1'))._rev!;
    await engineB.stop();
    tick = 2_000;
    await b.visits.update('v1', { title: 'Jan: delegation of six' }); // not sent yet
    tick = 3_000;
    await a.visits.update('v1', { status: 'confirmed' });
    await until(async () => (await a.outbox.count()) === 0, 'desk A to send its change');

    // The pull: the office's change reaches B's mirror, and B sets it aside for its own unsent edit.
    mirror = new PouchDB(`${nameB}-mirror-office`);
    const remote = new PouchDB(`${server.url}/${prefix}office`, {
      adapter: 'http',
      skip_setup: true,
      fetch: counted(jan),
    });
    await PouchDB.replicate(remote, mirror);
    const ctx = {
      db: b,
      mirror,
      tables: OFFICE_TABLES,
      login: jan.name,
      dexieRevs: new Map([['visits:v1', held]]),
      now: clock,
    };
    await applyPulled(ctx, new Map());
    expect((await b.visits.get('v1'))?.status).toBe('planned');
    expect((await b.outbox.toArray()).map((r) => r.base)).toEqual([held]);
    await mirror.close();

    // The restart: a new worker over the same Dexie and mirror, knowing nothing from the last session.
    tick = 4_000;
    engineB = engineFor(b, jan, nameB, clock);
    engineB.start();
    const merged = (v: Visit | undefined) => v?.status === 'confirmed' && v.title === 'Jan: delegation of six';
    try {
      await until(async () => merged(await b.visits.get('v1')), 'the merged visit on desk B');
      await until(async () => merged(await a.visits.get('v1')), 'the merged visit on desk A');
      await until(async () => (await b.outbox.count()) === 0, 'desk B to send its change and the merge');
    } finally {
      await engineA.stop();
      await engineB.stop();
      a.close();
      b.close();
    }
  });
});

describe('the first push of a whole desk', () => {
  it('sends records beyond one chunk of the mirror writes, each once, and empties the outbox', async () => {
    const name = `first-${Date.now()}`;
    const db = await openDesk(name, () => 5_000);
    const many = Array.from({ length: 1_200 }, (_, i) => partner(`bulk-${String(i).padStart(4, '0')}`, `Town ${i}`));
    await db.partners.bulkPut(many);
    await db.partners.update('bulk-0007', { name: 'Town seven, renamed' }); // two rows, one document
    expect(await db.outbox.count()).toBe(1_201);
    const engine = engineFor(db, anna, name, () => 5_000);
    engine.start();
    const onServer = async () => {
      const range = `startkey=${encodeURIComponent('"partners:bulk-"')}&endkey=${encodeURIComponent('"partners:bulk-\ufff0"')}`;
      const body = (await (await fetchAs(anna)(`${server.url}/${prefix}office/_all_docs?${range}`)).json()) as {
        rows: { id: string; value: { rev: string } }[];
      };
      return body.rows;
    };
    try {
      await until(async () => (await onServer()).length === 1_200, 'every record on the server', 60_000);
      await until(async () => (await db.outbox.count()) === 0, 'an empty outbox', 60_000);
      const rows = await onServer();
      expect(rows.every((r) => r.value.rev.startsWith('1-'))).toBe(true);
      const seven = (await (await fetchAs(anna)(`${server.url}/${prefix}office/partners:bulk-0007`)).json()) as {
        record: { name: string };
      };
      expect(seven.record.name).toBe('Town seven, renamed');
    } finally {
      await engine.stop();
      db.close();
    }
  });
});
