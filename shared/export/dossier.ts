// Builds the delegation dossier's document model from a visit and its partners, in Polish or English.
import { letterheadLines, type Contact, type Gift, type Member, type Partner } from '../domain';
import { formatDate, formatDateRange, type DateForm } from '../i18n/dates';
import { countryName, languageName } from '../i18n/names';
import { formatMoney, formatNumber } from '../i18n/numbers';
import type { Language } from '../ipc';
import { fileStem } from '../text/fold';
import { groupByDay } from '../visits/programme';
import { dossierWords, type DossierText } from './dossierText';
import type {
  CooperationArea,
  DossierBlock,
  DossierData,
  DossierDocument,
  DossierFact,
  DossierOptions,
  DossierSection,
} from './dossierTypes';

export type * from './dossierTypes';

/** Cooperation history reaches this many years back from the dossier's date. */
export const HISTORY_YEARS = 5;

function formatter(language: Language) {
  return {
    date: (iso: string, form: DateForm = 'long') => formatDate(iso, language, form),
    range: (start: string, end: string) => formatDateRange(start, end, language),
    money: (amount: number, currency: string) => formatMoney(amount, currency, language),
    number: (n: number) => formatNumber(n, language),
    country: (code: string) => countryName(code, language),
    language: (code: string) => languageName(code, language),
  };
}
type Formatter = ReturnType<typeof formatter>;

const present = (rows: (DossierFact | false | undefined)[]): DossierFact[] =>
  rows.filter((r): r is DossierFact => !!r && r.value.trim() !== '');

const tableOrEmpty = (columns: string[], rows: string[][], text: DossierText): DossierBlock =>
  rows.length > 0 ? { kind: 'table', columns, rows } : { kind: 'empty', text: text.none };

function partnerBlocks(partner: Partner, text: DossierText, f: Formatter, withHeading: boolean): DossierBlock[] {
  const facts = text.partnerFacts;
  const legal = partner.legalBasis;
  const areaName = (a: string) => (a in text.areas ? text.areas[a as CooperationArea] : a);
  return [
    ...(withHeading ? [{ kind: 'subheading' as const, text: partner.name }] : []),
    {
      kind: 'facts',
      rows: present([
        { label: facts.country, value: f.country(partner.country) },
        { label: facts.region, value: partner.region ?? '' },
        partner.population !== undefined && { label: facts.population, value: f.number(partner.population) },
        { label: facts.languages, value: partner.languages.map(f.language).join(', ') },
        { label: facts.website, value: partner.website ?? '' },
        { label: facts.relation, value: text.relationKind[partner.relationKind] },
        { label: facts.relationStatus, value: text.partnerStatus[partner.status] },
        partner.startDate !== undefined && { label: facts.since, value: f.date(partner.startDate) },
        { label: facts.areas, value: partner.areas.map(areaName).join(', ') },
        { label: facts.resolution, value: legal.resolutionNumber ?? '' },
        legal.resolutionDate !== undefined && { label: facts.resolutionDate, value: f.date(legal.resolutionDate) },
        { label: facts.adoptedBy, value: legal.adoptedBy ?? '' },
        legal.signedDate !== undefined && { label: facts.signed, value: f.date(legal.signedDate) },
      ]),
    },
    { kind: 'paragraph', text: facts.legalBasis },
  ];
}

function historyRows(data: DossierData, text: DossierText, f: Formatter): string[][] {
  const since = `${Number(data.today.slice(0, 4)) - HISTORY_YEARS}${data.today.slice(4, 10)}`;
  const events = data.history.events
    .filter((e) => e.series === 1 || e.end.slice(0, 10) >= since)
    .map((e) => ({
      date: e.start.slice(0, 10),
      when:
        e.series === 1
          ? text.t('dossier:history.yearly', { year: e.start.slice(0, 4) })
          : f.range(e.start.slice(0, 10), e.end.slice(0, 10)),
      kind: text.history.event,
      title: e.title,
    }));
  const visits = data.history.visits
    .filter((v) => v.id !== data.visit.id && v.end >= since)
    .map((v) => ({
      date: v.start,
      when: f.range(v.start, v.end),
      kind: text.history.visit[v.direction],
      title: v.title,
    }));
  return [...events, ...visits].sort((a, b) => b.date.localeCompare(a.date)).map((r) => [r.when, r.kind, r.title]);
}

