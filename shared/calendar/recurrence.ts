// Expands a stored event (single or a series of any stored rule) into its occurrences in a day range.
// Works on Europe/Warsaw wall-clock strings, so a 09:00 meeting stays at 09:00 across DST changes.
import type { CalendarEvent, EventStatus, OccurrenceException } from '../domain/event';
import { addDays, daysBetween, dayOf, lastDayOf, shiftValue } from './dates';
import { ruleDates } from './ruleDates';

/** One concrete appearance of an event in the calendar. */
export interface Occurrence {
  event: CalendarEvent;
  /** The occurrence's original start date: the key of its exception, if any. */
  key: string;
  start: string;
  end: string;
  /** First and last calendar day it occupies. */
  firstDay: string;
  lastDay: string;
  title: string;
  status: EventStatus;
  /** 0 for the series' first occurrence (and for single events). */
  index: number;
  cancelled: boolean;
  /** True when this occurrence carries its own changes (an exception). */
  changed: boolean;
}

export interface ExpandOptions {
  /** Keep cancelled occurrences (flagged) instead of dropping them. */
  includeCancelled?: boolean;
}

export { nthDate } from './ruleDates';

function occurrence(event: CalendarEvent, key: string, index: number, exception?: OccurrenceException): Occurrence {
  const shift = daysBetween(event.start, key);
  const start = exception?.start ?? shiftValue(event.start, shift);
  const end = exception?.end ?? shiftValue(event.end, shift);
  return {
    event,
    key,
    start,
    end,
    firstDay: dayOf(start),
    lastDay: lastDayOf(start, end),
    title: exception?.title ?? event.title,
    status: exception?.cancelled ? 'cancelled' : (exception?.status ?? event.status),
    index,
    cancelled: exception?.cancelled ?? false,
    changed: exception !== undefined,
  };
}

/** The original start dates of a series (all of them up to `to`), honouring its whole rule. */
export function seriesDates(event: CalendarEvent, to: string): string[] {
  const rule = event.recurrence;
  const first = dayOf(event.start);
  if (!rule || event.series !== 1) return first <= to ? [first] : [];
  return ruleDates(first, rule, to);
}

/** Occurrences of `event` that touch the days `from`–`to` (inclusive), in date order. */
export function expandEvent(event: CalendarEvent, from: string, to: string, options: ExpandOptions = {}): Occurrence[] {
  const exceptions = new Map((event.exceptions ?? []).map((x) => [x.date, x]));
  const span = daysBetween(event.start, lastDayOf(event.start, event.end));
  const result: Occurrence[] = [];
  // Occurrences moved by an exception may leave their slot; look a little further both ways.
  const slack = Math.max(
    span,
    ...[...exceptions.values()].map((x) => (x.start ? Math.abs(daysBetween(x.date, x.start)) + span + 1 : 0)),
  );
  const dates = seriesDates(event, addDays(to, slack));
  dates.forEach((key, index) => {
    if (addDays(key, span + slack) < from) return;
    const occ = occurrence(event, key, index, exceptions.get(key));
    if (occ.cancelled && !options.includeCancelled) return;
    if (occ.firstDay <= to && occ.lastDay >= from) result.push(occ);
  });
  return result.sort((a, b) => a.start.localeCompare(b.start));
}

/** Expands many events into one list sorted by start. */
export function expandEvents(
  events: readonly CalendarEvent[],
  from: string,
  to: string,
  options: ExpandOptions = {},
): Occurrence[] {
  return events
    .flatMap((e) => expandEvent(e, from, to, options))
    .sort((a, b) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title));
}
