// Last contact per partner, kept as a summary row per partner: what the dormancy card and the partner list read
// instead of every event and visit. Pure functions; the summaries middleware keeps the rows in step with writes.
import { lastHeldOnOrBefore } from '../calendar/lastHeld';
import type { CalendarEvent, Visit } from '../domain';

export type ActivitySource = 'events' | 'visits';

/** The days of one source, split at the row's `asOf`: the latest day on or before it, and every later day. */
export interface ActivityPart {
  last?: string;
  /** Distinct days after `asOf`, ascending: planned events and visits. */
  ahead: string[];
}

/**
 * One partner's single (non-recurring) events and visits, not cancelled, split at `asOf` (the day the row
 * was last written). Today only moves forward, so the latest contact on or before any day from `asOf` on is
 * read from the row alone. Each source has its own part, so clearing one table resets only its part.
 */
export interface PartnerActivity {
  partnerId: string;
  asOf: string;
  events: ActivityPart;
  visits: ActivityPart;
}

export interface Contribution {
  partnerId: string;
  day: string;
}

/** The day an event counts as a contact: a single event held (or moved) to that day; series are read apart. */
export function eventDay(e: CalendarEvent): string | undefined {
  if (e.series === 1 || e.status === 'cancelled') return undefined;
  return lastHeldOnOrBefore(e, '9999-12-31');
}

export function visitDay(v: Visit): string | undefined {
  return v.status === 'cancelled' ? undefined : v.start;
}

/** What one stored event or visit adds to its partners' last contact. */
export function contributions(source: ActivitySource, row: unknown): Contribution[] {
  if (!row) return [];
  const day = source === 'events' ? eventDay(row as CalendarEvent) : visitDay(row as Visit);
  return day ? (row as { partnerIds: string[] }).partnerIds.map((partnerId) => ({ partnerId, day })) : [];
}

export const emptyActivity = (partnerId: string, asOf: string): PartnerActivity => ({
  partnerId,
  asOf,
  events: { ahead: [] },
  visits: { ahead: [] },
});

function addToPart(part: ActivityPart, asOf: string, day: string): ActivityPart {
  if (day <= asOf) return part.last !== undefined && part.last >= day ? part : { ...part, last: day };
  if (part.ahead.includes(day)) return part;
  return { ...part, ahead: [...part.ahead, day].sort() };
}

/** Adds a day of one source to a row (a new copy). */
export function addDay(row: PartnerActivity, source: ActivitySource, day: string): PartnerActivity {
  return { ...row, [source]: addToPart(row[source], row.asOf, day) };
}

/** One source's part from its days, split at `asOf`. */
export function partFrom(days: Iterable<string>, asOf: string): ActivityPart {
  let part: ActivityPart = { ahead: [] };
  for (const day of days) part = addToPart(part, asOf, day);
  return part;
}

/** A row with one source's part built anew from that source's rows of the partner. */
export function withPart(row: PartnerActivity, source: ActivitySource, rows: readonly unknown[]): PartnerActivity {
  const days = rows.flatMap((r) =>
    contributions(source, r)
      .filter((c) => c.partnerId === row.partnerId)
      .map((c) => c.day),
  );
  return { ...row, [source]: partFrom(days, row.asOf) };
}

/** Each partner's days of one source. */
export function daysByPartner(source: ActivitySource, rows: readonly unknown[]): Map<string, string[]> {
  const days = new Map<string, string[]>();
  for (const r of rows)
    for (const c of contributions(source, r)) days.set(c.partnerId, [...(days.get(c.partnerId) ?? []), c.day]);
  return days;
}

function advancePart(part: ActivityPart, today: string): ActivityPart {
  const past = part.ahead.filter((d) => d <= today);
  const last = past.length > 0 ? past[past.length - 1] : part.last;
  return { ...(last ? { last } : {}), ahead: part.ahead.filter((d) => d > today) };
}

/** Moves a row's split day forward to `today` (never back): days now past fold into `last`. */
export function advance(row: PartnerActivity, today: string): PartnerActivity {
  if (today <= row.asOf) return row;
  return {
    partnerId: row.partnerId,
    asOf: today,
    events: advancePart(row.events, today),
    visits: advancePart(row.visits, today),
  };
}

/**
 * The latest contact on or before `today`, or `null` when the row was written after `today` (a clock set
 * back): the caller then reads that partner's own rows.
 */
export function lastContact(row: PartnerActivity | undefined, today: string): string | undefined | null {
  if (!row) return undefined;
  if (today < row.asOf) return null;
  let last: string | undefined;
  for (const part of [row.events, row.visits]) {
    if (part.last !== undefined && (last === undefined || part.last > last)) last = part.last;
    for (const d of part.ahead) if (d <= today && (last === undefined || d > last)) last = d;
  }
  return last;
}

/** Every partner's row, built from all their events and visits (a migration or a full rebuild). */
export function buildActivity(
  events: readonly unknown[],
  visits: readonly unknown[],
  today: string,
): Map<string, PartnerActivity> {
  const rows = new Map<string, PartnerActivity>();
  const note = (source: ActivitySource) => (c: Contribution) =>
    rows.set(c.partnerId, addDay(rows.get(c.partnerId) ?? emptyActivity(c.partnerId, today), source, c.day));
  for (const e of events) contributions('events', e).forEach(note('events'));
  for (const v of visits) contributions('visits', v).forEach(note('visits'));
  return rows;
}

/** The partners that lose a day when `before` becomes `after` (their part must be read anew). */
export function partnersLosingDays(before: readonly Contribution[], after: readonly Contribution[]): Set<string> {
  const kept = new Set(after.map((a) => `${a.partnerId}|${a.day}`));
  return new Set(before.filter((b) => !kept.has(`${b.partnerId}|${b.day}`)).map((b) => b.partnerId));
}