function contactRows(contacts: Contact[], partners: Partner[], text: DossierText, f: Formatter): string[][] {
  const order = new Map(partners.map((p, i) => [p.id, i]));
  const roleOrder = ['mayor', 'coordinator', 'interpreter', 'other'];
  return [...contacts]
    .sort(
      (a, b) =>
        (order.get(a.partnerId) ?? 0) - (order.get(b.partnerId) ?? 0) ||
        roleOrder.indexOf(a.role) - roleOrder.indexOf(b.role),
    )
    .map((c) => {
      const town = partners.length > 1 ? ` (${partners.find((p) => p.id === c.partnerId)?.name ?? ''})` : '';
      return [
        c.name,
        text.contactRole[c.role] + town,
        c.email ?? '',
        c.phone ?? '',
        c.languages.map(f.language).join(', '),
      ];
    });
}

function programmeBlocks(data: DossierData, text: DossierText, f: Formatter): DossierBlock[] {
  const days = groupByDay(data.visit.programme);
  if (days.length === 0) return [{ kind: 'empty', text: text.none }];
  return days.flatMap((day): DossierBlock[] => [
    { kind: 'subheading', text: f.date(day.date, 'weekdayLong') },
    {
      kind: 'table',
      columns: text.programmeColumns,
      compact: [0],
      rows: day.items.map((i) => [
        `${i.from.slice(11, 16)}–${i.to.slice(0, 10) === day.date ? i.to.slice(11, 16) : f.date(i.to.slice(0, 10), 'short') + ' ' + i.to.slice(11, 16)}`,
        i.activity,
        i.place ?? '',
        i.responsible ?? '',
        i.notes ?? '',
      ]),
    },
  ]);
}

/** Newest first. */
function giftTable(gifts: Gift[], text: DossierText, f: Formatter): DossierBlock {
  return tableOrEmpty(
    text.giftColumns,
    [...gifts]
      .sort((a, b) => b.date.localeCompare(a.date))
      .map((g) => [
        f.date(g.date),
        text.giftDirection[g.direction],
        g.counterpart ?? '',
        g.description,
        g.value ? f.money(g.value.amount, g.value.currency) : '',
      ]),
    text,
  );
}

/** A member's needs may leave the office only while their consent to pass them on is in force on `asOf`. */
export function mayShareNeeds(m: Pick<Member, 'needsConsent'>, asOf: string): boolean {
  const c = m.needsConsent;
  return c !== undefined && c.givenOn <= asOf && (c.withdrawnOn === undefined || c.withdrawnOn > asOf);
}

/** Members whose needs a dossier made on `asOf` with the needs leaves out for want of consent. */
export const needsWithheld = (members: readonly Member[], asOf: string): Member[] =>
  members.filter((m) => !!(m.dietaryNeeds?.trim() || m.accessibilityNeeds?.trim()) && !mayShareNeeds(m, asOf));

/**
 * The delegation by precedence in one table of six columns; when the user chose to include the needs (health data),
 * they follow in a table of their own, listed under each person's number and name, filled only for members whose
 * consent is in force on the dossier's day. Two narrow tables fit A4 without splitting a word; one of eight did not.
 */
