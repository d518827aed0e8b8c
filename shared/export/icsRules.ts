// An ICS event's repeat (RRULE, RDATE, EXDATE) as the app's stored rule when that yields exactly the dates
// ical.js yields; otherwise its occurrences, so the preview can offer them as single events.
import ICAL from 'ical.js';
import type { OccurrenceException, Recurrence, WeekdayCode } from '../domain/event';
import { weekdayCodes } from '../domain/event';
import { addDays, dayOf } from '../calendar/dates';
import { nthWeekdayOf, weekdayCode } from '../calendar/ruleDates';

/** Turns a time of this event into the app's value (`YYYY-MM-DD` or Warsaw `YYYY-MM-DDTHH:mm`). */
export type ToWall = (time: ICAL.Time) => string;

/** Occurrences offered as single events: at most this many, and none later than the horizon. */
export const MAX_SINGLES = 500;

export interface Singles {
  items: { start: string; end: string; title?: string }[];
  /** True when the series goes on past the last one listed (limit or horizon reached). */
  cut: boolean;
}

const isWeekday = (v: string): v is WeekdayCode => (weekdayCodes as readonly string[]).includes(v);

/** `2SA` → {n: 2, weekday: SA}; `SA` → {n: 0, weekday: SA}; anything else undefined. */
function byDay(value: unknown): { n: number; weekday: WeekdayCode } | undefined {
  const m = /^([+-]?\d{1,2})?([A-Z]{2})$/.exec(String(value));
  if (!m || !isWeekday(m[2]!)) return undefined;
  return { n: m[1] ? Number(m[1]) : 0, weekday: m[2] };
}

/**
 * The stored rule for the event's repeat parts, or `null` when the app cannot hold it exactly;
 * `undefined` for an event that does not repeat. `first` is the app's first start value.
 */
export function ruleOf(component: ICAL.Component, first: string, toWall: ToWall): Recurrence | null | undefined {
  const rules = component.getAllProperties('rrule');
  const rdates = component.getAllProperties('rdate').flatMap((p) => p.getValues() as unknown[]);
  if (rules.length === 0 && rdates.length === 0) return undefined;
  if (rules.length > 1) return null;
  const startTime = component.getFirstPropertyValue('dtstart');
  if (!(startTime instanceof ICAL.Time)) return null;
  const day = dayOf(first);
  // The app counts dates from the Warsaw day; a rule counted from another day (a UTC start near midnight) differs.
  if (!startTime.isDate && day !== startTime.toString().slice(0, 10)) return null;

  let rule: Recurrence;
  if (rules.length === 0) rule = { freq: 'daily', interval: 1, count: 1 };
  else {
    const value = rules[0]!.getFirstValue();
    if (!(value instanceof ICAL.Recur)) return null;
    const mapped = mapRecur(value, day);
    if (!mapped) return null;
    rule = mapped;
    if (!value.count && value.until) rule.until = untilDay(value.until, first, toWall);
  }
  if (!keepsWallClock(component, first, toWall)) return null;

  const extra: string[] = [];
  for (const v of rdates) {
    const time = v instanceof ICAL.Period ? v.start : v;
    if (!(time instanceof ICAL.Time)) return null;
    const wall = toWall(time);
    // An added date at another time of day, or before the first, is not a plain added date.
    if (wall.slice(10) !== first.slice(10) || dayOf(wall) < day) return null;
    extra.push(dayOf(wall));
  }
  if (extra.length > 0) rule.extraDates = [...new Set(extra)].sort();
  return rule;
}

