// RFC 5545 writer for the office's events: CRLF, 75-octet folding on UTF-8 boundaries, escaped text,
// all-day events with an exclusive DTEND, timed events in Europe/Warsaw with its VTIMEZONE, RRULE/EXDATE
// for series and RECURRENCE-ID for changed occurrences; imported events keep the UID of their source calendar;
// X-TWINNING-* lines carry what only this app reads back (venue and town apart, partner towns).
import type { CalendarEvent, OccurrenceException } from '../domain/event';
import { addDays, daysBetween, dayOf, shiftValue } from '../calendar/dates';
import { warsawToUtcMs } from '../calendar/warsaw';

export interface IcsOptions {
  /** DTSTAMP of every VEVENT. */
  now: Date;
  /** Name of the calendar shown by the reader (X-WR-CALNAME). */
  calendarName?: string;
  /** The office's letterhead as the calendar's description (X-WR-CALDESC). */
  calendarDescription?: string;
  /** The office as ORGANIZER of the events it hosts (`host: 'home'`); needs an e-mail address. */
  organizer?: { name: string; email: string };
  /** Category label of an event (its kind in the UI language). */
  categoryOf?: (event: CalendarEvent) => string | undefined;
  /** Extra lines appended to the description (e.g. the partner towns involved). */
  notesOf?: (event: CalendarEvent) => string | undefined;
  /** Place text when the event has a country code: the country's name. */
  countryName?: (code: string) => string;
  /** The partner towns of an event (id and name), written as X-TWINNING-PARTNER for a re-import here. */
  partnersOf?: (event: CalendarEvent) => { id: string; name: string }[];
}

const encoder = new TextEncoder();

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line into chunks of at most 75 octets, never splitting a UTF-8 character. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const chunks: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      chunks.push(current);
      current = '';
      octets = 0;
      limit = 74; // the continuation line's leading space is the 75th octet
    }
    current += char;
    octets += size;
  }
  chunks.push(current);
  return chunks.join('\r\n ');
}

const compactDate = (date: string) => date.replace(/-/g, '');
const compactLocal = (value: string) =>
  `${compactDate(value.slice(0, 10))}T${value.slice(11, 13)}${value.slice(14, 16)}00`;
const compactUtc = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

function dateProp(name: string, value: string, allDay: boolean): string {
  return allDay ? `${name};VALUE=DATE:${compactDate(value)}` : `${name};TZID=Europe/Warsaw:${compactLocal(value)}`;
}

const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Warsaw',
  'X-LIC-LOCATION:Europe/Warsaw',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

const STATUS: Record<CalendarEvent['status'], string> = {
  planned: 'TENTATIVE',
  confirmed: 'CONFIRMED',
  done: 'CONFIRMED',
  cancelled: 'CANCELLED',
};

function rrule(event: CalendarEvent): string | undefined {
  const rule = event.recurrence;
  if (!rule || event.series !== 1) return undefined;
  const parts = [`FREQ=${rule.freq.toUpperCase()}`, `INTERVAL=${rule.interval ?? 1}`];
  if (rule.weekdays && rule.freq === 'weekly') {
    parts.push(`BYDAY=${rule.weekdays.join(',')}`);
    if (rule.weekStart) parts.push(`WKST=${rule.weekStart}`);
  }
  if (rule.nthWeekday && (rule.freq === 'monthly' || rule.freq === 'yearly')) {
    if (rule.freq === 'yearly') parts.push(`BYMONTH=${Number(event.start.slice(5, 7))}`);
    parts.push(`BYDAY=${rule.nthWeekday.n}${rule.nthWeekday.weekday}`);
  }
  if (rule.count !== undefined) parts.push(`COUNT=${rule.count}`);
  else if (rule.until !== undefined) {
    parts.push(
      `UNTIL=${event.allDay ? compactDate(rule.until) : compactUtc(warsawToUtcMs(`${rule.until}T23:59`) + 59_000)}`,
    );
  }
  return `RRULE:${parts.join(';')}`;
}

function place(event: CalendarEvent, options: IcsOptions): string | undefined {
  const p = event.place ?? {};
  const country = p.country ? (options.countryName?.(p.country) ?? p.country) : undefined;
  const text = [p.venue, p.town, country].filter((x) => x && x.trim()).join(', ');
  return text || undefined;
}

