import { describe, expect, it } from 'vitest';
import { addMonthsIso, anniversaryIn, upcomingAnniversaries } from '../../../shared/partners/anniversary';

const p = (since: string, name = 'X') => ({ id: name, name, since });

describe('upcoming anniversaries', () => {
  it('lists round anniversaries (5, 10, 15, …) within the next 12 months, with the date, soonest first', () => {
    const found = upcomingAnniversaries(
      [p('1993-06-01', 'Ronnenberg'), p('2017-03-10', 'Järfälla'), p('2019-01-01', 'Seven'), p('2021-12-01', 'Five')],
      '2026-11-26',
    );
    expect(found).toEqual([
      { id: 'Five', name: 'Five', years: 5, date: '2026-12-01' },
      { id: 'Järfälla', name: 'Järfälla', years: 10, date: '2027-03-10' },
    ]);
  });

  it('includes today and excludes the same day a year later', () => {
    expect(upcomingAnniversaries([p('2016-11-26')], '2026-11-26')).toHaveLength(1);
    expect(upcomingAnniversaries([p('2017-11-26')], '2026-11-26')).toHaveLength(0);
    expect(upcomingAnniversaries([p('2021-11-25')], '2026-11-26')).toHaveLength(0);
  });

  it('moves a 29 February partnership to 28 February in a non-leap year', () => {
    expect(anniversaryIn('2016-02-29', 2026)).toBe('2026-02-28');
    expect(anniversaryIn('2016-02-29', 2028)).toBe('2028-02-29');
    expect(upcomingAnniversaries([p('2012-02-29')], '2026-06-01')).toEqual([
      { id: 'X', name: 'X', years: 15, date: '2027-02-28' },
    ]);
    expect(upcomingAnniversaries([p('2008-02-29')], '2027-06-01')).toEqual([
      { id: 'X', name: 'X', years: 20, date: '2028-02-29' },
    ]);
  });

  it('keeps a 28 February anniversary of a 29 February start when today is 28 February', () => {
    expect(upcomingAnniversaries([p('2016-02-29')], '2026-02-28')).toEqual([
      { id: 'X', name: 'X', years: 10, date: '2026-02-28' },
    ]);
  });

  it('ignores a start in the future and a year zero', () => {
    expect(upcomingAnniversaries([p('2027-01-01'), p('2026-12-01')], '2026-11-26')).toEqual([]);
  });

  it('adds months clamped to the end of the month', () => {
    expect(addMonthsIso('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonthsIso('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsIso('2026-11-26', -24)).toBe('2024-11-26');
  });
});
