import { describe, expect, it } from 'vitest';
import { holidaysBetween, publicHolidays } from '../../../shared/calendar/holidays';

describe('public holidays (date-holidays, offline)', () => {
  it('gives Poland 14 public holidays in 2027, including Christmas Eve', () => {
    const pl = publicHolidays('PL', 2027);
    expect(pl).toHaveLength(14);
    expect(pl.map((h) => h.date)).toEqual(
      expect.arrayContaining(['2027-01-01', '2027-08-15', '2027-11-11', '2027-12-24', '2027-12-25']),
    );
    expect(pl.find((h) => h.date === '2027-08-15')?.name).toMatch(/Wniebowzięcie/);
  });

  it('reads Germany and France from the same library', () => {
    const de = publicHolidays('DE', 2027).map((h) => h.date);
    const fr = publicHolidays('FR', 2027).map((h) => h.date);
    expect(de).toContain('2027-10-03');
    expect(de).not.toContain('2027-08-15');
    expect(fr).toEqual(expect.arrayContaining(['2027-07-14', '2027-08-15', '2027-11-11']));
  });

  it('names holidays in English on request and lists several countries in date order', () => {
    expect(publicHolidays('PL', 2027, 'en').find((h) => h.date === '2027-11-11')?.name).toMatch(/Independence/);
    const july = holidaysBetween(['PL', 'FR', 'DE'], '2027-07-01', '2027-08-31');
    expect(july.map((h) => `${h.date} ${h.country}`)).toEqual(['2027-07-14 FR', '2027-08-15 FR', '2027-08-15 PL']);
  });

  it('knows no holidays of an unknown country', () => {
    expect(publicHolidays('XX', 2027)).toEqual([]);
  });
});

describe('holiday names in the UI language', () => {
  it('introduces a name the data has only in its country’s language, and says a joined name once', () => {
    const fr = publicHolidays('FR', 2027, 'pl');
    expect(fr.find((h) => h.date === '2027-07-14')?.name).toBe('święto państwowe „Fête Nationale de la France”');
    expect(fr.find((h) => h.date === '2027-01-01')?.name).toBe('Nowy Rok');
    expect(publicHolidays('FR', 2027, 'en').find((h) => h.date === '2027-07-14')?.name).not.toMatch(/public holiday/);
    expect(publicHolidays('PL', 2027, 'pl').find((h) => h.date === '2027-05-01')?.name).toBe('Święto Pracy');
  });
});
