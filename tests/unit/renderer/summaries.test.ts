// The dashboard's summaries (last contact per partner, people per camp edition) stay equal to what the rows
// say after every kind of write: repositories, import, restore, example data, anonymisation, raw table writes.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CalendarEvent, Visit } from '../../../shared/domain';
import { parseBackup } from '../../../shared/backup/parse';
import { createBackup } from '../../../renderer/db/backup/collect';
import { restoreBackup } from '../../../renderer/db/backup/restore';
import { anonymiseParticipants, eraseParticipant } from '../../../renderer/db/repositories/anonymisation';
import { deleteEvent, importEvents, saveEvent } from '../../../renderer/db/repositories/events';
import { loadExampleData } from '../../../renderer/db/repositories/example';
import {
  importParticipants,
  listRetentionCamps,
  listRetentionEnds,
  saveParticipant,
} from '../../../renderer/db/repositories/participants';
import { dormantPartners, lastActivityByPartner } from '../../../renderer/db/repositories/timeline';
import { deleteVisit, saveVisit } from '../../../renderer/db/repositories/visits';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/db/schema';
import { buildActivity, lastContact } from '../../../shared/summaries/activity';
import { buildCampCounts } from '../../../shared/summaries/camps';
import { todayIso } from '../../../renderer/app/today';
import { useFixedToday } from '../../helpers/clock';
import { freshDatabase } from '../../helpers/db';
import { migrateFrom } from '../../helpers/migration';
import { person } from '../exchanges/fixtures';

const stamps = { createdAt: '2020-01-01T00:00:00.000Z', updatedAt: '2020-01-01T00:00:00.000Z' };
const TODAY = '2026-06-15';

function event(id: string, partnerIds: string[], start: string, extra: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    id,
    title: `Event ${id}`,
    kind: 'cultural',
    allDay: true,
    start,
    end: start,
    place: {},
    host: 'home',
    partnerIds,
    status: 'done',
    series: 0,
    exceptions: [],
    ...stamps,
    ...extra,
  };
}

function visit(id: string, partnerIds: string[], start: string, extra: Partial<Visit> = {}): Visit {
  return {
    id,
    direction: 'incoming',
    partnerIds,
    title: `Visit ${id}`,
    start,
    end: start,
    status: 'done',
    members: [],
    programme: [],
    logistics: [],
    costs: [],
    ...stamps,
    ...extra,
  };
}

let db: Awaited<ReturnType<typeof freshDatabase>>;

/** The summaries rebuilt from every row: what the stored ones must say. */
async function expectSummariesMatchRows(days = [TODAY, '2026-12-31', '2031-01-01']) {
  const [events, visits, participants, activity, camps] = await Promise.all([
    db.events.toArray(),
    db.visits.toArray(),
    db.participants.toArray(),
    db.partnerActivity.toArray(),
    db.campCounts.toArray(),
  ]);
  const expected = buildActivity(events, visits, TODAY);
  const stored = new Map(activity.map((r) => [r.partnerId, r]));
  for (const id of new Set([...expected.keys(), ...stored.keys()]))
    for (const day of days)
      expect(lastContact(stored.get(id), day), `${id} on ${day}`).toBe(lastContact(expected.get(id), day));
  const nonEmpty = camps.filter((c) => c.total > 0).sort((a, b) => a.id.localeCompare(b.id));
  expect(nonEmpty).toEqual(
    [...buildCampCounts(participants, events).values()].sort((a, b) => a.id.localeCompare(b.id)),
  );
}

useFixedToday(TODAY);
beforeEach(async () => {
  db = await freshDatabase();
});