function mapRecur(value: ICAL.Recur, day: string): Recurrence | null {
  const freqs: Record<string, Recurrence['freq'] | undefined> = {
    YEARLY: 'yearly',
    MONTHLY: 'monthly',
    WEEKLY: 'weekly',
    DAILY: 'daily',
  };
  let freq = freqs[value.freq];
  if (!freq) return null;
  const interval = value.interval || 1;
  if (interval > 99 || (value.count && value.count > 1000)) return null;
  const parts = Object.fromEntries(
    Object.entries(value.parts as Record<string, unknown[] | undefined>).filter(([, v]) => v && v.length > 0),
  ) as Record<string, unknown[]>;
  const month = Number(day.slice(5, 7));
  const dom = Number(day.slice(8, 10));
  const own = weekdayCode(day);
  const rule: Recurrence = { freq, interval };
  const { BYDAY, BYMONTH, BYMONTHDAY, BYSETPOS, ...rest } = parts;
  if (Object.keys(rest).length > 0) return null;
  if (BYMONTH && (freq !== 'yearly' || BYMONTH.length !== 1 || Number(BYMONTH[0]) !== month)) return null;
  if (BYMONTHDAY && (freq === 'weekly' || freq === 'daily' || BYMONTHDAY.length !== 1 || Number(BYMONTHDAY[0]) !== dom))
    return null;
  if (BYSETPOS && (BYSETPOS.length !== 1 || !BYDAY || BYDAY.length !== 1)) return null;
  if (BYDAY) {
    const days = BYDAY.map(byDay);
    if (days.some((d) => d === undefined)) return null;
    const list = days as { n: number; weekday: WeekdayCode }[];
    if (freq === 'daily') {
      // Every day but only on some weekdays is every week on those weekdays.
      if (interval !== 1 || list.some((d) => d.n !== 0)) return null;
      freq = rule.freq = 'weekly';
    }
    if (freq === 'weekly') {
      if (list.some((d) => d.n !== 0) || !list.some((d) => d.weekday === own)) return null;
      const weekdays = [...new Set(list.map((d) => d.weekday))];
      if (weekdays.length > 1) {
        rule.weekdays = weekdayCodes.filter((c) => weekdays.includes(c));
        const wkst = String(value.wkst ?? '');
        const start =
          typeof value.wkst === 'number' ? weekdayCodes[(value.wkst + 5) % 7] : isWeekday(wkst) ? wkst : undefined;
        if (start && start !== 'MO') rule.weekStart = start;
      }
    } else {
      // Monthly or yearly on the n-th weekday: "2SA", or "SA" with BYSETPOS=2.
      if (list.length !== 1 || BYMONTHDAY || (freq === 'yearly' && !BYMONTH)) return null;
      const n = BYSETPOS ? Number(BYSETPOS[0]) : list[0]!.n;
      if (!n || n < -5 || n > 5 || (BYSETPOS && list[0]!.n !== 0)) return null;
      if (nthWeekdayOf(Number(day.slice(0, 4)), month, n, list[0]!.weekday) !== day) return null;
      rule.nthWeekday = { n, weekday: list[0]!.weekday };
    }
  } else if (BYSETPOS) return null;
  if (value.count) rule.count = value.count;
  return rule;
}

/**
 * The app repeats a timed event at the same Warsaw time; a series kept in UTC (or a zone with other
 * summer-time dates) would drift by an hour, so its first occurrences (over a year) must all agree.
 */
function keepsWallClock(component: ICAL.Component, first: string, toWall: ToWall): boolean {
  if (first.length === 10) return true;
  const it = new ICAL.Event(component, { exceptions: [] }).iterator();
  for (let n = 0, next = it.next(); next && n < 60; n += 1, next = it.next()) {
    if (toWall(next).slice(11) !== first.slice(11)) return false;
  }
  return true;
}

/** The last day of a timed rule's UNTIL in Warsaw days: a day whose start is later than UNTIL drops out. */
export function untilDay(value: ICAL.Time, first: string, toWall: ToWall): string {
  if (value.isDate) return value.toString().slice(0, 10);
  const until = toWall(value);
  if (until.length > 10 && first.length > 10 && until.slice(11) < first.slice(11)) return addDays(dayOf(until), -1);
  return dayOf(until);
}

/** Every occurrence ical.js yields (EXDATE and changes applied, cancelled ones left out), up to the horizon. */
export function singlesOf(
  component: ICAL.Component,
  overrides: ICAL.Component[],
  toWall: ToWall,
  horizon: string,
): Singles {
  const event = new ICAL.Event(component, { exceptions: overrides });
  const it = event.iterator();
  const items: Singles['items'] = [];
  for (let next = it.next(), steps = 0; next; next = it.next(), steps += 1) {
    if (items.length >= MAX_SINGLES || steps > MAX_SINGLES * 4 || dayOf(toWall(next)) > horizon)
      return { items, cut: true };
    const details = event.getOccurrenceDetails(next);
    if (details.item.component.getFirstPropertyValue('status') === 'CANCELLED') continue;
    const title = details.item.summary;
    items.push({ start: toWall(details.startDate), end: toWall(details.endDate), ...(title ? { title } : {}) });
  }
  return { items, cut: false };
}

/** EXDATE days: removed from the series, except those this app wrote for a cancelled occurrence. */
export function removedAndCancelled(
  component: ICAL.Component,
  toWall: ToWall,
): { removed: string[]; cancelled: OccurrenceException[] } {
  const exdates = [
    ...new Set(
      component
        .getAllProperties('exdate')
        .flatMap((p) => p.getValues() as unknown[])
        .filter((v): v is ICAL.Time => v instanceof ICAL.Time)
        .map((v) => dayOf(toWall(v))),
    ),
  ].sort();
  const cancelledDays = new Set(
    component.getAllProperties('x-twinning-cancelled').map((p) => String(p.getFirstValue())),
  );
  return {
    removed: exdates.filter((d) => !cancelledDays.has(d)),
    cancelled: exdates.filter((d) => cancelledDays.has(d)).map((date) => ({ date, cancelled: true })),
  };
}
