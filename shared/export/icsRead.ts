// Reads a partner's ICS file with ical.js into plain events for the import preview. Each part stands alone:
// an unreadable event or time zone is reported and left out while the rest imports; a value the app cannot
// keep as written (an impossible date, an end before the start, an over-long text) is reported on its row.
import ICAL from 'ical.js';
import type { EventKind, EventStatus, OccurrenceException, Recurrence } from '../domain/event';
import { eventKinds } from '../domain/event';
import { addDays } from '../calendar/dates';
import { parseCalendar } from './icsParse';
import { removedAndCancelled, ruleOf, singlesOf, type Singles } from './icsRules';
import { applyOverride, occurrenceKey } from './icsOverrides';
import { fileZones, type ZoneUse } from './icsTime';

/** What a preview row tells the user about one event. */
export type ImportNote =
  /** The repeat cannot be stored: only the first date, unless its `singles` are imported instead. */
  | { code: 'ruleNotStored' }
  /** A changed occurrence whose series is not in the file, imported as a single event. */
  | { code: 'detachedOccurrence' }
  /** The end as written (`value`) is before the start: the event is imported as lasting its first day/instant. */
  | { code: 'endBeforeStart'; value: string }
  /** A text longer than the app keeps: cut to `limit` characters. */
  | { code: 'shortened'; field: 'title' | 'description' | 'venue' | 'town'; limit: number };

export interface ImportedEvent {
  /** The file's UID (absent when the file has none). */
  uid?: string;
  title: string;
  allDay: boolean;
  /** `YYYY-MM-DD` or Warsaw wall clock `YYYY-MM-DDTHH:mm`. */
  start: string;
  /** Inclusive last day (all-day) or end instant (timed), like stored events. */
  end: string;
  /** LOCATION as written (what the preview shows). */
  location?: string;
  /** Venue, town and country: apart when this app wrote the file, else the LOCATION as the venue. */
  place: { venue?: string; town?: string; country?: string };
  description?: string;
  categories: string[];
  /** The kind written by Twinning Desk itself (X-TWINNING-KIND), when present. */
  kind?: EventKind;
  /** From STATUS (TENTATIVE → planned, CONFIRMED → confirmed, CANCELLED → cancelled), when given. */
  status?: EventStatus;
  /** Partner towns written by this app (X-TWINNING-PARTNER): id as stored there, and name. */
  partners: { id?: string; name: string }[];
  /** Only a rule the app stores exactly; see `singles` for the others. */
  recurrence?: Recurrence;
  /** Cancelled and changed (RECURRENCE-ID) occurrences, keyed by original date. */
  exceptions: OccurrenceException[];
  /** A repeat the app cannot store: its occurrences, which the preview offers as single events. */
  singles?: Singles;
  notes: ImportNote[];
}

/** A part of the file left out of the import, with what the user needs to find it. */
export type IcsProblem =
  /** The file ends without END:VCALENDAR: whatever followed the last complete event is missing. */
  | { code: 'truncated' }
  | { code: 'badTimezone'; tzid: string }
  | {
      code: 'badEvent';
      reason: 'unreadable' | 'noStart' | 'impossibleDate';
      /** 1-based position among the file's VEVENTs. */
      index: number;
      uid?: string;
      title?: string;
      /** The offending value as written (an impossible date). */
      value?: string;
    };

export interface IcsRead {
  events: ImportedEvent[];
  problems: IcsProblem[];
  /** Every TZID not taken from the file's own definitions, with where it was placed. */
  zones: ZoneUse[];
}

export type IcsReadErrorCode = 'malformed' | 'empty' | 'tooMany' | 'encoding';

export class IcsReadError extends Error {
  constructor(
    readonly code: IcsReadErrorCode,
    detail?: string,
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'IcsReadError';
  }
}

/** More VEVENTs than this and the file is refused as a whole (a calendar, not a data dump). */
export const MAX_IMPORTED_EVENTS = 10_000;
export const LIMITS = { title: 300, description: 20_000, venue: 300, town: 200 } as const;

export interface ReadOptions {
  /** Today (`YYYY-MM-DD`): occurrences offered as single events reach two years past it. */
  today?: string;
  /** Called every few hundred events with how many of `total` are read. */
  onProgress?: (done: number, total: number) => void;
}

const STATUSES: Record<string, EventStatus | undefined> = {
  TENTATIVE: 'planned',
  CONFIRMED: 'confirmed',
  CANCELLED: 'cancelled',
};

/**
 * The value as written when it is not a real date (and time): `2027-02-30`, month 13, 25:00. Checked on the
 * parsed text, because ical.js rolls an impossible date forward (30 February becomes 2 March).
 */
