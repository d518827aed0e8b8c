// One VEVENT read into the plain event the import preview shows and stores: its dates in the app's terms, its texts
// cut to what the app keeps, and a value it cannot keep as written (an impossible date, an end before the start, an
// over-long text) reported on its row or, when the event cannot be read at all, thrown as its problem.
import ICAL from 'ical.js';
import type { EventKind, EventStatus } from '../domain/event';
import { eventKinds } from '../domain/event';
import { addDays } from '../calendar/dates';
import { removedAndCancelled, ruleOf, singlesOf, type Singles } from './icsRules';
import type { ImportedEvent, ImportNote } from './icsRead';
import type { FileZones } from './icsTime';

/** The longest texts the app keeps. */
export const LIMITS = { title: 300, description: 20_000, venue: 300, town: 200 } as const;

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

export class EventProblem extends Error {
  constructor(
    readonly reason: 'noStart' | 'impossibleDate' | 'unreadable',
    readonly value?: string,
  ) {
    super(reason);
  }
}

/** Unknown (X-) properties reach us still escaped: `\\,` `\\;` `\\n` `\\\\`. */
export const unescapeText = (v: string) =>
  v.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

export function textOf(component: ICAL.Component, name: string): string | undefined {
  const raw = component.getFirstPropertyValue(name);
  const v = typeof raw === 'string' && name.startsWith('x-') ? unescapeText(raw) : raw;
  return typeof v === 'string' && v.trim() ? v.trim() : undefined;
}

/** An event read, and for a repeat the app cannot store, its dates once the file's changed occurrences are known. */
export interface EventRead {
  event: ImportedEvent;
  singles?: (overrides: ICAL.Component[]) => Singles;
}

export function readEvent(component: ICAL.Component, zones: FileZones, horizon: string): EventRead {
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
  const endProp = component.getFirstProperty('dtend');
  const endTime =
    endProp || component.hasProperty('duration') ? new ICAL.Event(component, { exceptions: [] }).endDate : undefined;
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
  const event: ImportedEvent = {
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
    notes,
  };
  if (rule !== null) return { event };
  return { event, singles: (overrides) => singlesOf(component, overrides, toWall, horizon) };
}
