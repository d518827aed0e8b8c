// Reads a partner's ICS file with ical.js into plain events for the import preview; a malformed
// file is refused as a whole (IcsReadError) so nothing half-read is ever stored.
import ICAL from 'ical.js';
import type { EventKind, Recurrence } from '../domain/event';
import { eventKinds } from '../domain/event';
import { addDays, dayOf } from '../calendar/dates';
import { utcMsToWarsaw } from '../calendar/warsaw';

export interface ImportedEvent {
  uid: string;
  title: string;
  allDay: boolean;
  /** `YYYY-MM-DD` or Warsaw wall clock `YYYY-MM-DDTHH:mm`. */
  start: string;
  /** Inclusive last day (all-day) or end instant (timed), like stored events. */
  end: string;
  location?: string;
  description?: string;
  categories: string[];
  /** The kind written by Twinning Desk itself (X-TWINNING-KIND), when present. */
  kind?: EventKind;
  recurrence?: Recurrence;
  /** Original start dates excluded from the series. */
  exdates: string[];
}

export type IcsReadErrorCode = 'malformed' | 'empty' | 'tooMany';

export class IcsReadError extends Error {
  constructor(readonly code: IcsReadErrorCode, detail?: string) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'IcsReadError';
  }
}

export const MAX_IMPORTED_EVENTS = 5000;

function wallClock(time: ICAL.Time): string {
  if (time.isDate) return time.toString().slice(0, 10);
  const tzid = time.zone?.tzid;
  // Floating times (no zone) are taken as written; zoned and UTC ones are converted to Warsaw.
  if (!tzid || tzid === 'floating') return time.toString().slice(0, 16);
  return utcMsToWarsaw(time.toUnixTime() * 1000);
}

function recurrenceOf(component: ICAL.Component, allDay: boolean): Recurrence | undefined {
  const value = component.getFirstPropertyValue('rrule');
  if (!(value instanceof ICAL.Recur)) return undefined;
  const freq = ({ YEARLY: 'yearly', MONTHLY: 'monthly', WEEKLY: 'weekly' } as const)[value.freq as 'YEARLY'];
  if (!freq) return undefined;
  const until = value.until ? (allDay || value.until.isDate ? value.until.toString().slice(0, 10) : dayOf(wallClock(value.until))) : undefined;
  return {
    freq,
    interval: Math.min(99, Math.max(1, value.interval || 1)),
    ...(value.count ? { count: Math.min(1000, value.count) } : until ? { until } : {}),
  };
}

function readEvent(component: ICAL.Component, index: number): ImportedEvent {
  const event = new ICAL.Event(component);
  const startTime = event.startDate;
  if (!startTime) throw new IcsReadError('malformed', `event ${index + 1} has no DTSTART`);
  const allDay = startTime.isDate;
  const start = wallClock(startTime);
  let end: string;
  const endTime = component.hasProperty('dtend') || component.hasProperty('duration') ? event.endDate : undefined;
  if (!endTime) end = start;
  else if (allDay) end = endTime.isDate && wallClock(endTime) > start ? addDays(wallClock(endTime), -1) : start;
  else end = wallClock(endTime);
  if (end < start) throw new IcsReadError('malformed', `event ${index + 1} ends before it starts`);
  const text = (name: string): string | undefined => {
    const v = component.getFirstPropertyValue(name);
    return typeof v === 'string' && v.trim() ? v.trim() : undefined;
  };
  const kind = text('x-twinning-kind');
  const exdates = component
    .getAllProperties('exdate')
    .flatMap((p) => p.getValues())
    .filter((v): v is ICAL.Time => v instanceof ICAL.Time)
    .map((v) => dayOf(wallClock(v)));
  return {
    uid: text('uid') ?? `imported-${index + 1}`,
    title: (text('summary') ?? '').slice(0, 300),
    allDay,
    start,
    end,
    location: text('location'),
    description: text('description'),
    categories: component
      .getAllProperties('categories')
      .flatMap((p) => p.getValues())
      .filter((v): v is string => typeof v === 'string'),
    kind: (eventKinds as readonly string[]).includes(kind ?? '') ? (kind as EventKind) : undefined,
    recurrence: recurrenceOf(component, allDay),
    exdates,
  };
}

/** Every VEVENT of an ICS text (changed occurrences, i.e. RECURRENCE-ID, are left to their series). */
export function readIcs(text: string): ImportedEvent[] {
  let root: ICAL.Component;
  try {
    const parsed: unknown = ICAL.parse(text.replace(/^\uFEFF/, ''));
    root = new ICAL.Component(parsed as ConstructorParameters<typeof ICAL.Component>[0]);
  } catch (error) {
    throw new IcsReadError('malformed', error instanceof Error ? error.message : undefined);
  }
  if (root.name !== 'vcalendar') throw new IcsReadError('malformed', 'no VCALENDAR');
  for (const tz of root.getAllSubcomponents('vtimezone')) {
    try {
      ICAL.TimezoneService.register(tz);
    } catch {
      throw new IcsReadError('malformed', 'bad VTIMEZONE');
    }
  }
  const components = root.getAllSubcomponents('vevent').filter((c) => !c.hasProperty('recurrence-id'));
  if (components.length === 0) throw new IcsReadError('empty');
  if (components.length > MAX_IMPORTED_EVENTS) throw new IcsReadError('tooMany');
  try {
    return components.map(readEvent);
  } catch (error) {
    if (error instanceof IcsReadError) throw error;
    throw new IcsReadError('malformed', error instanceof Error ? error.message : undefined);
  }
}
