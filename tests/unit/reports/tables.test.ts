import { describe, expect, it } from 'vitest';
import { buildAnnualReport } from '../../../shared/reports/annual';
import { reportTables, type ReportText } from '../../../shared/reports/tables';
import { input, year2026 } from './fixture';

const text: ReportText = {
  t: (k) => k,
  value: (g, k) => `${g}:${k}`,
  partner: (id) => id,
  date: (d) => d,
  number: (n) => String(n),
  money: (amount, currency) => `${amount} ${currency}`,
};

describe('the report tables’ record links', () => {
  const tables = reportTables(buildAnnualReport(input, year2026), text);
  const table = (id: string) => tables.find((t) => t.id === id)!;

  it('gives every table one link slot per cell, the same shape as its rows', () => {
    for (const t of tables) expect(t.links.map((r) => r.length)).toEqual(t.rows.map((r) => r.length));
  });

  it('links incoming and outgoing counts to visits of that direction only, and the total row to all of them', () => {
    const visits = table('visits');
    expect(visits.rows).toEqual([
      ['ronnenberg', 1, 1],
      ['duclair', 0, 1],
      ['column.total', 1, 1],
    ]);
    expect(visits.links).toEqual([
      [null, { kind: 'visit', ids: ['v1'] }, { kind: 'visit', ids: ['v2'] }],
      [null, { kind: 'visit', ids: [] }, { kind: 'visit', ids: ['v2'] }],
      [null, { kind: 'visit', ids: ['v1'] }, { kind: 'visit', ids: ['v2'] }],
    ]);
  });

  it('links each amount, not its currency, to the visits whose cost lines make it up', () => {
    expect(table('costsByCategory').links).toEqual([
      [null, null, { kind: 'visit', ids: ['v1', 'v2'] }],
      [null, null, { kind: 'visit', ids: ['v1'] }],
    ]);
    expect(table('costTotals').rows).toEqual([
      ['EUR', '300 EUR'],
      ['PLN', '1300 PLN'],
    ]);
    expect(table('costTotals').links).toEqual([
      [null, { kind: 'visit', ids: ['v1'] }],
      [null, { kind: 'visit', ids: ['v1', 'v2'] }],
    ]);
  });

  it('links counts of partners, events and participants, and the partner of each award and anniversary', () => {
    expect(table('partners').links[0]).toEqual([
      null,
      { kind: 'partner', ids: expect.arrayContaining(['ronnenberg', 'duclair', 'jarfalla']) as string[] },
      null,
    ]);
    expect(table('eventsByKind').links.map((l) => l[1])).toEqual(
      table('eventsByKind').rows.map(() => expect.objectContaining({ kind: 'event' })),
    );
    expect(table('participantsByRole').links.every((l) => l[0] === null && l[1]?.kind === 'participant')).toBe(true);
    expect(table('awards').links).toEqual([[{ kind: 'partner', ids: ['ronnenberg'] }, null, null]]);
    expect(table('anniversaries').links).toEqual([[{ kind: 'partner', ids: ['jarfalla'] }, null, null]]);
  });
});