describe('last contact per partner', () => {
  it('follows events created, moved, cancelled and deleted, and visits, through the repositories', async () => {
    await saveEvent(event('e1', ['a', 'b'], '2025-03-01'));
    await saveEvent(event('e2', ['a'], '2026-09-01'));
    await saveVisit(visit('v1', ['b'], '2026-01-10'));
    expect(await lastActivityByPartner(TODAY)).toEqual(
      new Map([
        ['a', '2025-03-01'],
        ['b', '2026-01-10'],
      ]),
    );
    await expectSummariesMatchRows();

    // Moved earlier: partner a loses 2025-03-01.
    await saveEvent(event('e1', ['a', 'b'], '2024-01-05'));
    expect((await lastActivityByPartner(TODAY)).get('a')).toBe('2024-01-05');
    // Cancelled, then deleted: it no longer counts.
    await saveEvent(event('e1', ['a', 'b'], '2024-01-05', { status: 'cancelled' }));
    expect((await lastActivityByPartner(TODAY)).get('a')).toBeUndefined();
    await deleteEvent('e1');
    await deleteVisit('v1');
    expect(await lastActivityByPartner(TODAY)).toEqual(new Map());
    // The planned event counts once its day has come.
    expect((await lastActivityByPartner('2026-09-01')).get('a')).toBe('2026-09-01');
    await expectSummariesMatchRows();
  });

  it('counts a series from its occurrences and a partner taken off an event no more', async () => {
    await saveEvent(
      event('s1', ['a'], '2020-05-01', {
        series: 1,
        recurrence: { freq: 'yearly', interval: 1 },
      } as Partial<CalendarEvent>),
    );
    await saveEvent(event('e1', ['a', 'b'], '2019-02-02'));
    expect((await lastActivityByPartner(TODAY)).get('a')).toBe('2026-05-01');
    await saveEvent(event('e1', ['a'], '2019-02-02'));
    expect((await lastActivityByPartner(TODAY)).get('b')).toBeUndefined();
    await expectSummariesMatchRows();
  });

  it('marks as dormant exactly the partners quiet for the set months, from the summaries', async () => {
    const partner = (id: string) => ({
      id,
      name: id,
      country: 'DE',
      relationKind: 'partnership' as const,
      status: 'active' as const,
      startDate: '2000-01-01',
      languages: [],
      legalBasis: {},
      areas: [],
      funding: [],
      awards: [],
      ...stamps,
    });
    await db.partners.bulkPut([partner('quiet'), partner('busy'), partner('never')]);
    await importEvents([event('old', ['quiet'], '2020-01-01'), event('new', ['busy'], '2026-01-01')]);
    const dormant = await dormantPartners(TODAY);
    expect(dormant.map((d) => [d.partner.id, d.lastActivity])).toEqual([
      ['never', undefined],
      ['quiet', '2020-01-01'],
    ]);
  });

  it('stays exact after bulk imports touching many partners, raw writes (as sync makes them) and a clear', async () => {
    const many = Array.from({ length: 120 }, (_, i) =>
      event(
        `i${i}`,
        [`p${i % 60}`, `p${(i + 7) % 60}`],
        `20${String(10 + (i % 17)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 9}`,
      ),
    );
    await importEvents(many);
    await expectSummariesMatchRows();
    // Raw table writes, as changes pulled from another desk arrive: edits, a range delete, a modify.
    await db.events.bulkPut(many.slice(0, 50).map((e) => ({ ...e, start: '2001-01-01', end: '2001-01-01' })));
    await expectSummariesMatchRows();
    await db.events.where('id').between('i1', 'i3').delete();
    await db.events
      .where('partnerIds')
      .equals('p3')
      .modify((e) => {
        e.status = 'cancelled';
      });
    await db.visits.bulkPut([visit('v1', ['p1'], '2026-06-01'), visit('v2', ['p1'], '2027-01-01')]);
    await expectSummariesMatchRows();
    await db.events.clear();
    expect(await lastActivityByPartner(TODAY)).toEqual(new Map([['p1', '2026-06-01']]));
    await expectSummariesMatchRows();
  });

  it('answers from the rows themselves when the clock is set back before the last write', async () => {
    vi.setSystemTime(new Date('2027-03-01T12:00:00'));
    await saveEvent(event('e1', ['a'], '2026-08-01'));
    await saveEvent(event('e2', ['a'], '2025-01-01'));
    // Written on 2027-03-01, read on 2026-06-15: the August event had not happened yet.
    expect((await lastActivityByPartner(TODAY)).get('a')).toBe('2025-01-01');
    expect((await lastActivityByPartner('2027-03-01')).get('a')).toBe('2026-08-01');
  });
});

