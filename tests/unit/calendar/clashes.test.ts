import { describe, expect, it } from 'vitest';
import { clashesFor, findClashes, type ClashContext } from '../../../shared/calendar/clashes';
import { holidaysBetween } from '../../../shared/calendar/holidays';
import { itemFromOccurrence, itemFromVisit } from '../../../shared/calendar/items';
import { expandEvent } from '../../../shared/calendar/recurrence';
import type { Visit } from '../../../shared/domain';
import { event } from './fixtures';

const countries: Record<string, string> = { ronnenberg: 'DE', duclair: 'FR', jarfalla: 'SE' };
const ctx: ClashContext = {
  homeCountry: 'PL',
  partnerCountry: (id) => countries[id],
  holidays: (c, from, to) => holidaysBetween(c, from, to),
};
const item = (overrides: Parameters<typeof event>[0]) =>
  itemFromOccurrence(expandEvent(event(overrides), '1900-01-01', '2999-12-31')[0]!);
const visit = (overrides: Partial<Visit>): Visit => ({
  id: 'v1',
  direction: 'incoming',
  partnerIds: ['ronnenberg'],
  title: 'Wizyta z Ronnenbergu',
  start: '2027-09-01',
  end: '2027-09-03',
  status: 'planned',
  members: [],
  programme: [],
  logistics: [],
  costs: [],
  createdAt: '',
  updatedAt: '',
  ...overrides,
});

describe('clash rules', () => {
  it('warns of a Polish holiday on 15 August even without partners', () => {
    const clashes = clashesFor(item({ start: '2027-08-15', end: '2027-08-15' }), [], ctx);
    expect(clashes).toEqual([expect.objectContaining({ type: 'holiday', date: '2027-08-15', country: 'PL' })]);
  });

  it("warns of a holiday in a partner's country only when that partner is involved", () => {
    const unityDay = { start: '2027-10-03', end: '2027-10-03' };
    expect(clashesFor(item(unityDay), [], ctx)).toEqual([]);
    expect(clashesFor(item({ ...unityDay, partnerIds: ['ronnenberg'] }), [], ctx)).toEqual([
      expect.objectContaining({ type: 'holiday', country: 'DE' }),
    ]);
    expect(
      clashesFor(item({ start: '2027-07-10', end: '2027-07-20', partnerIds: ['ronnenberg', 'duclair'] }), [], ctx).map(
        (c) => c.type === 'holiday' && `${c.date} ${c.country}`,
      ),
    ).toEqual(['2027-07-14 FR']);
  });

  it('flags the same partner in an overlapping event and visit, not in separate ones', () => {
    const conf = item({ id: 'c', start: '2027-09-02', end: '2027-09-02', partnerIds: ['ronnenberg'] });
    expect(clashesFor(conf, [itemFromVisit(visit({}))], ctx)).toEqual([
      expect.objectContaining({
        type: 'partner',
        partnerId: 'ronnenberg',
        other: expect.objectContaining({ type: 'visit', id: 'v1' }),
      }),
    ]);
    expect(clashesFor(conf, [itemFromVisit(visit({ start: '2027-09-03', end: '2027-09-05' }))], ctx)).toEqual([]);
    expect(clashesFor(conf, [itemFromVisit(visit({ status: 'cancelled' }))], ctx)).toEqual([]);
  });

  it('flags a coordinator booked twice at overlapping times, not at separate hours of one day', () => {
    const a = item({
      id: 'a',
      allDay: false,
      start: '2027-09-06T09:00',
      end: '2027-09-06T11:00',
      coordinator: 'Anna Nowak',
    });
    const b = item({
      id: 'b',
      allDay: false,
      start: '2027-09-06T10:30',
      end: '2027-09-06T12:00',
      coordinator: 'anna nowak',
    });
    const c = item({
      id: 'c',
      allDay: false,
      start: '2027-09-06T11:00',
      end: '2027-09-06T12:00',
      coordinator: 'Anna Nowak',
    });
    expect(clashesFor(a, [b], ctx)).toEqual([
      expect.objectContaining({ type: 'coordinator', other: expect.objectContaining({ id: 'b' }) }),
    ]);
    expect(clashesFor(a, [c], ctx)).toEqual([]);
  });

  it('marks every clashing item of a month in both directions', () => {
    const a = item({ id: 'a', start: '2027-09-01', end: '2027-09-05', partnerIds: ['duclair'] });
    const b = item({ id: 'b', start: '2027-09-04', end: '2027-09-04', partnerIds: ['duclair'] });
    const lone = item({ id: 'z', start: '2027-09-20', end: '2027-09-20', partnerIds: ['duclair'] });
    const map = findClashes([a, b, lone], ctx);
    expect(map.get(a.key)).toEqual([
      expect.objectContaining({ type: 'partner', other: expect.objectContaining({ id: 'b' }) }),
    ]);
    expect(map.get(b.key)).toEqual([
      expect.objectContaining({ type: 'partner', other: expect.objectContaining({ id: 'a' }) }),
    ]);
    expect(map.has(lone.key)).toBe(false);
  });

  it('finds for each item of a busy month the same clashes as checking it against every other item', () => {
    const people = ['Anna Nowak', 'anna nowak', 'Jan Kowalski', undefined];
    const towns = [[], ['ronnenberg'], ['duclair'], ['ronnenberg', 'jarfalla'], ['jarfalla']];
    const items = Array.from({ length: 60 }, (_, i) => {
      const day = 1 + ((i * 7) % 28);
      const timed = i % 3 === 0;
      return item({
        id: `e${i}`,
        allDay: !timed,
        start: timed
          ? `2027-08-${String(day).padStart(2, '0')}T${String(8 + (i % 5)).padStart(2, '0')}:00`
          : `2027-08-${String(day).padStart(2, '0')}`,
        end: timed
          ? `2027-08-${String(day).padStart(2, '0')}T${String(10 + (i % 4)).padStart(2, '0')}:00`
          : `2027-08-${String(Math.min(31, day + (i % 6))).padStart(2, '0')}`,
        partnerIds: towns[i % towns.length],
        coordinator: people[i % people.length],
        status: i % 11 === 0 ? 'cancelled' : 'planned',
      });
    });
    const map = findClashes(items, ctx);
    const sorted = (list: readonly object[]) => list.map((c) => JSON.stringify(c)).sort();
    let pairs = 0;
    for (const one of items) {
      const expected = one.cancelled ? [] : clashesFor(one, items, ctx);
      pairs += expected.filter((c) => c.type !== 'holiday').length;
      expect(sorted(map.get(one.key) ?? [])).toEqual(sorted(expected));
    }
    expect(pairs).toBeGreaterThan(20);
  });
});
