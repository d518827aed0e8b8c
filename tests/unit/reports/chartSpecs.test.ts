import { describe, expect, it } from 'vitest';
import type { Partner, Visit } from '../../../shared/domain';
import { buildAnnualReport } from '../../../shared/reports/annual';
import { reportTables, type ReportText } from '../../../shared/reports/tables';
import { chartSpecs } from '../../../renderer/features/reports/chartSpecs';
import { formatMoney } from '../../../shared/i18n/numbers';

const stamps = { createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };
const partner = (id: string, country: string): Partner => ({
  id,
  name: id,
  country,
  relationKind: 'partnership',
  status: 'active',
  languages: [],
  areas: [],
  funding: [],
  awards: [],
  legalBasis: {},
  ...stamps,
});
const visit = (id: string, costs: Visit['costs']): Visit => ({
  id,
  direction: 'incoming',
  partnerIds: ['ronnenberg'],
  title: id,
  start: '2026-05-01',
  end: '2026-05-02',
  status: 'done',
  members: [],
  programme: [],
  logistics: [],
  costs,
  ...stamps,
});

/** Labels as the English screen shows them: thousands with commas, a point for decimals. */
const english: ReportText = {
  t: (key) => key,
  value: (group, key) => `${group}:${key}`,
  partner: (id) => id,
  date: (iso) => iso,
  number: (n) => new Intl.NumberFormat('en-GB').format(n),
  money: (amount, currency) => formatMoney(amount, currency, 'en'),
};

describe('report charts', () => {
  const report = buildAnnualReport(
    {
      partners: [partner('ronnenberg', 'DE')],
      agreements: [],
      events: [],
      participants: [],
      homeCountry: 'PL',
      dormancyMonths: 24,
      visits: [
        visit('v1', [
          { id: 'c1', category: 'hotel', amount: 1300.5, currency: 'EUR', funding: 'interreg' },
          { id: 'c2', category: 'hotel', amount: 12000, currency: 'PLN', funding: 'interreg' },
        ]),
      ],
    },
    { from: '2026-01-01', to: '2026-12-31' },
  );
  const specs = chartSpecs(report, reportTables(report, english), (k) => k);

  it('plots amounts as numbers whatever the language formats them as, one chart per currency', () => {
    expect(reportTables(report, english).find((t) => t.id === 'costsByFunding')?.rows).toEqual([
      ['funding:interreg', 'EUR', '€1,300.50'],
      ['funding:interreg', 'PLN', 'PLN\u00a012,000.00'],
    ]);
    const costs = specs.filter((s) => s.label.startsWith('chart.costsByFunding'));
    expect(costs).toEqual([
      { label: 'chart.costsByFunding (EUR)', currency: 'EUR', bars: [{ label: 'funding:interreg', value: 1300.5 }] },
      { label: 'chart.costsByFunding (PLN)', currency: 'PLN', bars: [{ label: 'funding:interreg', value: 12000 }] },
    ]);
    // Counts have no currency: their axes are plain numbers.
    expect(specs.filter((s) => s.currency === undefined)).toHaveLength(3);
  });

  it('plots every month of the year and the visits per partner', () => {
    const months = specs.find((s) => s.label === 'chart.eventsByMonth')!.bars;
    expect(months).toHaveLength(12);
    expect(months.every((m) => m.value === 0)).toBe(true);
    expect(specs.find((s) => s.label === 'chart.visitsByPartner')?.bars).toEqual([{ label: 'ronnenberg', value: 1 }]);
  });
});
