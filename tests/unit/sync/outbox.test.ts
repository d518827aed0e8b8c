// The outbox middleware: a change and its outbox row commit together or not at all; remote writes are skipped.
import type { DBCore } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { TwinningDb } from '../../../renderer/db/schema';
import { inRemoteTransaction, outboxMiddleware } from '../../../renderer/db/sync/outbox';
import type { CalendarEvent, Partner } from '../../../shared/domain';
import { lastContact } from '../../../shared/summaries/activity';
import { partner, stamps } from './fixtures';

let counter = 0;
const opened: TwinningDb[] = [];
afterEach(() => opened.splice(0).forEach((d) => d.close()));

/** A fresh database with the outbox on (or off), and optionally a layer under it that refuses outbox writes. */
async function database(options: { enabled?: boolean; failOutbox?: boolean } = {}): Promise<TwinningDb> {
  let enabled = options.enabled ?? true;
  const d = new TwinningDb(`outbox-${Date.now()}-${++counter}`);
  d.use(
    outboxMiddleware(
      () => enabled,
      () => 1_000,
    ),
  );
  if (options.failOutbox) {
    d.use({
      stack: 'dbcore',
      name: 'failingOutbox',
      level: -1,
      create: (down: DBCore): DBCore => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          if (name !== 'outbox') return table;
          return { ...table, mutate: () => Promise.reject(new Error('disk full')) };
        },
      }),
    });
  }
  await d.open();
  opened.push(d);
  (d as TwinningDb & { toggle: (on: boolean) => void }).toggle = (on) => {
    enabled = on;
  };
  return d;
}

describe('the outbox', () => {
  it('writes one row per changed record, in order, for puts, bulk writes and deletes', async () => {
    const d = await database();
    await d.partners.put(partner('p1', 'Ronnenberg'));
    await d.partners.bulkPut([partner('p2', 'Duclair'), partner('p3', 'Pärnu')]);
    await d.partners.delete('p1');
    const rows = await d.outbox.toArray();
    expect(rows.map((r) => [r.table, r.key, r.op, r.at])).toEqual([
      ['partners', 'p1', 'put', 1000],
      ['partners', 'p2', 'put', 1000],
      ['partners', 'p3', 'put', 1000],
      ['partners', 'p1', 'delete', 1000],
    ]);
  });

  it('records every key a range delete or a modify touches', async () => {
    const d = await database();
    await d.partners.bulkPut([partner('a', 'A'), partner('b', 'B')]);
    await d.outbox.clear();
    await d.partners.toCollection().modify({ status: 'dormant' });
    await d.partners.clear();
    const rows = await d.outbox.toArray();
    expect(rows.map((r) => `${r.op} ${r.key}`)).toEqual(['put a', 'put b', 'delete a', 'delete b']);
  });

  it('keeps neither the change nor its row when the transaction fails after the write', async () => {
    const d = await database();
    await expect(
      d.transaction('rw', d.partners, async () => {
        await d.partners.put(partner('p1', 'Ronnenberg'));
        throw new Error('the user cancelled');
      }),
    ).rejects.toThrow('the user cancelled');
    expect(await d.partners.count()).toBe(0);
    expect(await d.outbox.count()).toBe(0);
  });

  it('refuses the change when its outbox row cannot be written, inside or outside a transaction', async () => {
    const d = await database({ failOutbox: true });
    await expect(d.partners.put(partner('p1', 'Ronnenberg'))).rejects.toThrow();
    await expect(
      d.transaction('rw', d.partners, async () => {
        await d.partners.put(partner('p2', 'Duclair'));
      }),
    ).rejects.toThrow();
    expect(await d.partners.count()).toBe(0);
  });

  it('leaves out writes of a remote transaction, and keeps both when a remote write is mixed with a local one', async () => {
    const d = await database();
    await inRemoteTransaction(d, ['partners'], () => d.partners.put(partner('r1', 'From the office')));
    await d.partners.put(partner('l1', 'Mine'));
    expect(await d.partners.count()).toBe(2);
    expect((await d.outbox.toArray()).map((r) => r.key)).toEqual(['l1']);
  });

  it('writes nothing while team sync is off, and starts with the next transaction once it is on', async () => {
    const d = (await database({ enabled: false })) as TwinningDb & { toggle: (on: boolean) => void };
    await d.partners.put(partner('p1', 'Ronnenberg'));
    expect(await d.outbox.count()).toBe(0);
    d.toggle(true);
    await d.partners.put(partner('p2', 'Duclair'));
    expect((await d.outbox.toArray()).map((r) => r.key)).toEqual(['p2']);
  });

  it('keeps the transaction across range deletes and modifies with hooks listening (as Undo does), in one transaction', async () => {
    const d = await database();
    await d.partners.bulkPut([
      partner('a', 'A'),
      partner('b', 'B'),
      { ...partner('c', 'C'), status: 'dormant' } as Partner,
    ]);
    await d.outbox.clear();
    const listen = () => undefined;
    d.partners.hook('deleting', listen);
    d.partners.hook('updating', listen);
    await d.transaction('rw', [d.partners, d.contacts], async () => {
      await d.partners.where('status').equals('active').delete();
      await d.contacts.where('partnerId').equals('a').delete();
      await d.partners.where('id').equals('c').modify({ name: 'C2' });
      await d.partners.put(partner('d', 'D'));
    });
    await expect(
      d.transaction('rw', d.partners, async () => {
        await d.partners.where('id').equals('d').delete();
        throw new Error('the user cancelled');
      }),
    ).rejects.toThrow('the user cancelled');
    expect((await d.outbox.toArray()).map((r) => `${r.op} ${r.key}`)).toEqual([
      'delete a',
      'delete b',
      'put c',
      'put d',
    ]);
    expect((await d.partners.toArray()).map((p) => p.id)).toEqual(['c', 'd']);
  });

  it('does not track its own stores', async () => {
    const d = await database();
    await d.table('syncLog').add({ at: 1, key: 'p1' });
    expect(await d.outbox.count()).toBe(0);
  });

  it('runs beside the dashboard summaries: one event write leaves its outbox row and the new last contact, or neither', async () => {
    const event = (id: string, start: string) =>
      ({
        id,
        title: id,
        kind: 'cultural',
        allDay: true,
        start,
        end: start,
        place: {},
        host: 'home',
        partnerIds: ['p1'],
        status: 'done',
        series: 0,
        exceptions: [],
        ...stamps,
      }) as unknown as CalendarEvent;
    const d = await database();
    await d.events.put(event('e1', '2026-05-04'));
    expect((await d.outbox.toArray()).map((r) => `${r.table} ${r.key}`)).toEqual(['events e1']);
    expect(lastContact(await d.partnerActivity.get('p1'), '2099-01-01')).toBe('2026-05-04');

    const failing = await database({ failOutbox: true });
    await expect(failing.events.put(event('e2', '2026-05-04'))).rejects.toThrow();
    expect(await failing.events.count()).toBe(0);
    expect(await failing.partnerActivity.count()).toBe(0);
  });
});
