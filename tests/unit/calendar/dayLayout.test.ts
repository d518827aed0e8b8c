import { describe, expect, it } from 'vitest';
import { inHourGrid, layoutDay, visibleHours } from '../../../shared/calendar/dayLayout';
import type { CalendarItem } from '../../../shared/calendar/items';

const item = (title: string, start: string, end: string, allDay = false): CalendarItem => ({
  type: 'event',
  id: title,
  key: title,
  title,
  allDay,
  start,
  end,
  firstDay: start.slice(0, 10),
  lastDay: end.slice(0, 10),
  partnerIds: [],
  status: 'planned',
  cancelled: false,
});
const day = '2027-07-12';
const at = (title: string, from: string, to: string) => item(title, `${day}T${from}`, `${day}T${to}`);
const lanes = (items: CalendarItem[]) =>
  Object.fromEntries(layoutDay(items).map((b) => [b.item.title, `${b.from}-${b.to} ${b.lane + 1}/${b.lanes}`]));

describe('the hour grid of a day', () => {
  it('keeps all-day and multi-day items out of the grid', () => {
    expect(inHourGrid(item('camp', '2027-07-10', '2027-07-20', true))).toBe(false);
    expect(inHourGrid(item('night train', '2027-07-12T22:00', '2027-07-13T06:00'))).toBe(false);
    expect(inHourGrid(at('meeting', '10:00', '11:30'))).toBe(true);
  });

  it('puts overlapping items side by side and lets later ones reuse a freed lane', () => {
    expect(
      lanes([
        at('mayor', '09:00', '10:30'),
        at('press', '10:00', '11:00'),
        at('lunch', '10:30', '12:00'),
        at('tour', '14:00', '16:00'),
      ]),
    ).toEqual({
      mayor: '540-630 1/2',
      press: '600-660 2/2',
      lunch: '630-720 1/2',
      tour: '840-960 1/1',
    });
  });

  it('draws a very short item half an hour tall and never past midnight', () => {
    expect(lanes([at('call', '12:00', '12:05'), at('late', '23:50', '23:55')])).toEqual({
      call: '720-750 1/1',
      late: '1430-1440 1/1',
    });
  });

  it('shows office hours, widened to the earliest and latest item of the week', () => {
    expect(visibleHours(layoutDay([at('meeting', '10:00', '11:00')]))).toEqual({ from: 8, to: 18 });
    expect(visibleHours(layoutDay([at('breakfast', '06:30', '07:15'), at('gala', '19:00', '22:10')]))).toEqual({
      from: 6,
      to: 23,
    });
  });
});
