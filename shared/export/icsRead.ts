// Reads a partner's ICS file with ical.js into plain events for the import preview; a malformed
// file is refused as a whole (IcsReadError) so nothing half-read is ever stored.
import ICAL from 'ical.js';
import type { EventKind, EventStatus, OccurrenceException, Recurrence } from '../domain/event';
import { eventKinds } from '../domain/event';
import { addDays, daysBetween, dayOf, shiftValue } from '../calendar/dates';
import { utcMsToWarsaw } from '../calendar/warsaw';

/**
 * What the preview must tell the user: `ruleNotStored` = the file repeats the event in a way the app's
 * recurrence model cannot hold, so only the first occurrence is imported; `detachedOccurrence` = a changed
 * occurrence whose series is not in the file, imported as a single event.
 */
export type ImportNote = 'ruleNotStored' | 'detachedOccurrence';

export interface ImportedEvent {
  /** The file's UID (absent when the file has none). */
  uid?: string;
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
  /** From STATUS (TENTATIVE → planned, CONFIRMED → confirmed, CANCELLED → cancelled), when given. */
  status?: EventStatus;
  /** Only a rule the app stores exactly; see `notes` for the others. */
  recurrence?: Recurrence;
  /** Cancelled (EXDATE, STATUS:CANCELLED) and changed (RECURRENCE-ID) occurrences, keyed by original date. */
  exceptions: OccurrenceException[];
  notes: ImportNote[];
}

export type IcsReadErrorCode = 'malformed' | 'empty' | 'tooMany';

