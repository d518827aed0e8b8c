// The occurrences of a camp: a one-off event has one; a yearly (or monthly/weekly) series has one per
// period, keyed by its original start date, with the calendar's exceptions (moved, cancelled) applied.
import { addDays, addMonths, addWeeks, addYears, differenceInCalendarDays, format, parseISO } from 'date-fns';
import type { CalendarEvent } from '../domain';
import { seriesDates } from '../calendar/recurrence';
import { isPlainRule } from '../calendar/ruleDates';

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
  if (rule.freq === 'daily' || !isPlainRule(rule)) {
    // Days, several weekdays, n-th weekdays, added or removed dates: the calendar's own series dates.
    return seriesDates(event, untilDay)
      .slice(0, 1000)
      .map((key) => build(event, key, length));
  }
  const step = { yearly: addYears, monthly: addMonths, weekly: addWeeks }[rule.freq];
  const out: Occurrence[] = [];
  for (let n = 0; n < (rule.count ?? 1000); n++) {
    const key = iso(step(parseISO(first), n * rule.interval));
    if (key > untilDay || (rule.until && key > rule.until)) break;
    out.push(build(event, key, length));
  }
  return out;
}

/** The occurrence stored under `key`, or undefined when the series has none there. */
export function findOccurrence(event: CalendarEvent, key: string): Occurrence | undefined {
  return listOccurrences(event, key).find((o) => o.key === key);
}

/** Number of days, first and last included. */
export function occurrenceDays(o: { start: string; end: string }): number {
  return differenceInCalendarDays(parseISO(o.end), parseISO(o.start)) + 1;
}
