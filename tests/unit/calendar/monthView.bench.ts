// Month-view read with 20,000 stored events (~500 in the month shown): `npx vitest bench --run tests/unit/calendar`.
import { beforeAll, bench, describe } from 'vitest';
import { findClashes } from '../../../shared/calendar/clashes';
import { addDays } from '../../../shared/calendar/dates';
import { holidaysBetween } from '../../../shared/calendar/holidays';
import type { CalendarEvent } from '../../../shared/domain';
import { calendarItemsInRange, eventsInRange } from '../../../renderer/db/repositories/events';
import { freshDatabase } from '../../helpers/db';

const DAYS = 1200; // 20,000 events over ~3.3 years: ~500 start in any month

beforeAll(async () => {
  const db = await freshDatabase();
  const now = new Date().toISOString();
  const rows: CalendarEvent[] = Array.from({ length: 20_000 }, (_, i) => {
    const start = addDays('2025-01-01', Math.floor((i * DAYS) / 20_000));
    return {
      id: `e${i}`,
      title: `Wydarzenie ${i}`,
      kind: 'other',
      allDay: i % 3 !== 0,
      start: i % 3 === 0 ? `${start}T10:00` : start,
      end: i % 3 === 0 ? `${start}T12:00` : addDays(start, i % 4),
      place: {},
      host: 'home',
      partnerIds: [`p${i % 7}`],
      status: 'planned',
      series: 0,
      exceptions: [],
      coordinator: `K${i % 11}`,
      createdAt: now,
      updatedAt: now,
    };
  });
  rows.push({
    ...rows[0]!,
    id: 'camp',
    title: 'Obóz',
    start: '1992-07-10',
    end: '1992-07-20',
    allDay: true,
    series: 1,
    recurrence: { freq: 'yearly', interval: 1 },
  });
  await db.events.bulkAdd(rows);
});

const ctx = {
  homeCountry: 'PL',
  partnerCountry: () => 'DE',
  holidays: (c: string[], f: string, t: string) => holidaysBetween(c, f, t),
};

describe('month view with 20,000 events', () => {
  bench('eventsInRange (July 2026 grid)', async () => {
    await eventsInRange('2026-06-29', '2026-08-02');
  });
  bench('items + clash markers (July 2026 grid)', async () => {
    findClashes(await calendarItemsInRange('2026-06-29', '2026-08-02'), ctx);
  });
  bench('next month (August 2026 grid)', async () => {
    findClashes(await calendarItemsInRange('2026-07-27', '2026-09-06'), ctx);
  });
});
