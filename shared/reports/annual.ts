// The yearly report on international cooperation: every figure computed from the records, with the
// ids behind it so the UI can open them. An event or visit belongs to the period its first day falls in,
// so a camp crossing New Year is counted once, in the year it starts.
import { eachMonthOfInterval, format, parseISO } from 'date-fns';
import { expandEvents } from '../calendar/recurrence';
import type { Agreement, CalendarEvent, Money, Participant, Partner, Visit } from '../domain';
import { HOME } from '../domain/common';
import { participantAgeBand } from '../exchanges/age';
import type { AgeGroup } from '../exchanges/lists';
import { anniversaryIn } from '../partners/anniversary';
import { isDormant } from '../partners/dormancy';

export interface ReportInput {
  partners: readonly Partner[];
  agreements: readonly Agreement[];
  events: readonly CalendarEvent[];
  visits: readonly Visit[];
  participants: readonly Participant[];
  homeCountry: string;
  dormancyMonths: number;
}

export interface Period {
  from: string;
  to: string;
}

/** A counted group and the records behind it. */
export interface Tally {
  key: string;
  count: number;
  ids: string[];
}

export interface MoneyTally {
  key: string;
  currency: string;
  amount: number;
  visitIds: string[];
}

/** Visits with one partner: counts per direction and the visits behind each. */
export interface VisitTally {
  partnerId: string;
  incoming: number;
  outgoing: number;
  incomingIds: string[];
  outgoingIds: string[];
  ids: string[];
}

export interface AnnualReport {
  period: Period;
  partners: { active: string[]; new: string[]; ended: string[]; dormant: string[] };
  events: { total: number; ids: string[]; byKind: Tally[]; byPartner: Tally[]; byMonth: Tally[] };
  visits: {
    incoming: number;
    outgoing: number;
    incomingIds: string[];
    outgoingIds: string[];
    byPartner: VisitTally[];
  };
  participants: { total: number; ids: string[]; byCountry: Tally[]; byAgeGroup: Tally[]; byRole: Tally[] };
  /** Totals per currency, each with the visits whose cost lines make it up. */
  costs: { byCategory: MoneyTally[]; byFunding: MoneyTally[]; totals: (Money & { visitIds: string[] })[] };
  awards: { partnerId: string; stage: string; year: number }[];
  anniversaries: { partnerId: string; years: number; date: string }[];
}

const inPeriod = (day: string, p: Period) => day >= p.from && day <= p.to;

