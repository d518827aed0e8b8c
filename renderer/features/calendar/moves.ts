// Where a dragged event lands: its new start and end from the day (or hour) grabbed and the one dropped on.
import { addMinutes, differenceInMinutes, format, parseISO } from 'date-fns';
import type { CalendarEvent } from '../../../shared/domain';
import { weekdayCodes } from '../../../shared/domain';
import { addDays, daysBetween, shiftValue } from '../../../shared/calendar/dates';

/** A place in the grids: a day, or an hour of a day (`HH:mm`) in the week view. */
export interface Spot {
  day: string;
  time?: string;
}

export interface Span {
  start: string;
  end: string;
}

const timed = (v: string) => v.length > 10;
const at = (s: Spot) => `${s.day}T${s.time ?? '00:00'}`;
const minutesBetween = (a: string, b: string) => differenceInMinutes(parseISO(b), parseISO(a));
const plusMinutes = (v: string, m: number) => format(addMinutes(parseISO(v), m), "yyyy-MM-dd'T'HH:mm");

/** A value moved by whole days (dates) or minutes (date-times). */
function shift(value: string, days: number, minutes: number): string {
  return timed(value) ? plusMinutes(shiftValue(value, days), minutes) : addDays(value, days);
}

/**
 * The span after a drag: `move` keeps the length (hours move only between hours of the week view), `end`
 * sets the last day (or the end hour). Undefined when nothing changes or the end would come before the start.
 */
export function dragged(span: Span, grab: Spot, drop: Spot, edge: 'move' | 'end'): Span | undefined {
  const hours = timed(span.start) && grab.time !== undefined && drop.time !== undefined;
  if (edge === 'move') {
    const days = hours ? 0 : daysBetween(grab.day, drop.day);
    const minutes = hours ? minutesBetween(at(grab), at(drop)) : 0;
    if (days === 0 && minutes === 0) return undefined;
    return { start: shift(span.start, days, minutes), end: shift(span.end, days, minutes) };
  }
  const end = timed(span.end) ? (drop.time ? plusMinutes(at(drop), 60) : `${drop.day}${span.end.slice(10)}`) : drop.day;
  if (end === span.end || end <= span.start) return undefined;
  return { start: span.start, end };
}

/** How far a span's start and end moved: whole days for dates, minutes for date-times. */
function delta(from: string, to: string): { days: number; minutes: number } {
  return timed(from) ? { days: 0, minutes: minutesBetween(from, to) } : { days: daysBetween(from, to), minutes: 0 };
}

/** The whole series moved as its one occurrence was: the same shift of its start and end, weekdays following. */
export function seriesMoved(event: CalendarEvent, before: Span, after: Span): CalendarEvent {
  const s = delta(before.start, after.start);
  const e = delta(before.end, after.end);
  const start = shift(event.start, s.days, s.minutes);
  const end = shift(event.end, e.days, e.minutes);
  const turn = ((daysBetween(event.start.slice(0, 10), start.slice(0, 10)) % 7) + 7) % 7;
  const r = event.recurrence;
  const recurrence =
    r && turn && r.weekdays
      ? { ...r, weekdays: r.weekdays.map((d) => weekdayCodes[(weekdayCodes.indexOf(d) + turn) % 7]!) }
      : r;
  return { ...event, start, end, recurrence };
}
