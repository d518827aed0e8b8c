// Multi-day items as bars: cut at the edges of a row of days, each piece given the lowest free lane.
import type { CalendarItem } from '../../../shared/calendar/items';

/** One piece of a multi-day item inside a row of days. */
export interface Bar {
  item: CalendarItem;
  /** The row's day where this piece starts (the item's first day, or the row's first day when it began before). */
  day: string;
  /** How many of the row's days it covers. */
  span: number;
  /** Its line from the top, shared by every day it covers. */
  lane: number;
  /** It began before the row (drawn with a mark at its left cut). */
  before: boolean;
  /** It goes on after the row (a mark at its right cut). */
  after: boolean;
}

export interface RowBars {
  /** Lines the row draws for its bars (at most the limit asked for). */
  lanes: number;
  /** Bars by the day they start on in this row (only those within the drawn lines). */
  byDay: Map<string, Bar[]>;
  /** By day: how many bars cover it in lines beyond the limit (counted in the day's "+N more"). */
  hidden: Map<string, number>;
  /** Keys of the items drawn as bars (not repeated as chips in the days). */
  keys: Set<string>;
}

export const isMultiDay = (item: CalendarItem): boolean => item.lastDay > item.firstDay;

/**
 * The bars of a row of consecutive days (`days` in order), longest first where they start together. With `maxLanes`,
 * bars that fall in lines beyond it are not drawn but counted in each day they cover.
 */
export function rowBars(items: readonly CalendarItem[], days: readonly string[], maxLanes = Infinity): RowBars {
  const first = days[0]!;
  const last = days[days.length - 1]!;
  const pieces = items
    .filter((i) => isMultiDay(i) && i.firstDay <= last && i.lastDay >= first)
    .map((item) => {
      const from = item.firstDay < first ? first : item.firstDay;
      const to = item.lastDay > last ? last : item.lastDay;
      return { item, from, to, start: days.indexOf(from), end: days.indexOf(to) };
    })
    .sort((a, b) => a.start - b.start || b.end - a.end || a.item.key.localeCompare(b.item.key));
  const laneEnds: number[] = [];
  const byDay = new Map<string, Bar[]>();
  const hidden = new Map<string, number>();
  for (const p of pieces) {
    let lane = laneEnds.findIndex((end) => end < p.start);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = p.end;
    if (lane >= maxLanes) {
      for (const day of days.slice(p.start, p.end + 1)) hidden.set(day, (hidden.get(day) ?? 0) + 1);
      continue;
    }
    const bar: Bar = {
      item: p.item,
      day: p.from,
      span: p.end - p.start + 1,
      lane,
      before: p.item.firstDay < first,
      after: p.item.lastDay > last,
    };
    const list = byDay.get(p.from);
    if (list) list.push(bar);
    else byDay.set(p.from, [bar]);
  }
  return {
    lanes: Math.min(laneEnds.length, maxLanes),
    byDay,
    hidden,
    keys: new Set(pieces.map((p) => p.item.key)),
  };
}