function tally(entries: Iterable<[string, string]>): Tally[] {
  const map = new Map<string, Set<string>>();
  for (const [key, id] of entries) {
    const ids = map.get(key) ?? new Set<string>();
    ids.add(id);
    map.set(key, ids);
  }
  return [...map]
    .map(([key, ids]) => ({ key, count: ids.size, ids: [...ids] }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** The months of a period as `yyyy-MM`, or none when the period is too long to chart month by month. */
function monthsOf(period: Period, max = 60): string[] {
  const months = eachMonthOfInterval({ start: parseISO(period.from), end: parseISO(period.to) });
  return months.length > max ? [] : months.map((m) => format(m, 'yyyy-MM'));
}

/** Events per month, every month of the period present (zero where nothing happened), oldest first. */
function byMonth(occurrences: readonly { firstDay: string }[], ids: string[], period: Period): Tally[] {
  const counted = new Map(tally(occurrences.map((o, i) => [o.firstDay.slice(0, 7), ids[i]!])).map((t) => [t.key, t]));
  for (const key of monthsOf(period)) if (!counted.has(key)) counted.set(key, { key, count: 0, ids: [] });
  return [...counted.values()].sort((a, b) => a.key.localeCompare(b.key));
}

function moneyTally(
  entries: Iterable<{ key: string; currency: string; amount: number; visitId: string }>,
): MoneyTally[] {
  const map = new Map<string, MoneyTally>();
  for (const e of entries) {
    const id = `${e.key}\u0000${e.currency}`;
    const row = map.get(id) ?? { key: e.key, currency: e.currency, amount: 0, visitIds: [] };
    row.amount = Math.round((row.amount + e.amount) * 100) / 100;
    if (!row.visitIds.includes(e.visitId)) row.visitIds.push(e.visitId);
    map.set(id, row);
  }
  return [...map.values()].sort((a, b) => a.key.localeCompare(b.key) || a.currency.localeCompare(b.currency));
}

const STOPS: readonly string[] = ['ended', 'suspended'];

/**
 * Whether a partnership was in force at the end of the period. Dated agreement changes decide where there
 * are any (ended in 2020: active in a report for 2019, not for 2021); otherwise today's status does.
 */
function activeAtEnd(partner: Partner, agreements: readonly Agreement[], period: Period): boolean {
  if (partner.startDate && partner.startDate > period.to) return false;
  const changes = agreements
    .filter((a) => a.partnerId === partner.id && a.change !== 'amended')
    .sort((a, b) => a.date.localeCompare(b.date));
  const last = changes.filter((a) => a.date <= period.to).at(-1);
  if (last && STOPS.includes(last.change)) return false;
  if (changes.some((a) => a.date > period.to && STOPS.includes(a.change))) return true;
  return partner.status === 'active';
}

export function buildAnnualReport(input: ReportInput, period: Period): AnnualReport {
  const occurrences = expandEvents(input.events, period.from, period.to).filter((o) => inPeriod(o.firstDay, period));
  const visits = input.visits.filter((v) => v.status !== 'cancelled' && inPeriod(v.start, period));
  const occurrenceId = (o: (typeof occurrences)[number]) =>
    o.event.series === 1 ? `${o.event.id}@${o.key}` : o.event.id;

  const lastActivity = new Map<string, string>();
  const touch = (partnerId: string, day: string) => {
    if (day <= period.to && (lastActivity.get(partnerId) ?? '') < day) lastActivity.set(partnerId, day);
  };
  for (const o of expandEvents(input.events, '1900-01-01', period.to))
    o.event.partnerIds.forEach((id) => touch(id, o.firstDay));
  for (const v of input.visits) v.partnerIds.forEach((id) => touch(id, v.start));

  const endedIds = new Set(
    input.agreements.filter((a) => a.change === 'ended' && inPeriod(a.date, period)).map((a) => a.partnerId),
  );
  const partners = {
    active: input.partners.filter((p) => activeAtEnd(p, input.agreements, period)).map((p) => p.id),
    new: input.partners.filter((p) => p.startDate && inPeriod(p.startDate, period)).map((p) => p.id),
    ended: input.partners.filter((p) => endedIds.has(p.id)).map((p) => p.id),
    dormant: input.partners
      .filter((p) =>
        isDormant(
          { status: p.status, lastActivity: lastActivity.get(p.id), since: p.startDate ?? p.createdAt.slice(0, 10) },
          period.to,
          input.dormancyMonths,
        ),
      )
      .map((p) => p.id),
  };

  const occurrenceDay = new Map(input.events.map((e) => [e.id, e.start.slice(0, 10)]));
  const counted = input.participants.filter((p) => {
    if (p.status === 'withdrawn' || p.status === 'noShow') return false;
    return inPeriod(p.occurrence ?? occurrenceDay.get(p.eventId) ?? '', period);
  });
  const partnerCountry = new Map(input.partners.map((p) => [p.id, p.country]));
  const countryOf = (ref: string | undefined) =>
    ref === undefined ? '??' : ref === HOME ? input.homeCountry : (partnerCountry.get(ref) ?? '??');

  const costLines = visits.flatMap((v) => v.costs.map((c) => ({ ...c, visitId: v.id })));
  const totals = moneyTally(
    costLines.map((c) => ({ key: '', currency: c.currency, amount: c.amount, visitId: c.visitId })),
  );

  const ofDirection = (list: readonly Visit[], direction: Visit['direction']) =>
    list.filter((v) => v.direction === direction).map((v) => v.id);
  const incomingIds = ofDirection(visits, 'incoming');
  const outgoingIds = ofDirection(visits, 'outgoing');
  const occurrenceIds = occurrences.map(occurrenceId);

  const years = Array.from(
    { length: Number(period.to.slice(0, 4)) - Number(period.from.slice(0, 4)) + 1 },
    (_, i) => Number(period.from.slice(0, 4)) + i,
  );
  return {
    period,
    partners,
    events: {
      total: occurrences.length,
      ids: occurrenceIds,
      byKind: tally(occurrences.map((o) => [o.event.kind, occurrenceId(o)])),
      byPartner: tally(
        occurrences.flatMap((o) => o.event.partnerIds.map((id): [string, string] => [id, occurrenceId(o)])),
      ),
      byMonth: byMonth(occurrences, occurrenceIds, period),
    },
    visits: {
      incoming: incomingIds.length,
      outgoing: outgoingIds.length,
      incomingIds,
      outgoingIds,
      byPartner: [...new Set(visits.flatMap((v) => v.partnerIds))]
        .map((partnerId): VisitTally => {
          const mine = visits.filter((v) => v.partnerIds.includes(partnerId));
          const [incoming, outgoing] = [ofDirection(mine, 'incoming'), ofDirection(mine, 'outgoing')];
          return {
            partnerId,
            incoming: incoming.length,
            outgoing: outgoing.length,
            incomingIds: incoming,
            outgoingIds: outgoing,
            ids: mine.map((v) => v.id),
          };
        })
        .sort((a, b) => b.incoming + b.outgoing - (a.incoming + a.outgoing)),
    },
    participants: {
      total: counted.length,
      ids: counted.map((p) => p.id),
      byCountry: tally(counted.map((p) => [countryOf(p.sendingTown), p.id])),
      byAgeGroup: tally(counted.map((p): [AgeGroup, string] => [participantAgeBand(p, p.occurrence), p.id])),
      byRole: tally(counted.map((p) => [p.role, p.id])),
    },
    costs: {
      byCategory: moneyTally(
        costLines.map((c) => ({ key: c.category, currency: c.currency, amount: c.amount, visitId: c.visitId })),
      ),
      byFunding: moneyTally(
        costLines.map((c) => ({ key: c.funding ?? '', currency: c.currency, amount: c.amount, visitId: c.visitId })),
      ),
      totals: totals.map((t) => ({ amount: t.amount, currency: t.currency, visitIds: t.visitIds })),
    },
    awards: input.partners.flatMap((p) =>
      p.awards.filter((a) => years.includes(a.year)).map((a) => ({ partnerId: p.id, stage: a.stage, year: a.year })),
    ),
    anniversaries: input.partners.flatMap((p) => {
      if (!p.startDate) return [];
      return years.flatMap((year) => {
        const n = year - Number(p.startDate!.slice(0, 4));
        const date = anniversaryIn(p.startDate!, year);
        return n > 0 && n % 5 === 0 && inPeriod(date, period) ? [{ partnerId: p.id, years: n, date }] : [];
      });
    }),
  };
}
