// The one date helper: its named forms in Polish and English, date spans, and dates typed by hand.
import { describe, expect, it } from 'vitest';
import { capitalise, dateForms, formatDate, formatDateRange, parseTypedDate } from '../../../shared/i18n/dates';

describe('formatDate', () => {
  it('writes the short form for tables and the long form (Polish genitive) for sentences', () => {
    expect(formatDate('2027-07-10', 'pl', 'short')).toBe('10.07.2027');
    expect(formatDate('2027-07-10', 'en', 'short')).toBe('10/07/2027');
    expect(formatDate('2027-07-10', 'pl')).toBe('10 lipca 2027');
    expect(formatDate('2026-05-29', 'pl', 'long')).toBe('29 maja 2026');
    expect(formatDate('2027-07-10', 'en', 'long')).toBe('10 July 2027');
  });

  it('builds weekday, heading and time forms from the same two', () => {
    expect(formatDate('2027-07-10', 'pl', 'weekdayLong')).toBe('sobota, 10 lipca 2027');
    expect(formatDate('2027-07-10', 'en', 'weekdayLong')).toBe('Saturday, 10 July 2027');
    expect(formatDate('2027-07-10', 'pl', 'weekdayShort')).toBe('sob., 10.07.2027');
    expect(formatDate('2027-07-10', 'pl', 'monthYear')).toBe('lipiec 2027');
    expect(capitalise(formatDate('2027-07-10', 'pl', 'monthYear'), 'pl')).toBe('Lipiec 2027');
    expect(formatDate('2027-07-10', 'en', 'month')).toBe('July');
    expect(formatDate('2027-07-10T14:05:00', 'pl', 'shortTime')).toBe('10.07.2027, 14:05');
    expect(formatDate('2027-07-10T14:05:00', 'en', 'longTime')).toBe('10 July 2027, 14:05');
  });

  it('never writes an abbreviated Polish month in the nominative after a day number', () => {
    for (let m = 1; m <= 12; m++) {
      const iso = `2027-${String(m).padStart(2, '0')}-15`;
      for (const form of dateForms) {
        expect(formatDate(iso, 'pl', form)).not.toMatch(
          /\d (sty|lut|mar|kwi|maj|cze|lip|sie|wrz|paź|lis|gru)(?=[\s.,]|$)/,
        );
      }
    }
  });

  it('shows text that is not a date as given', () => {
    expect(formatDate('soon', 'pl', 'short')).toBe('soon');
  });
});

describe('formatDateRange', () => {
  it('names the month and year once for a span inside one month or one year', () => {
    expect(formatDateRange('2027-08-08', '2027-08-21', 'pl')).toBe('8–21 sierpnia 2027');
    expect(formatDateRange('2027-07-30', '2027-08-02', 'pl')).toBe('30 lipca – 2 sierpnia 2027');
    expect(formatDateRange('2027-12-30', '2028-01-02', 'en')).toBe('30 December 2027 – 2 January 2028');
    expect(formatDateRange('2027-08-08', '2027-08-08', 'en')).toBe('8 August 2027');
    expect(formatDateRange('2027-08-08', '2027-08-21', 'en', 'short')).toBe('08/08/2027 – 21/08/2027');
  });
});

describe('parseTypedDate', () => {
  it('reads DD.MM.RRRR, DD/MM/YYYY, one-digit day and month, and ISO', () => {
    expect(parseTypedDate('10.07.2027')).toBe('2027-07-10');
    expect(parseTypedDate('10/07/2027')).toBe('2027-07-10');
    expect(parseTypedDate(' 1.7.2027 ')).toBe('2027-07-01');
    expect(parseTypedDate('2027-07-10')).toBe('2027-07-10');
  });

  it('refuses dates that do not exist and anything else', () => {
    expect(parseTypedDate('30.02.2027')).toBeUndefined();
    expect(parseTypedDate('2027-02-30')).toBeUndefined();
    expect(parseTypedDate('10.07.27')).toBeUndefined();
    expect(parseTypedDate('jutro')).toBeUndefined();
    expect(parseTypedDate('')).toBeUndefined();
  });
});
