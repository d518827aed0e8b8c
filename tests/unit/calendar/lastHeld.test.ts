import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalendarEvent, OccurrenceException, Recurrence } from '../../../shared/domain/event';
import { lastHeldOnOrBefore } from '../../../shared/calendar/lastHeld';
import { expandEvent } from '../../../shared/calendar/recurrence';

const series = (start: string, recurrence?: Recurrence, exceptions: OccurrenceException[] = []): CalendarEvent => ({
  id: 'e',
  title: 'Obóz',
  kind: 'youthCamp',
  allDay: true,
  start,
  end: start,
  place: {},
  host: 'home',
  partnerIds: [],
  status: 'confirmed',
  series: recurrence ? 1 : 0,
  recurrence,
  exceptions,
  createdAt: '',
  updatedAt: '',
});
const yearly: Recurrence = { freq: 'yearly', interval: 1 };

describe('the last day an event took place', () => {
  it('finds the latest occurrence on or before the day', () => {
    expect(lastHeldOnOrBefore(series('1992-07-10', yearly), '2026-11-26')).toBe('2026-07-10');
    expect(lastHeldOnOrBefore(series('1992-07-10', yearly), '2026-05-01')).toBe('2025-07-10');
    expect(lastHeldOnOrBefore(series('2025-05-12'), '2026-11-26')).toBe('2025-05-12');
    expect(lastHeldOnOrBefore(series('2027-01-01', yearly), '2026-11-26')).toBeUndefined();
  });

  it('respects until, count and interval', () => {
    expect(lastHeldOnOrBefore(series('1992-07-10', { ...yearly, until: '2000-12-31' }), '2026-11-26')).toBe(
      '2000-07-10',
    );
    expect(lastHeldOnOrBefore(series('1992-07-10', { ...yearly, count: 3 }), '2026-11-26')).toBe('1994-07-10');
    expect(lastHeldOnOrBefore(series('2020-01-15', { freq: 'monthly', interval: 2 }), '2020-06-01')).toBe('2020-05-15');
    expect(lastHeldOnOrBefore(series('2026-11-02T10:00', { freq: 'weekly', interval: 1 }), '2026-11-26')).toBe(
      '2026-11-23',
    );
  });

  it('agrees with the calendar on days that do not exist every year or month', () => {
    expect(lastHeldOnOrBefore(series('2016-02-29', yearly), '2026-03-01')).toBe('2024-02-29');
    expect(lastHeldOnOrBefore(series('2026-01-31', { freq: 'monthly', interval: 1 }), '2026-05-15')).toBe('2026-03-31');
    expect(lastHeldOnOrBefore(series('2016-02-29', { ...yearly, count: 2 }), '2030-01-01')).toBe('2020-02-29');
  });

  it('skips cancelled occurrences and counts moved ones where they went', () => {
    const camp = series('1992-07-10', yearly, [
      { date: '2026-07-10', cancelled: true },
      { date: '2025-07-10', start: '2025-08-01', end: '2025-08-01' },
    ]);
    expect(lastHeldOnOrBefore(camp, '2026-11-26')).toBe('2025-08-01');
    expect(lastHeldOnOrBefore(camp, '2025-07-20')).toBe('2024-07-10');
    const broughtForward = series('1992-07-10', yearly, [
      { date: '2027-07-10', start: '2026-10-01', end: '2026-10-02' },
    ]);
    expect(lastHeldOnOrBefore(broughtForward, '2026-11-26')).toBe('2026-10-01');
    expect(lastHeldOnOrBefore(series('2020-03-01', undefined, []), '2026-01-01')).toBe('2020-03-01');
  });

  it('matches the calendar expansion for any series, exceptions and day', () => {
    const day = fc
      .integer({ min: 0, max: 20 * 365 })
      .map((n) => new Date(Date.UTC(2010, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    const rule = fc.record({
      freq: fc.constantFrom('yearly' as const, 'monthly' as const, 'weekly' as const),
      interval: fc.integer({ min: 1, max: 3 }),
      count: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
      until: fc.option(day, { nil: undefined }),
    });
    fc.assert(
      fc.property(
        day,
        rule,
        fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.boolean(), fc.integer({ min: -40, max: 40 })), {
          maxLength: 4,
        }),
        day,
        (start, r, tweaks, today) => {
          const plain = series(start, r);
          const keys = expandEvent(plain, '2000-01-01', '2040-12-31', { includeCancelled: true }).map((o) => o.key);
          const exceptions: OccurrenceException[] = [];
          for (const [i, cancel, shift] of tweaks) {
            const key = keys[i % Math.max(keys.length, 1)];
            if (!key || exceptions.some((x) => x.date === key)) continue;
            const moved = new Date(Date.parse(key) + shift * 86_400_000).toISOString().slice(0, 10);
            exceptions.push(cancel ? { date: key, cancelled: true } : { date: key, start: moved, end: moved });
          }
          const event = series(start, r, exceptions);
          const held = expandEvent(event, '2000-01-01', today)
            .filter((o) => o.firstDay <= today)
            .map((o) => o.firstDay);
          const expected = held.length ? held.reduce((a, b) => (a > b ? a : b)) : undefined;
          expect(lastHeldOnOrBefore(event, today)).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});
