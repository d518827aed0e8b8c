import { describe, expect, it } from 'vitest';
import type { ProgrammeItem } from '../../../shared/domain';
import {
  copyProgramme,
  findOverlaps,
  groupByDay,
  itemsOverlap,
  moveWithinDay,
  sortByTime,
} from '../../../shared/visits/programme';

const item = (id: string, from: string, to: string): ProgrammeItem => ({ id, from, to, activity: id });

describe('the programme overlap rule', () => {
  it('flags two items of which one starts before the other ends', () => {
    const items = [
      item('a', '2027-05-12T10:00', '2027-05-12T11:00'),
      item('b', '2027-05-12T10:30', '2027-05-12T12:00'),
    ];
    expect(findOverlaps(items)).toEqual(new Set(['a', 'b']));
  });

  it('does not flag items that only touch at their ends', () => {
    expect(
      itemsOverlap(
        item('a', '2027-05-12T10:00', '2027-05-12T11:00'),
        item('b', '2027-05-12T11:00', '2027-05-12T12:00'),
      ),
    ).toBe(false);
    expect(
      findOverlaps([
        item('a', '2027-05-12T10:00', '2027-05-12T11:00'),
        item('b', '2027-05-12T11:00', '2027-05-12T12:00'),
      ]).size,
    ).toBe(0);
  });

  it('flags an item inside a long one and leaves the unrelated ones alone, whatever the order', () => {
    const items = [
      item('lunch', '2027-05-12T12:00', '2027-05-12T13:00'),
      item('tour', '2027-05-12T09:00', '2027-05-12T16:00'),
      item('dinner', '2027-05-12T18:00', '2027-05-12T20:00'),
      item('nextDay', '2027-05-13T12:00', '2027-05-13T13:00'),
    ];
    expect(findOverlaps(items)).toEqual(new Set(['lunch', 'tour']));
  });

  it('flags items that cross midnight into the next day', () => {
    const items = [
      item('party', '2027-05-12T20:00', '2027-05-13T01:00'),
      item('early', '2027-05-13T00:30', '2027-05-13T02:00'),
    ];
    expect(findOverlaps(items)).toEqual(new Set(['party', 'early']));
  });
});

describe('programme days and order', () => {
  const items = [
    item('b', '2027-05-13T09:00', '2027-05-13T10:00'),
    item('a2', '2027-05-12T12:00', '2027-05-12T13:00'),
    item('a1', '2027-05-12T10:00', '2027-05-12T11:00'),
  ];

  it('groups by day in date order and keeps the office’s order within a day', () => {
    expect(groupByDay(items).map((d) => [d.date, d.items.map((i) => i.id)])).toEqual([
      ['2027-05-12', ['a2', 'a1']],
      ['2027-05-13', ['b']],
    ]);
  });

  it('moves an item within its own day only', () => {
    expect(moveWithinDay(items, 'a1', -1).map((i) => i.id)).toEqual(['b', 'a1', 'a2']);
    expect(moveWithinDay(items, 'b', 1).map((i) => i.id)).toEqual(['b', 'a2', 'a1']);
  });

  it('sorts by time on request', () => {
    expect(sortByTime(items).map((i) => i.id)).toEqual(['a1', 'a2', 'b']);
  });

  it('copies an earlier programme to new dates, keeping times and giving fresh ids', () => {
    let n = 0;
    const copied = copyProgramme(items, '2027-05-12', '2027-06-01', () => `new-${++n}`);
    expect(copied.map((i) => [i.id, i.from, i.to])).toEqual([
      ['new-1', '2027-06-02T09:00', '2027-06-02T10:00'],
      ['new-2', '2027-06-01T12:00', '2027-06-01T13:00'],
      ['new-3', '2027-06-01T10:00', '2027-06-01T11:00'],
    ]);
  });
});
