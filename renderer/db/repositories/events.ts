// Calendar events: the only writer of the events table, and the range reads the calendar views use.
// Range reads go through the `start` index bounded on both sides (lower bound = range start minus the
// longest single event ever stored), so 20,000 events cost only the visible slice; series are few
// (`series` index) and expanded in memory.
import { z } from 'zod';
import { addDays, lastDayOf } from '../../../shared/calendar/dates';
import { MAX_SPAN_KEY, spanDays } from '../../../shared/calendar/span';
import { itemFromOccurrence, itemFromVisit, type CalendarItem } from '../../../shared/calendar/items';
import { expandEvents, type ExpandOptions, type Occurrence } from '../../../shared/calendar/recurrence';
import { eventSchema, type CalendarEvent, type OccurrenceException, type Visit } from '../../../shared/domain';
import { db } from '../db';
import { newId, stamped, validate, type Input } from './base';
import { defineSetting, readSetting, writeSetting } from './settings';

export type EventInput = Input<typeof eventSchema>;

/** Longest single (non-series) event stored so far, in days; raised by every write. */
export const maxSpanSetting = defineSetting(MAX_SPAN_KEY, z.number().int().min(0).max(1_000_000), 0);
/** Range reads always look back at least this far, so rows written by other code paths are still found. */
export const SPAN_FLOOR_DAYS = 31;

function prepare(input: EventInput): CalendarEvent {
  return validate(eventSchema, stamped({ ...input, id: input.id ?? newId(), series: input.recurrence ? 1 : 0 }));
}

/** Raises the stored longest-event span to cover `events` (the month view's lower read bound). */
export async function noteSpan(events: readonly CalendarEvent[]): Promise<void> {
  const longest = events.reduce((max, e) => (e.series === 0 ? Math.max(max, spanDays(e)) : max), 0);
  // Reads always look back at least SPAN_FLOOR_DAYS: shorter events need no stored setting.
  if (longest > SPAN_FLOOR_DAYS && longest > (await readSetting(maxSpanSetting)))
    await writeSetting(maxSpanSetting, longest);
}

/**
 * Re-derives the longest single event from the whole table. For code that writes events in bulk
 * without this repository (a backup restore): call it once afterwards, inside or after its transaction.
 */
export async function recomputeEventSpan(): Promise<number> {
  let longest = 0;
  await db.events
    .where('series')
    .equals(0)
    .each((e) => {
      longest = Math.max(longest, spanDays(e));
    });
  await writeSetting(maxSpanSetting, longest);
  return longest;
}

export async function saveEvent(input: EventInput): Promise<CalendarEvent> {
  const record = prepare(input);
  await db.transaction('rw', [db.events, db.settings], async () => {
    await db.events.put(record);
    await noteSpan([record]);
  });
  return record;
}

/** Stores every imported event or none: all are validated before the first write. */
export async function importEvents(inputs: readonly EventInput[]): Promise<CalendarEvent[]> {
  const records = inputs.map(prepare);
  await db.transaction('rw', [db.events, db.settings], async () => {
    await db.events.bulkAdd(records);
    await noteSpan(records);
  });
  return records;
}

/** The UID this app writes for an event in ICS files (shared/export/ics.ts). */
const OWN_UID = /^(.{1,64})@twinning-desk$/;

/**
 * The stored event each ICS UID stands for: one exported from here (`<id>@twinning-desk`) or one imported
 * before (`icsUid`). Imports are rare, so foreign UIDs are matched in one pass over the table.
 */
export async function eventsForIcsUids(uids: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const own = uids.flatMap((uid) => {
    const id = OWN_UID.exec(uid)?.[1];
    return id ? [[uid, id] as const] : [];
  });
  const rows = await db.events.bulkGet(own.map(([, id]) => id));
  own.forEach(([uid, id], i) => {
    if (rows[i]) found.set(uid, id);
  });
  const wanted = new Set(uids.filter((uid) => !found.has(uid)));
  if (wanted.size > 0) {
    await db.events.each((e) => {
      if (e.icsUid && wanted.has(e.icsUid) && !found.has(e.icsUid)) found.set(e.icsUid, e.id);
    });
  }
  return found;
}

export function getEvent(id: string): Promise<CalendarEvent | undefined> {
  return db.events.get(id);
}

/** Deletes an event; its tasks stay, no longer linked to it. */
export async function deleteEvent(id: string): Promise<void> {
  await db.transaction('rw', [db.events, db.tasks], async () => {
    await db.tasks
      .where('eventId')
      .equals(id)
      .modify((t) => {
        delete t.eventId;
      });
    await db.events.delete(id);
  });
}

