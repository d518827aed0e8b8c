// How far back a range read of the calendar looks: the span of the longest single event a desk holds.
import { daysBetween, lastDayOf } from './dates';

/** The setting that stores the span (renderer/db/repositories/events.ts raises it on every write). */
export const MAX_SPAN_KEY = 'calendar.maxEventSpanDays';

/** Days from an event's first day to its last. */
export const spanDays = (e: { start: string; end: string }) => daysBetween(e.start, lastDayOf(e.start, e.end));
