import { describe, expect, it } from 'vitest';
import { ageOn, isMinorOn, participantAge } from '../../../shared/exchanges/age';

describe('age on the first day of a camp', () => {
  it('counts a birthday that falls on the first day', () => {
    expect(ageOn('2009-07-10', '2027-07-10')).toBe(18);
    expect(ageOn('2009-07-11', '2027-07-10')).toBe(17);
    expect(isMinorOn({ birthDate: '2009-07-10', birthYear: 2009 }, '2027-07-10')).toBe(false);
    expect(isMinorOn({ birthDate: '2009-07-11', birthYear: 2009 }, '2027-07-10')).toBe(true);
  });

  it('gives someone born on 29 February, in a common year, their birthday on 28 February', () => {
    expect(ageOn('2008-02-29', '2026-02-27')).toBe(17);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(18);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });

  it('waits for 29 February in a leap year', () => {
    expect(ageOn('2008-02-29', '2028-02-28')).toBe(19);
    expect(ageOn('2008-02-29', '2028-02-29')).toBe(20);
  });

  it('is zero on the day of birth and counts whole years across month ends', () => {
    expect(ageOn('2020-01-31', '2020-01-31')).toBe(0);
    expect(ageOn('2010-12-31', '2027-12-30')).toBe(16);
    expect(ageOn('2010-12-31', '2027-12-31')).toBe(17);
  });

  it('falls back on the birth year once the exact date is anonymised', () => {
    expect(participantAge({ birthYear: 2010 }, '2027-07-10')).toBe(17);
  });

  it('refuses a date that does not exist', () => {
    expect(() => ageOn('2027-02-29', '2028-01-01')).toThrow();
  });
});
