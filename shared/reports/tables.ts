// The annual report as titled tables: one source for the screen, CSV/XLSX and the printed report.
import type { AnnualReport, MoneyTally, Tally } from './annual';

/** The records behind one row: the screen opens them; files ignore them. */
export interface RecordLink {
  kind: 'partner' | 'event' | 'visit' | 'participant';
  ids: string[];
}

export interface ReportTable {
  id: string;
  title: string;
  header: string[];
  rows: (string | number)[][];
  links: (RecordLink | null)[];
}

export interface ReportText {
  /** A heading or column label of the report. */
  t(key: string): string;
  /** The label of a grouped value: `group` is kind, country, ageGroup, role, stage, funding, category, month. */
  value(group: string, key: string): string;
  partner(id: string): string;
  date(iso: string): string;
  number(n: number): string;
}

const tallyRows = (rows: Tally[], label: (key: string) => string) => rows.map((r) => [label(r.key), r.count]);
const moneyRows = (rows: MoneyTally[], label: (key: string) => string, text: ReportText) =>
  rows.map((r) => [label(r.key), r.currency, text.number(r.amount)]);

const linkTally = (kind: RecordLink['kind'], rows: Tally[]) => rows.map((r): RecordLink => ({ kind, ids: r.ids }));
const linkMoney = (rows: MoneyTally[]) => rows.map((r): RecordLink => ({ kind: 'visit', ids: r.visitIds }));

export function reportTables(report: AnnualReport, text: ReportText): ReportTable[] {
  return tablesWithoutLinks(report, text).map((table) => ({ ...table, links: linksOf(report, table.id, table.rows.length) }));
}

function linksOf(report: AnnualReport, id: string, length: number): (RecordLink | null)[] {
  const byMonth = [...report.events.byMonth].sort((a, b) => a.key.localeCompare(b.key));
  const all: Record<string, (RecordLink | null)[]> = {
    partners: (['active', 'new', 'ended', 'dormant'] as const).map((k) => ({ kind: 'partner', ids: report.partners[k] })),
    eventsByKind: linkTally('event', report.events.byKind),
    eventsByPartner: linkTally('event', report.events.byPartner),
    eventsByMonth: linkTally('event', byMonth),
    visits: [...report.visits.byPartner.map((v): RecordLink => ({ kind: 'visit', ids: v.ids })), null],
    participantsByCountry: linkTally('participant', report.participants.byCountry),
    participantsByAge: linkTally('participant', report.participants.byAgeGroup),
    participantsByRole: linkTally('participant', report.participants.byRole),
    costsByCategory: linkMoney(report.costs.byCategory),
    costsByFunding: linkMoney(report.costs.byFunding),
    awards: report.awards.map((a): RecordLink => ({ kind: 'partner', ids: [a.partnerId] })),
    anniversaries: report.anniversaries.map((a): RecordLink => ({ kind: 'partner', ids: [a.partnerId] })),
  };
  return all[id] ?? Array<null>(length).fill(null);
}

function tablesWithoutLinks(report: AnnualReport, text: ReportText): Omit<ReportTable, 'links'>[] {
  const { t } = text;
  const count = t('column.count');
  return [
    {
      id: 'partners', title: t('section.partners'), header: [t('column.figure'), count, t('column.names')],
      rows: (['active', 'new', 'ended', 'dormant'] as const).map((k) => [
        t(`partners.${k}`), report.partners[k].length, report.partners[k].map(text.partner).join(', '),
      ]),
    },
    { id: 'eventsByKind', title: t('section.eventsByKind'), header: [t('column.kind'), count], rows: tallyRows(report.events.byKind, (k) => text.value('kind', k)) },
    { id: 'eventsByPartner', title: t('section.eventsByPartner'), header: [t('column.partner'), count], rows: tallyRows(report.events.byPartner, text.partner) },
    { id: 'eventsByMonth', title: t('section.eventsByMonth'), header: [t('column.month'), count], rows: tallyRows([...report.events.byMonth].sort((a, b) => a.key.localeCompare(b.key)), (k) => text.value('month', k)) },
    {
      id: 'visits', title: t('section.visits'), header: [t('column.partner'), t('column.incoming'), t('column.outgoing')],
      rows: [...report.visits.byPartner.map((v) => [text.partner(v.partnerId), v.incoming, v.outgoing]), [t('column.total'), report.visits.incoming, report.visits.outgoing]],
    },
    { id: 'participantsByCountry', title: t('section.participantsByCountry'), header: [t('column.country'), count], rows: tallyRows(report.participants.byCountry, (k) => text.value('country', k)) },
    { id: 'participantsByAge', title: t('section.participantsByAge'), header: [t('column.ageGroup'), count], rows: tallyRows(report.participants.byAgeGroup, (k) => text.value('ageGroup', k)) },
    { id: 'participantsByRole', title: t('section.participantsByRole'), header: [t('column.role'), count], rows: tallyRows(report.participants.byRole, (k) => text.value('role', k)) },
    { id: 'costsByCategory', title: t('section.costsByCategory'), header: [t('column.category'), t('column.currency'), t('column.amount')], rows: moneyRows(report.costs.byCategory, (k) => k || t('column.none'), text) },
    { id: 'costsByFunding', title: t('section.costsByFunding'), header: [t('column.funding'), t('column.currency'), t('column.amount')], rows: moneyRows(report.costs.byFunding, (k) => (k ? text.value('funding', k) : t('column.none')), text) },
    { id: 'costTotals', title: t('section.costTotals'), header: [t('column.currency'), t('column.amount')], rows: report.costs.totals.map((m) => [m.currency, text.number(m.amount)]) },
    { id: 'awards', title: t('section.awards'), header: [t('column.partner'), t('column.stage'), t('column.year')], rows: report.awards.map((a) => [text.partner(a.partnerId), text.value('stage', a.stage), a.year]) },
    { id: 'anniversaries', title: t('section.anniversaries'), header: [t('column.partner'), t('column.years'), t('column.date')], rows: report.anniversaries.map((a) => [text.partner(a.partnerId), a.years, text.date(a.date)]) },
  ];
}
