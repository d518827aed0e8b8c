import { describe, expect, it } from 'vitest';
import { buildAnnualReport } from '../../../shared/reports/annual';
import { agreements, ended, input, stamps, year2026 } from './fixture';

describe('the annual report', () => {
  const report = buildAnnualReport(input, year2026);

  it('counts each event occurrence once, in the year its first day falls in', () => {
    // camp 2026, newYear (starts 30 Dec 2026), march; lastYear started in 2025.
    expect(report.events.total).toBe(3);
    expect([...report.events.ids].sort()).toEqual(['camp@2026-07-10', 'march', 'newYear']);
    expect(report.events.byKind).toEqual([
      { key: 'conference', count: 1, ids: ['newYear'] },
      { key: 'sports', count: 1, ids: ['march'] },
      { key: 'youthCamp', count: 1, ids: ['camp@2026-07-10'] },
    ]);
    expect(report.events.byPartner.find((t) => t.key === 'ronnenberg')?.count).toBe(2);
    expect(report.events.byMonth.filter((t) => t.count > 0).map((t) => t.key)).toEqual([
      '2026-03',
      '2026-07',
      '2026-12',
    ]);
  });

  it('lists every month of the period for the chart, empty ones with zero, oldest first', () => {
    expect(report.events.byMonth.map((t) => t.key)).toEqual(
      ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => `2026-${m}`),
    );
    expect(report.events.byMonth.find((t) => t.key === '2026-05')).toEqual({ key: '2026-05', count: 0, ids: [] });
    expect(report.events.byMonth.find((t) => t.key === '2026-07')).toEqual({
      key: '2026-07',
      count: 1,
      ids: ['camp@2026-07-10'],
    });
    const crossing = buildAnnualReport(input, { from: '2025-11-15', to: '2026-02-10' });
    expect(crossing.events.byMonth.map((t) => t.key)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    const decades = buildAnnualReport(input, { from: '1992-01-01', to: '2026-12-31' });
    expect(decades.events.byMonth.every((t) => t.count > 0)).toBe(true);
  });

  it('counts visits by direction and partner, leaving out cancelled ones and other years', () => {
    expect(report.visits.incoming).toBe(1);
    expect(report.visits.outgoing).toBe(1);
    expect(report.visits.byPartner).toEqual([
      {
        partnerId: 'ronnenberg',
        incoming: 1,
        outgoing: 1,
        incomingIds: ['v1'],
        outgoingIds: ['v2'],
        ids: ['v1', 'v2'],
      },
      { partnerId: 'duclair', incoming: 0, outgoing: 1, incomingIds: [], outgoingIds: ['v2'], ids: ['v2'] },
    ]);
    expect(report.visits.incomingIds).toEqual(['v1']);
    expect(report.visits.outgoingIds).toEqual(['v2']);
  });

  it('sums costs per category, funding programme and currency without mixing currencies', () => {
    expect(report.costs.totals).toEqual([
      { amount: 300, currency: 'EUR', visitIds: ['v1'] },
      { amount: 1300, currency: 'PLN', visitIds: ['v1', 'v2'] },
    ]);
    expect(report.costs.byCategory).toEqual([
      { key: 'hotel', currency: 'PLN', amount: 1300, visitIds: ['v1', 'v2'] },
      { key: 'travel', currency: 'EUR', amount: 300, visitIds: ['v1'] },
    ]);
    expect(report.costs.byFunding.find((t) => t.key === 'interreg')).toEqual({
      key: 'interreg',
      currency: 'PLN',
      amount: 1300,
      visitIds: ['v1', 'v2'],
    });
  });

  it('counts participants of the year by country, age group on the first day and role, without withdrawals', () => {
    expect(report.participants.total).toBe(3);
    expect([...report.participants.ids].sort()).toEqual(['p1', 'p2', 'p3']);
    expect(report.participants.byCountry.map((t) => [t.key, t.count]).sort()).toEqual([
      ['DE', 1],
      ['FR', 1],
      ['PL', 1],
    ]);
    // p1 turns 12 on the first day; p2 is 17 until the day after; p3 is an adult.
    expect(Object.fromEntries(report.participants.byAgeGroup.map((t) => [t.key, t.count]))).toEqual({
      upTo12: 1,
      from13to17: 1,
      from26: 1,
    });
    expect(Object.fromEntries(report.participants.byRole.map((t) => [t.key, t.count]))).toEqual({
      participant: 2,
      chaperone: 1,
    });
  });

  it('lists new, ended, active and dormant partners', () => {
    expect(report.partners.new).toEqual(['duclair']);
    expect(report.partners.ended).toEqual(['ended']);
    expect(report.partners.active.sort()).toEqual(['duclair', 'jarfalla', 'ronnenberg']);
  });

  it('counts a partnership as active in a past year when it ended later, and not once it has ended', () => {
    const year = (y: number) =>
      buildAnnualReport(input, { from: `${y}-01-01`, to: `${y}-12-31` }).partners.active.sort();
    // "ended" stopped on 1 April 2026; Duclair started in March 2026.
    expect(year(2025)).toEqual(['ended', 'jarfalla', 'ronnenberg']);
    expect(year(2027)).toEqual(['duclair', 'jarfalla', 'ronnenberg']);
    const renewed = [
      ...agreements,
      { id: 'a3', partnerId: 'ended', change: 'renewed' as const, date: '2027-05-01', title: 'Odnowienie', ...stamps },
    ];
    const with2027 = buildAnnualReport(
      {
        ...input,
        agreements: renewed,
        partners: [...input.partners.filter((p) => p.id !== 'ended'), { ...ended, status: 'active' }],
      },
      { from: '2027-01-01', to: '2027-12-31' },
    );
    expect(with2027.partners.active.sort()).toEqual(['duclair', 'ended', 'jarfalla', 'ronnenberg']);
    expect(report.partners.dormant).toEqual(['jarfalla']);
  });

  it('lists awards of the year and round anniversaries in the period', () => {
    expect(report.awards).toEqual([{ partnerId: 'ronnenberg', stage: 'flag', year: 2026 }]);
    expect(report.anniversaries).toEqual([{ partnerId: 'jarfalla', years: 15, date: '2026-05-15' }]);
  });

  it('counts the camp crossing the year end in the year it starts only', () => {
    const next = buildAnnualReport(input, { from: '2027-01-01', to: '2027-12-31' });
    expect(next.events.byKind.flatMap((t) => t.ids)).not.toContain('newYear');
  });
});
