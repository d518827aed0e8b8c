// The occurrences of a camp: a one-off event has one; a yearly (or monthly/weekly) series has one per
// period, keyed by its original start date, with the calendar's exceptions (moved, cancelled) applied.
import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import type { CalendarEvent } from '../domain';
import { seriesDates } from '../calendar/recurrence';

export interface Occurrence {
  eventId: string;
  /** The original start date: the key participants and rooms are stored under. */
  key: string;
  /** First and last day (`YYYY-MM-DD`, inclusive), after exceptions. */
  start: string;
  end: string;
  title: string;
  cancelled: boolean;
}

const day = (value: string) => value.slice(0, 10);
const iso = (d: Date) => format(d, 'yyyy-MM-dd');

function build(event: CalendarEvent, key: string, length: number): Occurrence {
  const ex = event.exceptions.find((e) => e.date === key);
  const start = ex?.start ? day(ex.start) : key;
  const end = ex?.end ? day(ex.end) : iso(addDays(parseISO(key), length));
  return { eventId: event.id, key, start, end, title: ex?.title ?? event.title, cancelled: ex?.cancelled ?? false };
}

/** Every occurrence whose original start is on or before `untilDay`, oldest first (at most 1000). */
export function listOccurrences(event: CalendarEvent, untilDay: string): Occurrence[] {
  const first = day(event.start);
  const length = differenceInCalendarDays(parseISO(day(event.end)), parseISO(first));
  const rule = event.recurrence;
  if (!rule) return [build(event, first, length)];
  // The calendar's own series dates, so a camp's occurrences are the calendar's (a monthly series on the
  // 31st skips the shorter months in both).
  return seriesDates(event, untilDay)
    .slice(0, 1000)
    .map((key) => build(event, key, length));
}

/** The occurrence stored under `key`, or undefined when the series has none there. */
export function findOccurrence(event: CalendarEvent, key: string): Occurrence | undefined {
  return listOccurrences(event, key).find((o) => o.key === key);
}

/** Number of days, first and last included. */
export function occurrenceDays(o: { start: string; end: string }): number {
  return differenceInCalendarDays(parseISO(o.end), parseISO(o.start)) + 1;
}
