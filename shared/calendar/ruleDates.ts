// The dates a repeat rule yields (RFC 5545 semantics for the parts the app stores): every n days, weeks on
// several weekdays, the n-th weekday of a month, day numbers of months and years; plus added and removed dates.
import type { Recurrence, WeekdayCode } from '../domain/event';
import { weekdayCodes } from '../domain/event';
import { addDays, isoWeekday, makeDate } from './dates';

/** Safety net: no series yields more than this many candidate dates in one expansion. */
export const MAX_STEPS = 100_000;

/** Monday = 1 … Sunday = 7, as `isoWeekday` counts. */
export const weekdayNumber = (code: WeekdayCode): number => weekdayCodes.indexOf(code) + 1;
export const weekdayCode = (date: string): WeekdayCode => weekdayCodes[isoWeekday(date) - 1]!;

/** The n-th (1…5, or -1…-5 from the end) `weekday` of a month, or undefined when the month has none. */
export function nthWeekdayOf(year: number, month: number, n: number, weekday: WeekdayCode): string | undefined {
  const first = makeDate(year, month, 1);
  if (!first) return undefined;
  const wanted = weekdayNumber(weekday);
  if (n > 0) {
    const day = 1 + ((wanted - isoWeekday(first) + 7) % 7) + (n - 1) * 7;
    return makeDate(year, month, day);
  }
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const last = makeDate(year, month, lastDay)!;
  const day = lastDay - ((isoWeekday(last) - wanted + 7) % 7) + (n + 1) * 7;
  return day >= 1 ? makeDate(year, month, day) : undefined;
}

/** The n-th candidate start date of a plain series, or undefined when that day does not exist (31 June). */
export function nthDate(
  first: string,
  freq: 'yearly' | 'monthly' | 'weekly' | 'daily',
  step: number,
): string | undefined {
  const y = Number(first.slice(0, 4));
  const m = Number(first.slice(5, 7));
  const d = Number(first.slice(8, 10));
  switch (freq) {
    case 'yearly':
      return makeDate(y + step, m, d);
    case 'monthly': {
      const months = m - 1 + step;
      return makeDate(y + Math.floor(months / 12), (months % 12) + 1, d);
    }
    case 'weekly':
      return addDays(first, 7 * step);
    case 'daily':
      return addDays(first, step);
  }
}

/** True for a rule the plain n-th date walk covers (one date per period, on the first date's day). */
export const isPlainRule = (rule: Recurrence): boolean =>
  !rule.weekdays && !rule.nthWeekday && !rule.extraDates?.length && !rule.removedDates?.length;

/** The candidate dates of period `n` (before count, until and the first date apply), in order. */
function periodDates(first: string, rule: Recurrence, n: number): (string | undefined)[] {
  const interval = rule.interval ?? 1;
  if (rule.freq === 'weekly' && rule.weekdays) {
    const weekStart = weekdayNumber(rule.weekStart ?? 'MO');
    const periodStart = addDays(first, -((isoWeekday(first) - weekStart + 7) % 7) + 7 * n * interval);
    return rule.weekdays
      .map((code) => (weekdayNumber(code) - weekStart + 7) % 7)
      .sort((a, b) => a - b)
      .map((offset) => addDays(periodStart, offset));
  }
  if (rule.nthWeekday && (rule.freq === 'monthly' || rule.freq === 'yearly')) {
    const months = Number(first.slice(5, 7)) - 1 + n * interval * (rule.freq === 'yearly' ? 12 : 1);
    const year = Number(first.slice(0, 4)) + Math.floor(months / 12);
    if (year > 9999) return [];
    return [nthWeekdayOf(year, (months % 12) + 1, rule.nthWeekday.n, rule.nthWeekday.weekday)];
  }
  if (rule.freq === 'yearly' || rule.freq === 'monthly') {
    const years = (n * interval) / (rule.freq === 'monthly' ? 12 : 1);
    if (Number(first.slice(0, 4)) + years > 9999) return [];
  }
  return [nthDate(first, rule.freq, n * interval)];
}

/**
 * The start dates of a series up to `to` (inclusive): the rule's dates from `first` (always its first
 * date, counted), limited by until and count, with the added dates and without the removed ones.
 */
export function ruleDates(first: string, rule: Recurrence, to: string): string[] {
  const dates: string[] = [];
  let made = 0;
  let done = false;
  for (let n = 0; n < MAX_STEPS && !done; n += 1) {
    const candidates = periodDates(first, rule, n);
    if (candidates.length === 0) break;
    for (const date of candidates) {
      if (date === undefined || date < first) continue;
      if (date > to || (rule.until !== undefined && date > rule.until) || date > '9999-12-31') {
        done = true;
        break;
      }
      if (rule.count !== undefined && made >= rule.count) {
        done = true;
        break;
      }
      made += 1;
      dates.push(date);
    }
  }
  if (isPlainRule(rule)) return dates;
  const removed = new Set(rule.removedDates ?? []);
  const all = new Set([...dates, ...(rule.extraDates ?? []).filter((d) => d <= to && d >= first)]);
  return [...all].filter((d) => !removed.has(d)).sort();
}
