// The day an event last took place on or before a given day: the calendar's own occurrences (skipped
// 29 February, cancelled and moved occurrences honoured), found without expanding decades of a series.
import type { CalendarEvent } from '../domain/event';
import { daysBetween, dayOf } from './dates';
import { seriesDates } from './recurrence';
import { isPlainRule, nthDate } from './ruleDates';

/** Bounds the walk back over cancelled or non-existent dates (a weekly series cancelled for 190 years). */
const MAX_STEPS_BACK = 10_000;

/**
 * The first day of the latest occurrence held on or before `day`, or undefined when none was.
 * An occurrence is not held when it is cancelled (or its status is); a moved one counts where it went.
 */
export function lastHeldOnOrBefore(event: CalendarEvent, day: string): string | undefined {
  const exceptions = new Map((event.exceptions ?? []).map((x) => [x.date, x]));
  const rule = event.series === 1 ? event.recurrence : undefined;
  const first = dayOf(event.start);
  let latest: string | undefined;
  /** Notes the occurrence of `key`; true when it is a plain occurrence, so nothing earlier can be later. */
  const consider = (key: string): boolean => {
    const x = exceptions.get(key);
    if (x?.cancelled || x?.status === 'cancelled') return false;
    const held = x?.start ? dayOf(x.start) : key;
    if (held <= day && (latest === undefined || held > latest)) latest = held;
    return x?.start === undefined && held <= day;
  };

  if (!rule) {
    consider(first);
    return latest;
  }
  // A series with a count is short: its dates are listed (skipped days do not count towards it).
  const interval = rule.interval ?? 1;
  const listed = rule.count !== undefined || !isPlainRule(rule);
  const inSeries = listed ? new Set(seriesDates(event, rule.count !== undefined ? '9999-12-31' : day)) : undefined;
  const isSeriesDate = (key: string) =>
    inSeries ? inSeries.has(key) : key >= first && (rule.until === undefined || key <= rule.until);

  // Occurrences moved to before `day` from a later slot.
  for (const x of exceptions.values()) if (x.start && isSeriesDate(x.date)) consider(x.date);

  const bound = rule.until !== undefined && rule.until < day ? rule.until : day;
  if (bound < first) return latest;
  const months =
    (Number(bound.slice(0, 4)) - Number(first.slice(0, 4))) * 12 +
    Number(bound.slice(5, 7)) -
    Number(first.slice(5, 7));
  if (inSeries && !isPlainRule(rule)) {
    // Weekdays, n-th weekdays, added or removed dates: walk the listed dates back.
    const keys = [...inSeries].filter((key) => key <= bound).reverse();
    for (const key of keys.slice(0, MAX_STEPS_BACK)) if (consider(key)) break;
    return latest;
  }
  const periods =
    rule.freq === 'daily'
      ? daysBetween(first, bound)
      : rule.freq === 'weekly'
        ? Math.floor(daysBetween(first, bound) / 7)
        : rule.freq === 'yearly'
          ? Math.floor(months / 12)
          : months;
  for (let n = Math.floor(periods / interval), steps = 0; n >= 0 && steps < MAX_STEPS_BACK; n -= 1, steps += 1) {
    const key = nthDate(first, rule.freq, n * interval);
    if (key === undefined || key > bound || !isSeriesDate(key)) continue;
    if (consider(key)) break;
  }
  return latest;
}
