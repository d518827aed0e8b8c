// What the report's charts plot: labels from the report's tables (already in the UI language), values
// straight from the report's numbers — never parsed back from formatted text.
import type { AnnualReport } from '../../../shared/reports/annual';
import type { ReportTable } from '../../../shared/reports/tables';

export interface ChartSpec {
  label: string;
  bars: { label: string; value: number }[];
  /** Set when the bars are amounts: all in this one currency, the axis written in it. */
  currency?: string;
}

const labels = (table: ReportTable | undefined) => (table?.rows ?? []).map((r) => String(r[0]));

/**
 * The charts; `tables` are `reportTables(report, …)`, whose rows follow the report's order. Costs by funding get
 * one chart per currency (named with it), so no axis ever adds złoty to euro.
 */
export function chartSpecs(
  report: AnnualReport,
  tables: readonly ReportTable[],
  t: (key: string) => string,
): ChartSpec[] {
  const table = (id: string) => tables.find((x) => x.id === id);
  const zip = (id: string, values: number[], suffix: (i: number) => string = () => '') =>
    labels(table(id))
      .slice(0, values.length)
      .map((label, i) => ({ label: label + suffix(i), value: values[i]! }));
  const funding = report.costs.byFunding;
  const fundingLabels = labels(table('costsByFunding'));
  const currencies = [...new Set(funding.map((f) => f.currency))].sort();
  return [
    {
      label: t('chart.eventsByMonth'),
      bars: zip(
        'eventsByMonth',
        report.events.byMonth.map((m) => m.count),
      ),
    },
    {
      label: t('chart.visitsByPartner'),
      bars: zip(
        'visits',
        report.visits.byPartner.map((v) => v.incoming + v.outgoing),
      ),
    },
    {
      label: t('chart.participantsByCountry'),
      bars: zip(
        'participantsByCountry',
        report.participants.byCountry.map((c) => c.count),
      ),
    },
    ...currencies.map((currency) => ({
      label: `${t('chart.costsByFunding')} (${currency})`,
      currency,
      bars: funding.flatMap((f, i) =>
        f.currency === currency && i < fundingLabels.length ? [{ label: fundingLabels[i]!, value: f.amount }] : [],
      ),
    })),
  ];
}