function impossible(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2}))?/.exec(raw);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1).map((x) => Number(x ?? 0)) as number[];
  const days = new Date(Date.UTC(year!, month!, 0)).getUTCDate();
  const ok =
    year! >= 1 &&
    month! >= 1 &&
    month! <= 12 &&
    day! >= 1 &&
    day! <= days &&
    hour! <= 23 &&
    minute! <= 59 &&
    second! <= 60;
  return ok ? undefined : m[4] ? `${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]}` : `${m[1]}-${m[2]}-${m[3]}`;
}

/** Every date string of a property as written (periods and a rule's UNTIL included). */
function writtenDates(prop: ICAL.Property): unknown[] {
  const values = (prop.toJSON() as unknown[]).slice(3);
  return values.flatMap((v) =>
    Array.isArray(v) ? v : v && typeof v === 'object' ? [(v as { until?: unknown }).until] : [v],
  );
}

const DATE_PROPS = ['dtstart', 'dtend', 'recurrence-id', 'exdate', 'rdate', 'rrule'];

class EventProblem extends Error {
  constructor(
    readonly reason: 'noStart' | 'impossibleDate' | 'unreadable',
    readonly value?: string,
  ) {
    super(reason);
  }
}

/** Unknown (X-) properties reach us still escaped: `\\,` `\\;` `\\n` `\\\\`. */
const unescapeText = (v: string) => v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

