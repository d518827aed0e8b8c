// Office settings sync key by key: two desks changing different settings offline both keep theirs; the same setting
// changed on both ends with the later value on both desks and a notice in the log.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TwinningDb } from '../../../renderer/db/schema';
import { SyncEngine } from '../../../renderer/db/sync/engine';
import { MAX_SPAN_KEY } from '../../../shared/calendar/span';
import type { MergeLogEntry } from '../../../shared/sync/merge';
import { startCouchServer, type CouchServer } from '../../helpers/couchServer.mjs';
import { fetchAs, setUpOffice, type OfficeUser } from '../../helpers/office';
import { openDesk, until } from './fixtures';

// pouchdb-browser reads the browser's `self` and `navigator`: Node 20 has neither.
vi.hoisted(() => {
  const g = globalThis as { self?: unknown; navigator?: unknown };
  g.self ??= globalThis;
  g.navigator ??= { userAgent: 'Node.js' };
});

const anna: OfficeUser = { name: 'anna', roles: ['office'], password: 'anna-pass-1' };
const jan: OfficeUser = { name: 'jan', roles: ['office'], password: 'jan-pass-1' };
const prefix = `s${Date.now()}-`;
let server: CouchServer;

beforeAll(async () => {
  server = await startCouchServer();
  await setUpOffice(server, prefix, [anna, jan]);
}, 90_000);
afterAll(async () => server?.stop());

let tick = 1_000;
const clock = () => tick;

const engineFor = (db: TwinningDb, user: OfficeUser, name: string) => {
  const engine = new SyncEngine({
    db,
    login: user.name,
    roles: user.roles,
    remoteBase: `${server.url}/`,
    serverPrefix: prefix,
    localPrefix: `${name}-mirror-`,
    fetch: fetchAs(user),
    now: clock,
    onStatus: () => undefined,
  });
  engine.start();
  return engine;
};

const value = async (db: TwinningDb, key: string) => (await db.settings.get(key))?.value;

describe('settings changed on two desks while offline', () => {
  it('merge key by key: both different keys stay, the same key takes the later value with a notice', async () => {
    const [nameA, nameB] = [`set-a-${Date.now()}`, `set-b-${Date.now()}`];
    const [a, b] = [await openDesk(nameA, clock), await openDesk(nameB, clock)];
    let engineA = engineFor(a, anna, nameA);
    let engineB = engineFor(b, jan, nameB);
    try {
      await a.settings.put({ key: 'exchanges.minorsPerAdult', value: 10 });
      await until(async () => (await value(b, 'exchanges.minorsPerAdult')) === 10, 'the setting on desk B');
      await until(async () => (await a.outbox.count()) + (await b.outbox.count()) === 0, 'both outboxes empty');

      // Both go offline and change settings.
      await engineA.stop();
      await engineB.stop();
      tick = 2_000;
      await a.settings.put({ key: 'partners.dormancyMonths', value: 18 });
      await a.settings.put({ key: 'exchanges.minorsPerAdult', value: 8 });
      tick = 3_000;
      await b.settings.put({ key: 'privacy.peopleRetention', value: { years: 5 } });
      await b.settings.put({ key: 'exchanges.minorsPerAdult', value: 12 });

      tick = 4_000;
      engineA = engineFor(a, anna, nameA);
      engineB = engineFor(b, jan, nameB);
      for (const [desk, name] of [
        [a, 'A'],
        [b, 'B'],
      ] as const) {
        await until(
          async () =>
            (await value(desk, 'partners.dormancyMonths')) === 18 &&
            JSON.stringify(await value(desk, 'privacy.peopleRetention')) === '{"years":5}' &&
            (await value(desk, 'exchanges.minorsPerAdult')) === 12,
          `every setting on desk ${name}`,
        );
      }
      const notice = async (desk: TwinningDb) =>
        ((await desk.table('syncLog').toArray()) as MergeLogEntry[])
          .filter((e) => e.table === 'settings' && e.key === 'exchanges.minorsPerAdult')
          .flatMap((e) => e.notices);
      await until(async () => (await notice(a)).length > 0 && (await notice(b)).length > 0, 'the notice on both desks');
      expect(await notice(a)).toEqual([
        {
          kind: 'field',
          path: ['value'],
          kept: { by: 'jan', at: 3_000 },
          other: { by: 'anna', at: 2_000 },
          otherValue: 8,
        },
      ]);
      // Different keys were never in conflict.
      const logged = ((await a.table('syncLog').toArray()) as MergeLogEntry[]).map((e) => e.key);
      expect(logged).toEqual(['exchanges.minorsPerAdult']);
    } finally {
      await engineA.stop();
      await engineB.stop();
      a.close();
      b.close();
    }
  });

  it("never lower a desk's calendar read bound below the longest event it holds", async () => {
    const [nameA, nameB] = [`span-a-${Date.now()}`, `span-b-${Date.now()}`];
    const [a, b] = [await openDesk(nameA, clock), await openDesk(nameB, clock)];
    let engineA = engineFor(a, anna, nameA);
    let engineB = engineFor(b, jan, nameB);
    // A single event as the events repository writes it, with the span setting it raises in the same write.
    const event = (id: string, start: string, end: string) => ({
      id,
      title: id,
      kind: 'meeting',
      status: 'planned',
      start,
      end,
      allDay: true,
      partnerIds: [],
      series: 0,
      createdAt: '2026-11-01T10:00:00.000Z',
      updatedAt: '2026-11-01T10:00:00.000Z',
    });
    try {
      await engineA.stop();
      await engineB.stop();
      tick = 5_000;
      await a.events.put(event('long-a', '2027-07-01', '2027-08-30') as never);
      await a.settings.put({ key: MAX_SPAN_KEY, value: 60 });
      tick = 6_000;
      await b.events.put(event('long-b', '2027-07-01', '2027-08-10') as never);
      await b.settings.put({ key: MAX_SPAN_KEY, value: 40 });

      tick = 7_000;
      engineA = engineFor(a, anna, nameA);
      engineB = engineFor(b, jan, nameB);
      for (const [desk, name] of [
        [a, 'A'],
        [b, 'B'],
      ] as const) {
        await until(async () => (await desk.events.count()) === 2, `both events on desk ${name}`);
        // The two values met as "the later wins" (40, from desk B), logged on both desks...
        await until(
          async () =>
            ((await desk.table('syncLog').toArray()) as MergeLogEntry[]).some(
              (e) => e.table === 'settings' && e.key === MAX_SPAN_KEY,
            ),
          `the merge of the span on desk ${name}`,
        );
        // ...yet each desk still reads back as far as the 60-day event it holds.
        expect(await value(desk, MAX_SPAN_KEY)).toBe(60);
      }
    } finally {
      await engineA.stop();
      await engineB.stop();
      a.close();
      b.close();
    }
  });
});