/** A parameter value, quoted when it holds characters that end a parameter. */
const paramValue = (value: string) => (/[;:,"]/.test(value) ? `"${value.replace(/"/g, "'")}"` : value);

/** What only this app reads back: venue, town and country apart, partner towns, the description as typed. */
function ownLines(event: CalendarEvent, options: IcsOptions, description: string): string[] {
  const p = event.place ?? {};
  const lines: string[] = [];
  if (p.venue?.trim()) lines.push(`X-TWINNING-VENUE:${escapeText(p.venue)}`);
  if (p.town?.trim()) lines.push(`X-TWINNING-TOWN:${escapeText(p.town)}`);
  if (p.country) lines.push(`X-TWINNING-COUNTRY:${p.country}`);
  for (const partner of options.partnersOf?.(event) ?? [])
    lines.push(`X-TWINNING-PARTNER;X-TWINNING-ID=${paramValue(partner.id)}:${escapeText(partner.name)}`);
  if (description !== (event.description ?? ''))
    lines.push(`X-TWINNING-DESCRIPTION:${escapeText(event.description ?? '')}`);
  return lines;
}

/** The UID written for an event in the app: its id at twinning-desk (what the re-import recognises). */
export const ownUid = (event: Pick<CalendarEvent, 'id'>) => `${event.id}@twinning-desk`;

/**
 * The UID of each event: an imported one keeps the UID of the calendar it came from, so that calendar sees
 * the same event again; every other event gets its own. Should two events claim one UID (the same file
 * imported twice, or the app's own export imported back), only the first keeps it and the rest get their own.
 */
export function uidsOf(events: readonly CalendarEvent[]): Map<CalendarEvent, string> {
  const taken = new Set(events.map(ownUid));
  const uids = new Map<CalendarEvent, string>();
  for (const event of events) {
    const kept = event.icsUid && !taken.has(event.icsUid) ? event.icsUid : undefined;
    if (kept) taken.add(kept);
    uids.set(event, kept ?? ownUid(event));
  }
  return uids;
}

function veventLines(
  event: CalendarEvent,
  uid: string,
  options: IcsOptions,
  exception?: OccurrenceException,
): string[] {
  const shift = exception ? daysBetween(event.start, exception.date) : 0;
  const start = exception?.start ?? shiftValue(event.start, shift);
  const end = exception?.end ?? shiftValue(event.end, shift);
  const description = [event.description, options.notesOf?.(event)].filter((x) => x && x.trim()).join('\n\n');
  const location = place(event, options);
  const category = options.categoryOf?.(event);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(uid)}`,
    `DTSTAMP:${compactUtc(options.now.getTime())}`,
    dateProp('DTSTART', start, event.allDay),
    dateProp('DTEND', event.allDay ? addDays(dayOf(end), 1) : end, event.allDay),
    `SUMMARY:${escapeText(exception?.title ?? event.title)}`,
    `STATUS:${STATUS[exception?.status ?? event.status]}`,
    `X-TWINNING-KIND:${event.kind}`,
  ];
  if (exception) lines.push(dateProp('RECURRENCE-ID', shiftValue(event.start, shift), event.allDay));
  if (location) lines.push(`LOCATION:${escapeText(location)}`);
  if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
  if (category) lines.push(`CATEGORIES:${escapeText(category)}`);
  lines.push(...ownLines(event, options, description));
  const organizer = options.organizer;
  if (organizer && event.host === 'home') {
    lines.push(`ORGANIZER;CN=${paramValue(organizer.name)}:mailto:${organizer.email}`);
  }
  if (!exception) {
    const rule = rrule(event);
    if (rule) lines.push(rule);
    const at = (date: string) => shiftValue(event.start, daysBetween(event.start, date));
    if (rule)
      for (const date of event.recurrence?.extraDates ?? []) lines.push(dateProp('RDATE', at(date), event.allDay));
    if (rule)
      for (const date of event.recurrence?.removedDates ?? []) lines.push(dateProp('EXDATE', at(date), event.allDay));
    for (const x of event.exceptions ?? []) {
      // Other calendars leave a cancelled date out (EXDATE); this app reads it back as cancelled, not removed.
      if (x.cancelled) lines.push(dateProp('EXDATE', at(x.date), event.allDay), `X-TWINNING-CANCELLED:${x.date}`);
    }
  }
  lines.push('END:VEVENT');
  return lines;
}

/** The whole VCALENDAR text for `events`, ready to save as a `.ics` file. */
export function writeIcs(events: readonly CalendarEvent[], options: IcsOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Twinning Desk//Calendar//PL',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (options.calendarName) lines.push(`X-WR-CALNAME:${escapeText(options.calendarName)}`);
  if (options.calendarDescription) lines.push(`X-WR-CALDESC:${escapeText(options.calendarDescription)}`);
  if (events.some((e) => !e.allDay)) lines.push(...VTIMEZONE);
  const uids = uidsOf(events);
  for (const event of events) {
    const uid = uids.get(event)!;
    lines.push(...veventLines(event, uid, options));
    if (event.series === 1) {
      for (const x of event.exceptions ?? []) if (!x.cancelled) lines.push(...veventLines(event, uid, options, x));
    }
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