export class IcsReadError extends Error {
  constructor(
    readonly code: IcsReadErrorCode,
    detail?: string,
  ) {
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

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];
/** BY-parts the app can hold only when they just restate DTSTART's own day, weekday or month. */
const RESTATING_PARTS = new Set(['BYDAY', 'BYMONTHDAY', 'BYMONTH']);

/**
 * The app repeats a timed event at the same Warsaw time; a series kept in UTC (or a zone with other
 * summer-time dates) would drift by an hour, so its first occurrences (over a year) must all agree.
 */
function keepsWallClock(component: ICAL.Component, start: string): boolean {
  if (start.length === 10) return true;
  const it = new ICAL.Event(component).iterator();
  for (let n = 0, next = it.next(); next && n < 60; n += 1, next = it.next()) {
    if (wallClock(next).slice(11) !== start.slice(11)) return false;
  }
  return true;
}

/**
 * The app's rule for an RRULE when it means exactly the same dates (yearly/monthly/weekly from DTSTART,
 * interval, until or count); `null` when the app cannot store it, `undefined` when there is no rule.
 */
function recurrenceOf(component: ICAL.Component, startTime: ICAL.Time, start: string): Recurrence | null | undefined {
  const rules = component.getAllProperties('rrule');
  if (rules.length === 0) return undefined;
  const value = rules[0]!.getFirstValue();
  if (rules.length > 1 || component.hasProperty('rdate') || !(value instanceof ICAL.Recur)) return null;
  const freqs: Record<string, Recurrence['freq'] | undefined> = {
    YEARLY: 'yearly',
    MONTHLY: 'monthly',
    WEEKLY: 'weekly',
  };
  const freq = freqs[value.freq];
  if (!freq) return null;
  // Monthly/yearly dates are counted from the Warsaw day; it must be the file's own day too.
  if (freq !== 'weekly' && dayOf(start) !== startTime.toString().slice(0, 10)) return null;
  const own: Record<string, string> = {
    BYDAY: WEEKDAYS[startTime.dayOfWeek() - 1]!,
    BYMONTHDAY: String(startTime.day),
    BYMONTH: String(startTime.month),
  };
  for (const [part, values] of Object.entries(value.parts as Record<string, unknown[]>)) {
    if (!values || values.length === 0) continue;
    if (!RESTATING_PARTS.has(part) || values.length !== 1 || String(values[0]) !== own[part]) return null;
    if (part === 'BYDAY' && freq !== 'weekly') return null;
    if (part === 'BYMONTH' && freq !== 'yearly') return null;
  }
  const interval = value.interval || 1;
  if (interval > 99 || (value.count && value.count > 1000) || !keepsWallClock(component, start)) return null;
  let until: string | undefined;
  if (value.until) {
    until = value.until.isDate ? value.until.toString().slice(0, 10) : wallClock(value.until);
    // A timed series ends with the last start at or before UNTIL: a day whose start is later drops out.
    if (until.length > 10 && start.length > 10 && until.slice(11) < start.slice(11)) until = addDays(dayOf(until), -1);
    until = dayOf(until);
  }
  return { freq, interval, ...(value.count ? { count: value.count } : until ? { until } : {}) };
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
  const statuses: Record<string, EventStatus | undefined> = {
    TENTATIVE: 'planned',
    CONFIRMED: 'confirmed',
    CANCELLED: 'cancelled',
  };
  const recurrence = recurrenceOf(component, startTime, start);
  const exdates = component
    .getAllProperties('exdate')
    .flatMap((p) => p.getValues())
    .filter((v): v is ICAL.Time => v instanceof ICAL.Time)
    .map((v) => dayOf(wallClock(v)));
  return {
    uid: text('uid'),
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
    status: statuses[text('status')?.toUpperCase() ?? ''],
    recurrence: recurrence ?? undefined,
    exceptions: recurrence ? [...new Set(exdates)].map((date) => ({ date, cancelled: true })) : [],
    notes: recurrence === null ? ['ruleNotStored'] : [],
  };
}

/** The original start date a RECURRENCE-ID names (in Warsaw days, like the series' own dates). */
function occurrenceKey(component: ICAL.Component): string | undefined {
  const id = component.getFirstPropertyValue('recurrence-id');
  return id instanceof ICAL.Time ? dayOf(wallClock(id)) : undefined;
}

/** Folds a changed occurrence (RECURRENCE-ID) into its series as an exception, or into a single event's own fields. */
function applyOverride(series: ImportedEvent, key: string, changed: ImportedEvent, cancelled: boolean): void {
  if (!series.recurrence) {
    // A series the app cannot store keeps its first occurrence only; later changes have nowhere to go.
    if (key !== dayOf(series.start) || cancelled) return;
    Object.assign(series, { title: changed.title || series.title, start: changed.start, end: changed.end });
    if (changed.allDay !== series.allDay) Object.assign(series, { allDay: changed.allDay });
    return;
  }
  const exception: OccurrenceException = { date: key };
  if (cancelled) exception.cancelled = true;
  else {
    const shift = daysBetween(series.start, key);
    const start = shiftValue(series.start, shift);
    const end = shiftValue(series.end, shift);
    if (changed.allDay === series.allDay) {
      if (changed.start !== start || changed.end !== end)
        Object.assign(exception, { start: changed.start, end: changed.end });
    } else if (dayOf(changed.start) !== key) {
      // All-day turned timed or back: keep the series' form, move it to the new day.
      const moved = daysBetween(key, changed.start);
      Object.assign(exception, { start: shiftValue(start, moved), end: shiftValue(end, moved) });
    }
    if (changed.title && changed.title !== series.title) exception.title = changed.title;
    if (changed.status && changed.status !== (series.status ?? 'planned')) exception.status = changed.status;
  }
  const earlier = series.exceptions.find((x) => x.date === key);
  if (earlier?.cancelled) return; // EXDATE wins over a change of the same occurrence
  series.exceptions = [...series.exceptions.filter((x) => x.date !== key), exception];
}

/**
 * Every VEVENT of an ICS text. Changed occurrences (RECURRENCE-ID) become exceptions of their series;
 * one whose series is not in the file is read as a single event of its own (noted as such).
 */
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
  const all = root.getAllSubcomponents('vevent');
  const masters = all.filter((c) => !c.hasProperty('recurrence-id'));
  if (all.length === 0) throw new IcsReadError('empty');
  if (all.length > MAX_IMPORTED_EVENTS) throw new IcsReadError('tooMany');
  try {
    const events = masters.map(readEvent);
    const byUid = new Map(events.flatMap((e) => (e.uid ? [[e.uid, e] as const] : [])));
    all.forEach((component, index) => {
      const key = occurrenceKey(component);
      if (key === undefined) return;
      const changed = readEvent(component, index);
      const cancelled = component.getFirstPropertyValue('status') === 'CANCELLED';
      const series = changed.uid ? byUid.get(changed.uid) : undefined;
      if (series) applyOverride(series, key, changed, cancelled);
      else if (!cancelled)
        events.push({ ...changed, recurrence: undefined, exceptions: [], notes: ['detachedOccurrence'] });
    });
    if (events.length === 0) throw new IcsReadError('empty');
    return events;
  } catch (error) {
    if (error instanceof IcsReadError) throw error;
    throw new IcsReadError('malformed', error instanceof Error ? error.message : undefined);
  }
}
