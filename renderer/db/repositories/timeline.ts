// Read queries across areas for partner towns: one partner's timeline, last activity, anniversaries, dormancy.
import { z } from 'zod';
import type { CalendarEvent, Partner, Recurrence } from '../../../shared/domain';
import { upcomingAnniversaries, type Anniversary } from '../../../shared/partners/anniversary';
import { lastHeldOnOrBefore } from '../../../shared/calendar/lastHeld';
import { DEFAULT_DORMANCY_MONTHS, isDormant } from '../../../shared/partners/dormancy';
import { db } from '../db';
import { lastContact } from '../../../shared/summaries/activity';
import { defineSetting, readSetting } from './settings';

export const dormancyMonthsSetting = defineSetting(
  'partners.dormancyMonths',
  z.number().int().min(1).max(240),
  DEFAULT_DORMANCY_MONTHS,
);

export type TimelineKind = 'event' | 'visit' | 'gift' | 'agreement';

export interface TimelineItem {
  kind: TimelineKind;
  id: string;
  /** The day it sorts by: a series' latest occurrence so far (or its first, if still ahead). */
  date: string;
  end?: string;
  title: string;
  /** An i18n key of the item's sub-kind: event kind, visit direction, gift direction, agreement change. */
  subKind: string;
  status?: string;
  /** Set for a recurring event series, shown once: "every year since 1992". */
  recurrence?: Recurrence & { since: string };
}

export interface PartnerTimeline {
  items: TimelineItem[];
  /** The latest event, visit, gift or agreement day on or before today. */
  lastContact?: string;
}

const day = (value: string) => value.slice(0, 10);

function eventItem(e: CalendarEvent, today: string): TimelineItem {
  const base = { kind: 'event' as const, id: e.id, title: e.title, subKind: e.kind, status: e.status };
  if (!e.recurrence) return { ...base, date: day(e.start), end: day(e.end) };
  const last = lastHeldOnOrBefore(e, today);
  return { ...base, date: last ?? day(e.start), recurrence: { ...e.recurrence, since: day(e.start) } };
}

/** Everything done with one partner, newest first, and the day of the last contact. */
export async function partnerTimeline(partnerId: string, today: string): Promise<PartnerTimeline> {
  const [events, visits, gifts, agreements] = await Promise.all([
    db.events.where('partnerIds').equals(partnerId).toArray(),
    db.visits.where('partnerIds').equals(partnerId).toArray(),
    db.gifts.where('partnerId').equals(partnerId).toArray(),
    db.agreements.where('partnerId').equals(partnerId).toArray(),
  ]);
  const items: TimelineItem[] = [
    ...events.map((e) => eventItem(e, today)),
    ...visits.map((v): TimelineItem => ({
      kind: 'visit',
      id: v.id,
      date: v.start,
      end: v.end,
      title: v.title,
      subKind: v.direction,
      status: v.status,
    })),
    ...gifts.map((g): TimelineItem => ({
      kind: 'gift',
      id: g.id,
      date: g.date,
      title: g.description,
      subKind: g.direction,
    })),
    ...agreements.map((a): TimelineItem => ({
      kind: 'agreement',
      id: a.id,
      date: a.date,
      title: a.title,
      subKind: a.change,
    })),
  ].sort((a, b) => b.date.localeCompare(a.date));
  const done = (i: TimelineItem) => i.status !== 'cancelled' && i.date <= today;
  return { items, lastContact: items.find(done)?.date };
}

/** Series (few): their last occurrence held on or before today is worked out on reading, not stored. */
async function seriesActivity(today: string): Promise<Map<string, string>> {
  const latest = new Map<string, string>();
  for (const e of await db.events.where('series').equals(1).toArray()) {
    const last = e.status === 'cancelled' ? undefined : lastHeldOnOrBefore(e, today);
    if (last) for (const id of e.partnerIds) if ((latest.get(id) ?? '') < last) latest.set(id, last);
  }
  return latest;
}

/** One partner's latest event or visit day on or before today, read through the partnerIds indexes. */
async function lastActivityOf(partnerId: string, today: string): Promise<string | undefined> {
  const [events, visits] = await Promise.all([
    db.events.where('partnerIds').equals(partnerId).toArray(),
    db.visits.where('partnerIds').equals(partnerId).toArray(),
  ]);
  let latest: string | undefined;
  const note = (date: string | undefined) => {
    if (date && (!latest || date > latest)) latest = date;
  };
  for (const e of events) if (e.status !== 'cancelled') note(lastHeldOnOrBefore(e, today));
  for (const v of visits) if (v.status !== 'cancelled' && v.start <= today) note(v.start);
  return latest;
}

/**
 * Each partner's latest event or visit day on or before today, from the last-contact summaries (one row per
 * partner) and the few recurring series: never a pass over the history. `ids` limits it to those partners.
 */
export async function lastActivityByPartner(today: string, ids?: readonly string[]): Promise<Map<string, string>> {
  const [rows, latest] = await Promise.all([
    ids ? db.partnerActivity.bulkGet([...ids]) : db.partnerActivity.toArray(),
    seriesActivity(today),
  ]);
  for (const row of rows) {
    if (!row) continue;
    const summary = lastContact(row, today);
    // A row written on a later day than today (the clock set back) cannot answer: the partner's own rows do.
    const last = summary === null ? await lastActivityOf(row.partnerId, today) : summary;
    if (last && (latest.get(row.partnerId) ?? '') < last) latest.set(row.partnerId, last);
  }
  return latest;
}

export interface DormantPartner {
  partner: Partner;
  lastActivity?: string;
}

/**
 * Active partners without an event or visit for the set number of months, longest quiet first.
 * `known` is a last-activity map already read (the list reads it once for its column); without it the
 * active partners' last-contact summaries are read: O(partners), never the history.
 */
export async function dormantPartners(today: string, known?: Map<string, string>): Promise<DormantPartner[]> {
  const [months, partners] = await Promise.all([
    readSetting(dormancyMonthsSetting),
    db.partners.where('status').equals('active').toArray(),
  ]);
  const since = (p: Partner) => p.startDate ?? day(p.createdAt);
  const last =
    known ??
    (await lastActivityByPartner(
      today,
      partners.map((p) => p.id),
    ));
  return partners
    .map((partner) => ({ partner, lastActivity: last.get(partner.id) }))
    .filter(({ partner, lastActivity }) =>
      isDormant({ status: partner.status, lastActivity, since: since(partner) }, today, months),
    )
    .sort(
      (a, b) =>
        (a.lastActivity ?? '').localeCompare(b.lastActivity ?? '') || a.partner.name.localeCompare(b.partner.name),
    );
}

/** Round anniversaries of partnerships that are not ended, in the next 12 months (start date, else signing date). */
export async function partnerAnniversaries(today: string): Promise<Anniversary[]> {
  const [started, signed] = await Promise.all([
    db.partners.where('startDate').aboveOrEqual('0').toArray(),
    db.partners.where('legalBasis.signedDate').aboveOrEqual('0').toArray(),
  ]);
  const byId = new Map([...signed, ...started].map((p) => [p.id, p]));
  return upcomingAnniversaries(
    [...byId.values()]
      .filter((p) => p.status !== 'ended')
      .flatMap((p) => {
        const since = p.startDate ?? p.legalBasis.signedDate;
        return since ? [{ id: p.id, name: p.name, since }] : [];
      }),
    today,
  );
}
