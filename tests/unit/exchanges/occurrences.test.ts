import { describe, expect, it } from 'vitest';
import type { CalendarEvent } from '../../../shared/domain';
import { expandEvent } from '../../../shared/calendar/recurrence';
import { findOccurrence, listOccurrences, occurrenceDays } from '../../../shared/exchanges/occurrences';

const camp: CalendarEvent = {
  id: 'camp',
  title: 'Obóz',
  kind: 'youthCamp',
  allDay: true,
  start: '1992-07-10',
  end: '1992-07-20',
  place: {},
  host: 'home',
  partnerIds: [],
  status: 'confirmed',
  recurrence: { freq: 'yearly', interval: 1 },
  series: 1,
  exceptions: [],
  createdAt: '',
  updatedAt: '',
};

describe('occurrences of a camp series', () => {
  it('gives a yearly camp one edition a year, keyed by its original start, eleven days long', () => {
    const list = listOccurrences(camp, '2027-12-31');
    expect(list).toHaveLength(36);
    expect(list.at(-1)).toMatchObject({ key: '2027-07-10', start: '2027-07-10', end: '2027-07-20', cancelled: false });
    expect(occurrenceDays(list.at(-1)!)).toBe(11);
  });

  it('applies a moved or cancelled edition from the calendar’s exceptions', () => {
    const moved = {
      ...camp,
      exceptions: [
        { date: '2020-07-10', cancelled: true },
        { date: '2021-07-10', start: '2021-08-02', end: '2021-08-09', title: 'Obóz (przesunięty)' },
      ],
    };
    expect(findOccurrence(moved, '2020-07-10')?.cancelled).toBe(true);
    expect(findOccurrence(moved, '2021-07-10')).toMatchObject({
      start: '2021-08-02',
      end: '2021-08-09',
      title: 'Obóz (przesunięty)',
    });
  });

  it('stops at the series’ end and knows no edition off the rhythm', () => {
    expect(
      listOccurrences({ ...camp, recurrence: { freq: 'yearly', interval: 1, count: 3 } }, '2030-01-01'),
    ).toHaveLength(3);
    expect(
      listOccurrences({ ...camp, recurrence: { freq: 'yearly', interval: 2, until: '1996-12-31' } }, '2030-01-01').map(
        (o) => o.key,
      ),
    ).toEqual(['1992-07-10', '1994-07-10', '1996-07-10']);
    expect(findOccurrence(camp, '2019-07-11')).toBeUndefined();
    const { recurrence: _r, ...oneOff } = camp;
    expect(listOccurrences({ ...oneOff, series: 0 }, '2030-01-01').map((o) => o.key)).toEqual(['1992-07-10']);
  });

  it('holds a monthly series on the 31st only in months that have one, as the calendar does', () => {
    const monthly: CalendarEvent = {
      ...camp,
      start: '2027-01-31',
      end: '2027-01-31',
      recurrence: { freq: 'monthly', interval: 1, count: 4 },
    };
    const keys = listOccurrences(monthly, '2027-12-31').map((o) => o.key);
    expect(keys).toEqual(['2027-01-31', '2027-03-31', '2027-05-31', '2027-07-31']);
    expect(expandEvent(monthly, '2027-01-01', '2027-12-31').map((o) => o.start.slice(0, 10))).toEqual(keys);
    expect(findOccurrence(monthly, '2027-02-28')).toBeUndefined();
  });
});
