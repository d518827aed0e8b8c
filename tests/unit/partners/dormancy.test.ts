import { describe, expect, it } from 'vitest';
import { isDormant, lastOccurrenceOnOrBefore } from '../../../shared/partners/dormancy';

describe('dormancy', () => {
  it('flags an active partner with no event or visit for more than N months', () => {
    expect(isDormant({ status: 'active', lastActivity: '2024-11-25' }, '2026-11-26', 24)).toBe(true);
    expect(isDormant({ status: 'active', lastActivity: '2024-11-26' }, '2026-11-26', 24)).toBe(false);
    expect(isDormant({ status: 'active', lastActivity: '2026-01-01' }, '2026-11-26', 6)).toBe(true);
  });

  it('never flags partners that are not active', () => {
    expect(isDormant({ status: 'ended', lastActivity: '1990-01-01' }, '2026-11-26')).toBe(false);
    expect(isDormant({ status: 'negotiation' }, '2026-11-26')).toBe(false);
  });

  it('counts from the start of the partnership when nothing has happened yet', () => {
    expect(isDormant({ status: 'active', since: '2026-01-01' }, '2026-11-26')).toBe(false);
    expect(isDormant({ status: 'active', since: '2020-01-01' }, '2026-11-26')).toBe(true);
  });

  it('handles a leap day: 29 February counts 24 months back to 28 February', () => {
    expect(isDormant({ status: 'active', lastActivity: '2026-02-28' }, '2028-02-29', 24)).toBe(false);
    expect(isDormant({ status: 'active', lastActivity: '2026-02-27' }, '2028-02-29', 24)).toBe(true);
  });
});

describe('last occurrence of a series', () => {
  it('finds the latest yearly occurrence on or before today', () => {
    expect(lastOccurrenceOnOrBefore('1992-07-10', { freq: 'yearly', interval: 1 }, '2026-11-26')).toBe('2026-07-10');
    expect(lastOccurrenceOnOrBefore('1992-07-10', { freq: 'yearly', interval: 1 }, '2026-05-01')).toBe('2025-07-10');
  });

  it('respects until, count and interval', () => {
    expect(lastOccurrenceOnOrBefore('1992-07-10', { freq: 'yearly', interval: 1, until: '2000-12-31' }, '2026-11-26')).toBe('2000-07-10');
    expect(lastOccurrenceOnOrBefore('1992-07-10', { freq: 'yearly', interval: 1, count: 3 }, '2026-11-26')).toBe('1994-07-10');
    expect(lastOccurrenceOnOrBefore('2020-01-15', { freq: 'monthly', interval: 2 }, '2020-06-01')).toBe('2020-05-15');
    expect(lastOccurrenceOnOrBefore('2026-11-02T10:00', { freq: 'weekly', interval: 1 }, '2026-11-26')).toBe('2026-11-23');
  });

  it('puts a 29 February yearly series on 28 February in non-leap years', () => {
    expect(lastOccurrenceOnOrBefore('2016-02-29', { freq: 'yearly', interval: 1 }, '2026-03-01')).toBe('2026-02-28');
  });

  it('returns nothing for a series that has not begun, and the day itself for a single event', () => {
    expect(lastOccurrenceOnOrBefore('2027-01-01', { freq: 'yearly', interval: 1 }, '2026-11-26')).toBeUndefined();
    expect(lastOccurrenceOnOrBefore('2025-05-12', undefined, '2026-11-26')).toBe('2025-05-12');
  });
});
