// What the calendar shows: event occurrences and delegation visits in one shape, with their time span.
import type { EventKind } from '../domain/event';
import type { Visit } from '../domain/visit';
import type { Occurrence } from './recurrence';

export interface CalendarItem {
  type: 'event' | 'visit';
  /** The stored record's id. */
  id: string;
  /** Unique per appearance: a series yields one key per occurrence. */
  key: string;
  title: string;
  allDay: boolean;
  start: string;
  end: string;
  firstDay: string;
  lastDay: string;
  partnerIds: string[];
  coordinator?: string;
  status: string;
  cancelled: boolean;
  kind?: EventKind;
  /** The country of the venue, if given. */
  placeCountry?: string;
  occurrence?: Occurrence;
}

export function itemFromOccurrence(o: Occurrence): CalendarItem {
  return {
    type: 'event',
    id: o.event.id,
    key: `event:${o.event.id}:${o.key}`,
    title: o.title,
    allDay: o.event.allDay,
    start: o.start,
    end: o.end,
    firstDay: o.firstDay,
    lastDay: o.lastDay,
    partnerIds: o.event.partnerIds ?? [],
    coordinator: o.event.coordinator?.trim() || undefined,
    status: o.status,
    cancelled: o.cancelled || o.status === 'cancelled',
    kind: o.event.kind,
    placeCountry: o.event.place?.country,
    occurrence: o,
  };
}

export function itemFromVisit(v: Visit): CalendarItem {
  return {
    type: 'visit',
    id: v.id,
    key: `visit:${v.id}`,
    title: v.title,
    allDay: true,
    start: v.start,
    end: v.end,
    firstDay: v.start,
    lastDay: v.end,
    partnerIds: v.partnerIds,
    status: v.status,
    cancelled: v.status === 'cancelled',
  };
}

/** The item's span as comparable wall-clock strings: all-day items cover whole days. */
export function spanOf(
  item: Pick<CalendarItem, 'allDay' | 'start' | 'end' | 'firstDay' | 'lastDay'>,
): [string, string] {
  if (item.allDay || item.start.length === 10) return [`${item.firstDay}T00:00`, `${item.lastDay}T24:00`];
  return [item.start, item.end];
}

export function itemsOverlap(a: CalendarItem, b: CalendarItem): boolean {
  const [as, ae] = spanOf(a);
  const [bs, be] = spanOf(b);
  if (as === ae || bs === be) return as <= be && bs <= ae;
  return as < be && bs < ae;
}