describe('people per camp edition', () => {
  const camp = event('camp', [], '2020-07-10', { kind: 'youthCamp', end: '2020-07-20' });

  it('follows participants added, moved, imported, anonymised, erased and deleted', async () => {
    await saveEvent(camp);
    const a = await saveParticipant(person({ id: undefined, occurrence: '2020-07-10' }));
    await saveParticipant(person({ id: undefined, occurrence: '2020-07-10' }));
    await saveParticipant({ ...a, occurrence: '2021-07-10' });
    await importParticipants([person({ occurrence: '2020-07-10' }), person({ occurrence: '2019-07-10' })]);
    await expectSummariesMatchRows();
    expect((await listRetentionEnds('2021-06-15')).map((c) => [c.occurrence, c.identified])).toEqual(
      expect.arrayContaining([
        ['2020-07-10', 2],
        ['2019-07-10', 1],
      ]),
    );
    const ids = (await db.participants
      .where('[eventId+occurrence]')
      .equals(['camp', '2020-07-10'])
      .primaryKeys()) as string[];
    await anonymiseParticipants(ids);
    await expectSummariesMatchRows();
    expect((await listRetentionEnds('2021-06-15')).map((c) => c.occurrence)).toEqual(['2019-07-10']);
    const all = await listRetentionCamps();
    expect(all.find((c) => c.occurrence === '2020-07-10')).toMatchObject({ identified: 0, end: '2020-07-20' });
    await eraseParticipant(a.id);
    await db.participants.where('eventId').equals('camp').delete();
    await expectSummariesMatchRows();
    expect(await listRetentionCamps()).toEqual([]);
  });

  it("keeps each edition's last day as the camp is moved, lengthened, cleared and restored in the calendar", async () => {
    const series = event('series', [], '2019-07-10', {
      kind: 'youthCamp',
      end: '2019-07-20',
      series: 1,
      recurrence: { freq: 'yearly', interval: 1 },
    });
    await db.participants.bulkPut([
      person({ eventId: 'series', occurrence: '2019-07-10' }),
      person({ eventId: 'series', occurrence: '2020-07-10' }),
    ]);
    const ends = async () => (await listRetentionEnds('2099-01-01')).map((c) => `${c.occurrence} ${c.end}`).sort();
    // People stored before their camp is in the calendar: the occurrence day until the camp arrives.
    expect(await ends()).toEqual(['2019-07-10 2019-07-10', '2020-07-10 2020-07-10']);
    await saveEvent(series);
    expect(await ends()).toEqual(['2019-07-10 2019-07-20', '2020-07-10 2020-07-20']);
    await saveEvent({
      ...series,
      exceptions: [{ date: '2020-07-10', start: '2020-07-12', end: '2020-07-25' }],
    });
    expect(await ends()).toEqual(['2019-07-10 2019-07-20', '2020-07-10 2020-07-25']);
    await expectSummariesMatchRows();
    const backup = await createBackup('0.1.0');
    await deleteEvent('series');
    expect(await ends()).toEqual(['2019-07-10 2019-07-10', '2020-07-10 2020-07-10']);
    await restoreBackup(await parseBackup(backup.text, { schemaVersion: CURRENT_SCHEMA_VERSION }));
    expect(await ends()).toEqual(['2019-07-10 2019-07-20', '2020-07-10 2020-07-25']);
    await expectSummariesMatchRows();
  });
});

describe('every other way rows arrive', () => {
  it('a restored backup and the example data leave the summaries equal to the rows', async () => {
    await importEvents([event('e1', ['a'], '2024-04-04'), event('camp', [], '2020-07-10', { kind: 'youthCamp' })]);
    await db.participants.bulkPut([person({ eventId: 'camp', occurrence: '2020-07-10' })]);
    const backup = await createBackup('0.1.0');
    await db.events.clear();
    await db.participants.clear();
    await saveEvent(event('e2', ['b'], '2025-05-05'));
    await restoreBackup(await parseBackup(backup.text, { schemaVersion: CURRENT_SCHEMA_VERSION }));
    expect(await lastActivityByPartner(TODAY)).toEqual(new Map([['a', '2024-04-04']]));
    await expectSummariesMatchRows();

    db = await freshDatabase();
    await loadExampleData(todayIso());
    expect((await lastActivityByPartner(TODAY)).size).toBeGreaterThan(0);
    await expectSummariesMatchRows();
  });

  it('a version 1 database gets its summaries built when upgraded', async () => {
    const upgraded = await migrateFrom(1, async (old) => {
      await old.table('events').bulkPut([event('e1', ['a'], '2023-03-03'), event('e2', ['a'], '2027-01-01')]);
      await old.table('visits').bulkPut([visit('v1', ['b'], '2022-02-02')]);
      await old.table('participants').bulkPut([person({ eventId: 'camp', occurrence: '2019-07-01' })]);
    });
    const rows = new Map((await upgraded.partnerActivity.toArray()).map((r) => [r.partnerId, r]));
    expect(lastContact(rows.get('a'), TODAY)).toBe('2023-03-03');
    expect(lastContact(rows.get('a'), '2027-02-01')).toBe('2027-01-01');
    expect(lastContact(rows.get('b'), TODAY)).toBe('2022-02-02');
    expect(await upgraded.campCounts.toArray()).toMatchObject([
      { eventId: 'camp', occurrence: '2019-07-01', total: 1, identified: 1, flagged: 1, end: '2019-07-01' },
    ]);
    upgraded.close();
  });
});
