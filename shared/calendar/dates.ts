// Calendar-date arithmetic on `YYYY-MM-DD` strings (no time zone involved) and event day spans.

/** The date part of `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`. */
export const dayOf = (value: string): string => value.slice(0, 10);

/** The time part `HH:mm` of a timed value, undefined for a plain date. */
export const timeOf = (value: string): string | undefined => (value.length > 10 ? value.slice(11, 16) : undefined);

const toUtc = (date: string): number =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));

const fromUtc = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  return fromUtc(toUtc(date) + days * 86_400_000);
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(dayOf(b)) - toUtc(dayOf(a))) / 86_400_000);
}

/** Monday = 1 … Sunday = 7. */
export function isoWeekday(date: string): number {
  const d = new Date(toUtc(date)).getUTCDay();
  return d === 0 ? 7 : d;
}

/** The same wall-clock value moved by whole days (the time of day is kept). */
export function shiftValue(value: string, days: number): string {
  return addDays(dayOf(value), days) + value.slice(10);
}

/** Builds `YYYY-MM-DD`, or undefined when the day does not exist in that month (31 April, 29 February). */
export function makeDate(year: number, month: number, day: number): string | undefined {
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  if (year < 1 || year > 9999) return undefined;
  return fromUtc(ms);
}

/**
 * The last calendar day an event occupies: the inclusive end date for all-day events; for timed
 * events the end's day, or the day before when it ends exactly at midnight.
 */
export function lastDayOf(start: string, end: string): string {
  if (end.length === 10) return end;
  const day = dayOf(end);
  if (timeOf(end) === '00:00' && day > dayOf(start)) return addDays(day, -1);
  return day;
}

/** Every date from `from` to `to`, both included. */
export function eachDay(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) days.push(d);
  return days;
}
