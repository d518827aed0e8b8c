// The annual report as titled tables: one source for the screen, CSV/XLSX and the printed report.
import type { CsvCell, MoneyCell } from '../export/csv';
import type { AnnualReport, MoneyTally, Tally } from './annual';

/** The records behind one figure: the screen opens them; files ignore them. */
export interface RecordLink {
  kind: 'partner' | 'event' | 'visit' | 'participant';
  ids: string[];
}

export interface ReportTable {
  id: string;
  title: string;
  header: string[];
  rows: (string | number)[][];
  /** Per row, per cell: the records behind that cell's figure, or null for a label. Same shape as `rows`. */
  links: (RecordLink | null)[][];
  /** What files write where it differs from the screen: amounts and days as typed cells. Same shape as `rows`. */
  files?: CsvCell[][];
}

export interface ReportText {
  /** A heading or column label of the report. */
  t(key: string): string;
  /** The label of a grouped value: `group` is kind, country, ageGroup, role, stage, funding, category, month. */
  value(group: string, key: string): string;
  partner(id: string): string;
  date(iso: string): string;
  number(n: number): string;
  /** An amount with its currency, as the screen writes money: `1 500,00 zł`, `€150.00`. */
  money(amount: number, currency: string): string;
}

const tallyRows = (rows: Tally[], label: (key: string) => string) => rows.map((r) => [label(r.key), r.count]);
const moneyRows = (rows: MoneyTally[], label: (key: string) => string, text: ReportText) =>
  rows.map((r) => [label(r.key), r.currency, text.money(r.amount, r.currency)]);
const money = (amount: number, currency: string, text: ReportText): MoneyCell => ({
  amount,
  currency,
  text: text.money(amount, currency),
});

const link = (kind: RecordLink['kind'], ids: string[]): RecordLink => ({ kind, ids });
/** `[label, count]` rows: the count opens the group's records. */
const linkTally = (kind: RecordLink['kind'], rows: Tally[]) => rows.map((r) => [null, link(kind, r.ids)]);
/** `[label, currency, amount]` rows: the amount opens the visits whose cost lines make it up. */
const linkMoney = (rows: MoneyTally[]) => rows.map((r) => [null, null, link('visit', r.visitIds)]);

export function reportTables(report: AnnualReport, text: ReportText): ReportTable[] {
  return tablesWithoutLinks(report, text).map((table) => {
    const links = linksOf(report, table.id);
    return { ...table, links: table.rows.map((row, r) => row.map((_, c) => links?.[r]?.[c] ?? null)) };
  });
}

function linksOf(report: AnnualReport, id: string): (RecordLink | null)[][] | undefined {
  const v = report.visits;
  const all: Record<string, (RecordLink | null)[][]> = {
    partners: (['active', 'new', 'ended', 'dormant'] as const).map((k) => [null, link('partner', report.partners[k])]),
    eventsByKind: linkTally('event', report.events.byKind),
    eventsByPartner: linkTally('event', report.events.byPartner),
    eventsByMonth: linkTally('event', sortedMonths(report)),
    visits: [
      ...v.byPartner.map((p) => [null, link('visit', p.incomingIds), link('visit', p.outgoingIds)]),
      [null, link('visit', v.incomingIds), link('visit', v.outgoingIds)],
    ],
    participantsByCountry: linkTally('participant', report.participants.byCountry),
    participantsByAge: linkTally('participant', report.participants.byAgeGroup),
    participantsByRole: linkTally('participant', report.participants.byRole),
    costsByCategory: linkMoney(report.costs.byCategory),
    costsByFunding: linkMoney(report.costs.byFunding),
    costTotals: report.costs.totals.map((m) => [null, link('visit', m.visitIds)]),
    // Awards and anniversaries are not counts: the partner's name opens the partner.
    awards: report.awards.map((a) => [link('partner', [a.partnerId])]),
    anniversaries: report.anniversaries.map((a) => [link('partner', [a.partnerId])]),
  };
  return all[id];
}

const sortedMonths = (report: AnnualReport) => [...report.events.byMonth].sort((a, b) => a.key.localeCompare(b.key));