function memberBlocks(
  visit: DossierData['visit'],
  text: DossierText,
  f: Formatter,
  includeNeeds: boolean,
  today: string,
): DossierBlock[] {
  const needsColumns = new Set([5, 6]);
  const members = [...visit.members].sort((a, b) => a.precedence - b.precedence);
  const rows = members.map((m, i) => [
    String(i + 1),
    m.name,
    m.function ?? '',
    m.organisation ?? '',
    m.languages.map(f.language).join(', '),
    m.contact ?? '',
  ]);
  const table = tableOrEmpty(
    text.memberColumns.filter((_, i) => !needsColumns.has(i)),
    rows,
    text,
  );
  if (!includeNeeds || members.length === 0) return [table];
  const [number, name, , , , diet, access] = text.memberColumns;
  const needs = members.map((m, i) => [
    String(i + 1),
    m.name,
    mayShareNeeds(m, today) ? (m.dietaryNeeds ?? '') : '',
    mayShareNeeds(m, today) ? (m.accessibilityNeeds ?? '') : '',
  ]);
  return [table, { kind: 'table', columns: [number!, name!, diet!, access!], rows: needs, compact: [0] }];
}

export function buildDossier(data: DossierData, language: Language, options: DossierOptions = {}): DossierDocument {
  const text = dossierWords(language);
  const f = formatter(language);
  const { visit, partners } = data;
  const partnerNames = partners.map((p) => p.name).join(', ');
  const sections: DossierSection[] = [
    {
      id: 'partner',
      heading: text.sections.partner,
      blocks: partners.length
        ? partners.flatMap((p) => partnerBlocks(p, text, f, partners.length > 1))
        : [{ kind: 'empty', text: text.none }],
    },
    {
      id: 'history',
      heading: text.sections.history,
      blocks: [tableOrEmpty(text.history.columns, historyRows(data, text, f), text)],
    },
    {
      id: 'contacts',
      heading: text.sections.contacts,
      blocks: [tableOrEmpty(text.contactColumns, contactRows(data.contacts, partners, text, f), text)],
    },
    {
      id: 'members',
      heading: text.sections.members,
      blocks: memberBlocks(visit, text, f, options.includeNeeds === true, data.today),
    },
    { id: 'programme', heading: text.sections.programme, blocks: programmeBlocks(data, text, f) },
    {
      id: 'logistics',
      heading: text.sections.logistics,
      blocks: [
        tableOrEmpty(
          text.logisticsColumns,
          visit.logistics.map((l) => [
            l.label || (l.kind ? text.logisticsKind[l.kind] : ''),
            text.logisticsStatus[l.status],
            l.owner ?? '',
            l.notes ?? '',
          ]),
          text,
        ),
      ],
    },
    { id: 'visitGifts', heading: text.sections.visitGifts, blocks: [giftTable(data.visitGifts, text, f)] },
    { id: 'gifts', heading: text.sections.gifts, blocks: [giftTable(data.gifts, text, f)] },
    {
      id: 'followUps',
      heading: text.sections.followUps,
      blocks: [
        tableOrEmpty(
          text.taskColumns,
          data.tasks
            .filter((t) => t.done === 0)
            .sort((a, b) => a.due.localeCompare(b.due))
            .map((t) => [t.title, t.owner ?? '', f.date(t.due)]),
          text,
        ),
      ],
    },
  ];
  return {
    language,
    title: text.title,
    header: [data.homeTown.name, data.homeTown.officeName].filter(Boolean).join(' · '),
    letterhead: {
      lines: letterheadLines(data.homeTown),
      ...(data.homeTown.logo ? { logo: data.homeTown.logo } : {}),
      logoAlt: data.homeTown.name,
    },
    cover: {
      visitTitle: visit.title,
      kind: `${text.kind[visit.direction]} · ${text.status[visit.status]}`,
      facts: present([
        { label: text.dates, value: f.range(visit.start, visit.end) },
        { label: partners.length > 1 ? text.partners : text.partner, value: partnerNames },
        { label: text.homeTown, value: data.homeTown.name },
        { label: text.purpose, value: visit.purpose ?? '' },
        { label: text.generatedOn, value: f.date(data.today) },
      ]),
    },
    sections,
    fileStem: fileStem([text.title, partners[0]?.name ?? '', visit.start], 'dossier'),
    pageWords: { page: text.page, of: text.of },
  };
}