function textOf(component: ICAL.Component, name: string): string | undefined {
  const raw = component.getFirstPropertyValue(name);
  const v = typeof raw === 'string' && name.startsWith('x-') ? unescapeText(raw) : raw;
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

function readEvent(
  component: ICAL.Component,
  zones: ReturnType<typeof fileZones>,
  horizon: string,
  overrides: ICAL.Component[],
): ImportedEvent {
  for (const name of DATE_PROPS)
    for (const prop of component.getAllProperties(name))
      for (const raw of writtenDates(prop)) {
        const bad = impossible(raw);
        if (bad) throw new EventProblem('impossibleDate', bad);
      }
  const startProp = component.getFirstProperty('dtstart');
  const startTime = startProp?.getFirstValue();
  if (!(startTime instanceof ICAL.Time)) throw new EventProblem('noStart');
  const toWall = zones.converter(startProp!);
  const allDay = startTime.isDate;
  const start = toWall(startTime);
  const notes: ImportNote[] = [];
  const event = new ICAL.Event(component, { exceptions: [] });
  const endProp = component.getFirstProperty('dtend');
  const endTime = endProp || component.hasProperty('duration') ? event.endDate : undefined;
  let end = start;
  if (endTime) {
    const written = endProp ? zones.converter(endProp)(endTime) : toWall(endTime);
    const last = allDay && endTime.isDate ? addDays(written, -1) : written;
    if (allDay && !endTime.isDate) end = start;
    else if (last >= start) end = last;
    else if (!(allDay && written === start)) notes.push({ code: 'endBeforeStart', value: written });
  }
  const cut = (field: keyof typeof LIMITS, value: string | undefined) => {
    if (value !== undefined && value.length > LIMITS[field]) {
      notes.push({ code: 'shortened', field, limit: LIMITS[field] });
      return value.slice(0, LIMITS[field]);
    }
    return value;
  };
  const ownDescription = component.getFirstProperty('x-twinning-description');
  const venue = textOf(component, 'x-twinning-venue');
  const town = textOf(component, 'x-twinning-town');
  const own = venue !== undefined || town !== undefined || component.hasProperty('x-twinning-country');
  const location = textOf(component, 'location');
  const kind = textOf(component, 'x-twinning-kind');
  const rule = ruleOf(component, start, toWall);
  const exdates = rule ? removedAndCancelled(component, toWall) : { removed: [], cancelled: [] };
  if (rule && exdates.removed.length > 0) rule.removedDates = exdates.removed;
  if (rule === null) notes.unshift({ code: 'ruleNotStored' });
  const country = textOf(component, 'x-twinning-country');
  return {
    uid: textOf(component, 'uid'),
    title: cut('title', textOf(component, 'summary')) ?? '',
    allDay,
    start,
    end,
    location,
    place: {
      venue: cut('venue', own ? venue : location),
      town: cut('town', own ? town : undefined),
      ...(country && /^[A-Z]{2}$/.test(country) ? { country } : {}),
    },
    description: cut(
      'description',
      ownDescription
        ? String(ownDescription.getFirstValue() ?? '').trim() || undefined
        : textOf(component, 'description'),
    ),
    categories: component
      .getAllProperties('categories')
      .flatMap((p) => p.getValues())
      .filter((v): v is string => typeof v === 'string'),
    kind: (eventKinds as readonly string[]).includes(kind ?? '') ? (kind as EventKind) : undefined,
    status: STATUSES[textOf(component, 'status')?.toUpperCase() ?? ''],
    partners: component.getAllProperties('x-twinning-partner').flatMap((p) => {
      const name = unescapeText(String(p.getFirstValue() ?? '')).trim();
      const id = p.getParameter('x-twinning-id');
      return name ? [{ name, ...(typeof id === 'string' && id ? { id } : {}) }] : [];
    }),
    recurrence: rule ?? undefined,
    exceptions: exdates.cancelled,
    ...(rule === null ? { singles: singlesOf(component, overrides, toWall, horizon) } : {}),
    notes,
  };
}

/** The whole read: events, the parts left out, and how unnamed time zones were placed. */
export function readIcsFile(text: string, options: ReadOptions = {}): IcsRead {
  let parsed: ReturnType<typeof parseCalendar>;
  try {
    parsed = parseCalendar(text);
  } catch (error) {
    throw new IcsReadError('malformed', error instanceof Error ? error.message : undefined);
  }
  const { root } = parsed;
  if (root.name !== 'vcalendar') throw new IcsReadError('malformed', 'no VCALENDAR');
  const problems: IcsProblem[] = parsed.unreadable.map((b) => ({ code: 'badEvent', reason: 'unreadable', ...b }));
  if (parsed.truncated) problems.unshift({ code: 'truncated' });
  const zones = fileZones(root);
  problems.push(...zones.unusable.map((tzid): IcsProblem => ({ code: 'badTimezone', tzid })));
  const all = root.getAllSubcomponents('vevent');
  if (all.length + parsed.unreadable.length === 0) throw new IcsReadError('empty');
  if (all.length > MAX_IMPORTED_EVENTS) throw new IcsReadError('tooMany');
  const horizon = addDays(options.today ?? new Date().toISOString().slice(0, 10), 730);
  const overridesOf = new Map<string, ICAL.Component[]>();
  for (const c of all) {
    const uid = textOf(c, 'uid');
    if (uid && c.hasProperty('recurrence-id')) overridesOf.set(uid, [...(overridesOf.get(uid) ?? []), c]);
  }
  const events: ImportedEvent[] = [];
  const byUid = new Map<string, ImportedEvent>();
  const changes: [ICAL.Component, ImportedEvent, number][] = [];
  // Position among all VEVENTs as the file numbers them (unreadable ones included).
  const skipped = new Set(parsed.unreadable.map((b) => b.index));
  let position = 0;
  all.forEach((component, i) => {
    do position += 1;
    while (skipped.has(position));
    try {
      const read = readEvent(component, zones, horizon, overridesOf.get(textOf(component, 'uid') ?? '') ?? []);
      if (component.hasProperty('recurrence-id')) changes.push([component, read, position]);
      else {
        events.push(read);
        if (read.uid && !byUid.has(read.uid)) byUid.set(read.uid, read);
      }
    } catch (error) {
      const reason = error instanceof EventProblem ? error.reason : 'unreadable';
      const value = error instanceof EventProblem ? error.value : undefined;
      const title = textOf(component, 'summary');
      const uid = textOf(component, 'uid');
      problems.push({
        code: 'badEvent',
        reason,
        index: position,
        ...(uid ? { uid } : {}),
        ...(title ? { title } : {}),
        ...(value ? { value } : {}),
      });
    }
    if ((i + 1) % 250 === 0) options.onProgress?.(i + 1, all.length);
  });
  for (const [component, changed] of changes) {
    const key = occurrenceKey(component, zones);
    const cancelled = component.getFirstPropertyValue('status') === 'CANCELLED';
    const series = changed.uid ? byUid.get(changed.uid) : undefined;
    if (series && key) applyOverride(series, key, changed, cancelled);
    else if (!cancelled)
      events.push({
        ...changed,
        recurrence: undefined,
        exceptions: [],
        notes: [...changed.notes, { code: 'detachedOccurrence' }],
      });
  }
  options.onProgress?.(all.length, all.length);
  problems.sort((a, b) => ('index' in a ? a.index : 0) - ('index' in b ? b.index : 0));
  // Nothing left to import: a file of broken parts is refused as a whole.
  if (events.length === 0) throw new IcsReadError(problems.some((p) => p.code !== 'truncated') ? 'malformed' : 'empty');
  return { events, problems, zones: zones.used() };
}

/** Every event of an ICS text, or IcsReadError when nothing in it can be imported. */
export function readIcs(text: string, options: ReadOptions = {}): ImportedEvent[] {
  return readIcsFile(text, options).events;
}
