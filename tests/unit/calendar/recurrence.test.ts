import { describe, expect, it } from 'vitest';
import { expandEvent, seriesDates } from '../../../shared/calendar/recurrence';
import { warsawToUtcMs } from '../../../shared/calendar/warsaw';
import { event } from './fixtures';

describe('recurrence expansion', () => {
  it('shows the camp held every year since 1992 in July of any later year', () => {
    const camp = event({
      start: '1992-07-10',
      end: '1992-07-20',
      series: 1,
      recurrence: { freq: 'yearly', interval: 1 },
    });
    const occ = expandEvent(camp, '2027-07-01', '2027-07-31');
    expect(occ).toHaveLength(1);
    expect(occ[0]).toMatchObject({ start: '2027-07-10', end: '2027-07-20', index: 35, key: '2027-07-10' });
    expect(expandEvent(camp, '2027-01-01', '2027-06-30')).toHaveLength(0);
  });

  it('finds an occurrence that started in the previous year and runs into the range', () => {
    const party = event({
      start: '2020-12-30',
      end: '2021-01-02',
      series: 1,
      recurrence: { freq: 'yearly', interval: 1 },
    });
    expect(expandEvent(party, '2027-01-01', '2027-01-31').map((o) => o.start)).toEqual(['2026-12-30']);
  });

  it('keeps a weekly 09:00 meeting at 09:00 Warsaw time across both DST changes', () => {
    const meeting = event({
      allDay: false,
      start: '2027-03-20T09:00',
      end: '2027-03-20T10:30',
      series: 1,
      recurrence: { freq: 'weekly', interval: 1, count: 40 },
    });
    const occ = expandEvent(meeting, '2027-03-01', '2027-11-30');
    expect(occ.map((o) => o.start.slice(11))).toEqual(Array(occ.length).fill('09:00'));
    expect(occ.map((o) => o.start)).toContain('2027-03-27T09:00');
    expect(occ.map((o) => o.start)).toContain('2027-04-03T09:00');
    expect(occ.map((o) => o.start)).toContain('2027-10-30T09:00');
    // the UTC instant moves by an hour when Poland changes clocks on 28 March and 31 October
    expect((warsawToUtcMs('2027-04-03T09:00') - warsawToUtcMs('2027-03-27T09:00')) / 3_600_000).toBe(7 * 24 - 1);
    expect((warsawToUtcMs('2027-11-06T09:00') - warsawToUtcMs('2027-10-30T09:00')) / 3_600_000).toBe(7 * 24 + 1);
  });

  it('stops at the count and at the until date', () => {
    const counted = event({
      start: '2027-01-05',
      end: '2027-01-05',
      series: 1,
      recurrence: { freq: 'weekly', interval: 2, count: 3 },
    });
    expect(seriesDates(counted, '2030-01-01')).toEqual(['2027-01-05', '2027-01-19', '2027-02-02']);
    const until = event({
      start: '2027-01-15',
      end: '2027-01-15',
      series: 1,
      recurrence: { freq: 'monthly', interval: 1, until: '2027-04-15' },
    });
    expect(seriesDates(until, '2030-01-01')).toEqual(['2027-01-15', '2027-02-15', '2027-03-15', '2027-04-15']);
  });

  it('skips months without the day, and 29 February outside leap years', () => {
    const monthly = event({
      start: '2027-01-31',
      end: '2027-01-31',
      series: 1,
      recurrence: { freq: 'monthly', interval: 1, count: 4 },
    });
    expect(seriesDates(monthly, '2028-01-01')).toEqual(['2027-01-31', '2027-03-31', '2027-05-31', '2027-07-31']);
    const leap = event({
      start: '2024-02-29',
      end: '2024-02-29',
      series: 1,
      recurrence: { freq: 'yearly', interval: 1 },
    });
    expect(seriesDates(leap, '2033-01-01')).toEqual(['2024-02-29', '2028-02-29', '2032-02-29']);
  });

  it('drops a cancelled occurrence and applies a changed one, leaving the rest of the series', () => {
    const camp = event({
      start: '2025-07-10',
      end: '2025-07-20',
      series: 1,
      recurrence: { freq: 'yearly', interval: 1 },
      exceptions: [
        { date: '2026-07-10', cancelled: true },
        { date: '2027-07-10', start: '2027-07-12', end: '2027-07-22', title: 'Obóz w Duclair' },
      ],
    });
    const occ = expandEvent(camp, '2025-01-01', '2028-12-31');
    expect(occ.map((o) => [o.start, o.title])).toEqual([
      ['2025-07-10', 'Obóz'],
      ['2027-07-12', 'Obóz w Duclair'],
      ['2028-07-10', 'Obóz'],
    ]);
    const withCancelled = expandEvent(camp, '2026-01-01', '2026-12-31', { includeCancelled: true });
    expect(withCancelled[0]).toMatchObject({ cancelled: true, status: 'cancelled' });
  });

  it('expands a single event once, by overlap with the range', () => {
    const single = event({ start: '2027-06-28', end: '2027-07-02' });
    expect(expandEvent(single, '2027-07-01', '2027-07-31')).toHaveLength(1);
    expect(expandEvent(single, '2027-07-03', '2027-07-31')).toHaveLength(0);
  });
});