function tablesWithoutLinks(report: AnnualReport, text: ReportText): Omit<ReportTable, 'links'>[] {
  const { t } = text;
  const count = t('column.count');
  return [
    {
      id: 'partners',
      title: t('section.partners'),
      header: [t('column.figure'), count, t('column.names')],
      rows: (['active', 'new', 'ended', 'dormant'] as const).map((k) => [
        t(`partners.${k}`),
        report.partners[k].length,
        report.partners[k].map(text.partner).join(', '),
      ]),
    },
    {
      id: 'eventsByKind',
      title: t('section.eventsByKind'),
      header: [t('column.kind'), count],
      rows: tallyRows(report.events.byKind, (k) => text.value('kind', k)),
    },
    {
      id: 'eventsByPartner',
      title: t('section.eventsByPartner'),
      header: [t('column.partner'), count],
      rows: tallyRows(report.events.byPartner, text.partner),
    },
    {
      id: 'eventsByMonth',
      title: t('section.eventsByMonth'),
      header: [t('column.month'), count],
      rows: tallyRows(sortedMonths(report), (k) => text.value('month', k)),
    },
    {
      id: 'visits',
      title: t('section.visits'),
      header: [t('column.partner'), t('column.incoming'), t('column.outgoing')],
      rows: [
        ...report.visits.byPartner.map((v) => [text.partner(v.partnerId), v.incoming, v.outgoing]),
        [t('column.total'), report.visits.incoming, report.visits.outgoing],
      ],
    },
    {
      id: 'participantsByCountry',
      title: t('section.participantsByCountry'),
      header: [t('column.country'), count],
      rows: tallyRows(report.participants.byCountry, (k) => text.value('country', k)),
    },
    {
      id: 'participantsByAge',
      title: t('section.participantsByAge'),
      header: [t('column.ageGroup'), count],
      rows: tallyRows(report.participants.byAgeGroup, (k) => text.value('ageGroup', k)),
    },
    {
      id: 'participantsByRole',
      title: t('section.participantsByRole'),
      header: [t('column.role'), count],
      rows: tallyRows(report.participants.byRole, (k) => text.value('role', k)),
    },
    {
      id: 'costsByCategory',
      title: t('section.costsByCategory'),
      header: [t('column.category'), t('column.currency'), t('column.amount')],
      rows: moneyRows(report.costs.byCategory, (k) => k || t('column.none'), text),
      files: report.costs.byCategory.map((r) => [
        r.key || t('column.none'),
        r.currency,
        money(r.amount, r.currency, text),
      ]),
    },
    {
      id: 'costsByFunding',
      title: t('section.costsByFunding'),
      header: [t('column.funding'), t('column.currency'), t('column.amount')],
      rows: moneyRows(report.costs.byFunding, (k) => (k ? text.value('funding', k) : t('column.none')), text),
      files: report.costs.byFunding.map((r) => [
        r.key ? text.value('funding', r.key) : t('column.none'),
        r.currency,
        money(r.amount, r.currency, text),
      ]),
    },
    {
      id: 'costTotals',
      title: t('section.costTotals'),
      header: [t('column.currency'), t('column.amount')],
      rows: report.costs.totals.map((m) => [m.currency, text.money(m.amount, m.currency)]),
      files: report.costs.totals.map((m) => [m.currency, money(m.amount, m.currency, text)]),
    },
    {
      id: 'awards',
      title: t('section.awards'),
      header: [t('column.partner'), t('column.stage'), t('column.year')],
      rows: report.awards.map((a) => [text.partner(a.partnerId), text.value('stage', a.stage), a.year]),
    },
    {
      id: 'anniversaries',
      title: t('section.anniversaries'),
      header: [t('column.partner'), t('column.years'), t('column.date')],
      rows: report.anniversaries.map((a) => [text.partner(a.partnerId), a.years, text.date(a.date)]),
      files: report.anniversaries.map((a) => [text.partner(a.partnerId), a.years, { date: a.date }]),
    },
  ];
}
