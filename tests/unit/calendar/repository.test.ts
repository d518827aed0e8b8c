import { beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/calendar/dates';
import type { CalendarEvent } from '../../../shared/domain';
import { ValidationError } from '../../../renderer/db/errors';
import {
  calendarItemsInRange,
  cancelOccurrence,
  eventsInRange,
  getEvent,
  importEvents,
  recomputeEventSpan,
  restoreOccurrence,
  saveEvent,
  saveOccurrence,
  type EventInput,
} from '../../../renderer/db/repositories/events';
import { openTasksDueBy, saveTask, setTaskDone } from '../../../renderer/db/repositories/tasks';
import { freshDatabase } from '../../helpers/db';

const base: EventInput = {
  title: 'Dzień Europy',
  kind: 'europeDays',
  allDay: true,
  start: '2027-05-09',
  end: '2027-05-09',
  host: 'home',
  status: 'planned',
};

beforeEach(async () => {
  await freshDatabase();
});

describe('events repository', () => {
  it('reads a month out of 20,000 events through the start index, touching only rows near the range', async () => {
    const db = await freshDatabase();
    const now = new Date().toISOString();
    const rows: CalendarEvent[] = Array.from({ length: 20_000 }, (_, i) => ({
      id: `e${i}`,
      title: `Wydarzenie ${i}`,
      kind: 'other',
      allDay: true,
      start: addDays('2000-01-01', i % 10_000),
      end: addDays('2000-01-01', (i % 10_000) + 2),
      place: {},
      host: 'home',
      partnerIds: [],
      status: 'planned',
      series: 0,
      exceptions: [],
      createdAt: now,
      updatedAt: now,
    }));
    await db.events.bulkAdd(rows);
    await saveEvent({
      ...base,
      title: 'Obóz',
      start: '1992-07-10',
      end: '1992-07-20',
      recurrence: { freq: 'yearly', interval: 1 },
    });
    let read = 0;
    const count = () => {
      read += 1;
    };
    db.events.hook('reading', (row: CalendarEvent) => (count(), row));
    const occ = await eventsInRange('2020-07-01', '2020-07-31');
    expect(occ.filter((o) => o.title.startsWith('Wydarzenie'))).toHaveLength(2 * 33);
    expect(occ.some((o) => o.title === 'Obóz' && o.start === '2020-07-10')).toBe(true);
    expect(read).toBeGreaterThanOrEqual(2 * 33);
    expect(read).toBeLessThan(400);
  });

  it('finds a single event that started before the range and is still running', async () => {
    await saveEvent({ ...base, title: 'Długi projekt', start: '2027-01-10', end: '2027-06-30' });
    const items = await calendarItemsInRange('2027-06-01', '2027-06-30');
    expect(items.map((i) => i.title)).toEqual(['Długi projekt']);
  });

  it('finds a long event written around the repository once the span is recomputed', async () => {
    const db = await freshDatabase();
    const now = new Date().toISOString();
    await db.events.add({
      id: 'long',
      title: 'Projekt roczny',
      kind: 'other',
      allDay: true,
      start: '2027-01-01',
      end: '2027-12-31',
      place: {},
      host: 'home',
      partnerIds: [],
      status: 'planned',
      series: 0,
      exceptions: [],
      createdAt: now,
      updatedAt: now,
    });
    expect(await eventsInRange('2027-09-01', '2027-09-30')).toEqual([]);
    expect(await recomputeEventSpan()).toBe(364);
    expect((await eventsInRange('2027-09-01', '2027-09-30')).map((o) => o.title)).toEqual(['Projekt roczny']);
  });

  it('refuses an end before the start and stores nothing', async () => {
    await expect(saveEvent({ ...base, end: '2027-05-08' })).rejects.toBeInstanceOf(ValidationError);
    expect(await eventsInRange('2027-01-01', '2027-12-31')).toEqual([]);
  });

  it('imports all events or none', async () => {
    await expect(importEvents([base, { ...base, title: '' }])).rejects.toBeInstanceOf(ValidationError);
    expect(await eventsInRange('2027-01-01', '2027-12-31')).toEqual([]);
    await importEvents([base, { ...base, title: 'Drugi' }]);
    expect(await eventsInRange('2027-01-01', '2027-12-31')).toHaveLength(2);
  });

  it('cancels, changes and restores one occurrence of a series without touching the others', async () => {
    const camp = await saveEvent({
      ...base,
      title: 'Obóz',
      start: '2025-07-10',
      end: '2025-07-20',
      recurrence: { freq: 'yearly', interval: 1 },
    });
    expect(camp.series).toBe(1);
    await cancelOccurrence(camp.id, '2026-07-10');
    await saveOccurrence(camp.id, { date: '2027-07-10', title: 'Obóz w Ronnenbergu' });
    const titles = async () => (await eventsInRange('2025-01-01', '2028-12-31')).map((o) => `${o.start} ${o.title}`);
    expect(await titles()).toEqual(['2025-07-10 Obóz', '2027-07-10 Obóz w Ronnenbergu', '2028-07-10 Obóz']);
    await restoreOccurrence(camp.id, '2026-07-10');
    expect(await titles()).toContain('2026-07-10 Obóz');
    expect((await getEvent(camp.id))?.exceptions).toHaveLength(1);
  });
});

describe('tasks repository', () => {
  it('lists open tasks due by a date, overdue first, and drops them once done', async () => {
    const late = await saveTask({ title: 'Wysłać zaproszenia', due: '2027-05-01' });
    await saveTask({ title: 'Zamówić autokar', due: '2027-05-20' });
    await saveTask({ title: 'Później', due: '2027-09-01' });
    expect((await openTasksDueBy('2027-05-31')).map((t) => t.title)).toEqual(['Wysłać zaproszenia', 'Zamówić autokar']);
    await setTaskDone(late.id, true);
    expect((await openTasksDueBy('2027-05-31')).map((t) => t.title)).toEqual(['Zamówić autokar']);
  });
});