/** Adds or replaces the exception of one occurrence (keyed by its original date) of a series. */
export async function saveOccurrence(eventId: string, exception: OccurrenceException): Promise<CalendarEvent> {
  return db.transaction('rw', [db.events, db.settings], async () => {
    const event = await db.events.get(eventId);
    if (!event) throw new Error(`No event ${eventId}`);
    const exceptions = [...(event.exceptions ?? []).filter((x) => x.date !== exception.date), exception];
    return saveEvent({ ...event, exceptions });
  });
}

export function cancelOccurrence(eventId: string, date: string): Promise<CalendarEvent> {
  return saveOccurrence(eventId, { date, cancelled: true });
}

/** Brings an occurrence back to the series' own values. */
export async function restoreOccurrence(eventId: string, date: string): Promise<void> {
  await db.transaction('rw', [db.events, db.settings], async () => {
    const event = await db.events.get(eventId);
    if (!event) return;
    await saveEvent({ ...event, exceptions: (event.exceptions ?? []).filter((x) => x.date !== date) });
  });
}

/** Single events touching `from`–`to`: one bounded index range on `start`, never the whole table. */
export async function singleEventsInRange(from: string, to: string): Promise<CalendarEvent[]> {
  const lookBack = Math.max(SPAN_FLOOR_DAYS, await readSetting(maxSpanSetting));
  // getAll over the key range, then a plain filter: a Dexie .filter() would walk a cursor row by row.
  const rows = await db.events.where('start').between(addDays(from, -lookBack), `${to}\uffff`, true, true).toArray();
  return rows.filter((e) => e.series === 0 && lastDayOf(e.start, e.end) >= from);
}

export function seriesEvents(): Promise<CalendarEvent[]> {
  return db.events.where('series').equals(1).toArray();
}

/** Occurrences (series expanded, cancelled ones dropped unless asked) touching `from`–`to`, by start. */
export async function eventsInRange(from: string, to: string, options: ExpandOptions = {}): Promise<Occurrence[]> {
  const [singles, series] = await Promise.all([singleEventsInRange(from, to), seriesEvents()]);
  return expandEvents([...singles, ...series], from, to, options);
}

/** Events stored with at least one occurrence in the range (series whole), for ICS export. */
export async function storedEventsInRange(from: string, to: string): Promise<CalendarEvent[]> {
  const occ = await eventsInRange(from, to, { includeCancelled: true });
  const byId = new Map(occ.map((o) => [o.event.id, o.event]));
  return [...byId.values()];
}

/** How far back the event form looks for funding programmes to suggest: the ones the office uses now. */
export const FUNDING_LOOKBACK_YEARS = 5;

/**
 * The funding programmes (known keys and custom text) of events starting in the last few years or later,
 * each once, sorted. Read through the `start` index: never the whole history of a large office.
 */
export async function fundingOnEvents(today: string): Promise<string[]> {
  const since = `${Number(today.slice(0, 4)) - FUNDING_LOOKBACK_YEARS}${today.slice(4, 10)}`;
  const recent = await db.events.where('start').aboveOrEqual(since).toArray();
  return [
    ...new Set(recent.map((e) => e.funding).filter((f): f is string => typeof f === 'string' && f !== '')),
  ].sort();
}

export function allEvents(): Promise<CalendarEvent[]> {
  return db.events.orderBy('start').toArray();
}

/** Visits touching the range: few rows, read from the `end` index upwards. */
export async function visitsInRange(from: string, to: string): Promise<Visit[]> {
  return (await db.visits.where('end').aboveOrEqual(from).toArray()).filter((v) => v.start <= to);
}

/** What the views draw: event occurrences and delegation visits in one list, by start. */
export async function calendarItemsInRange(
  from: string,
  to: string,
  options: ExpandOptions = {},
): Promise<CalendarItem[]> {
  const [occ, visits] = await Promise.all([eventsInRange(from, to, options), visitsInRange(from, to)]);
  return [...occ.map(itemFromOccurrence), ...visits.map(itemFromVisit)].sort(
    (a, b) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title),
  );
}

/** The stored events with these ids (missing ones left out), e.g. for the titles of linked tasks. */
export async function eventsByIds(ids: readonly string[]): Promise<CalendarEvent[]> {
  const rows = await db.events.bulkGet([...new Set(ids)]);
  return rows.filter((e): e is CalendarEvent => e !== undefined);
}

/** The day to show an event on: its next occurrence from `from` on, else its (last) start. */
export async function occurrenceDayFrom(id: string, from: string): Promise<string | undefined> {
  const event = await db.events.get(id);
  if (!event) return undefined;
  const next = expandEvents([event], from, addDays(from, 3660))[0];
  return next?.firstDay ?? event.start.slice(0, 10);
}
