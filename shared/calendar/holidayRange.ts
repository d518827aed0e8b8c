// The public holidays of several countries over a span of days, from any source of one country's year.
import type { PublicHoliday } from './holidays';

/** One country's public holidays in one year, or undefined when the source does not have them yet. */
export type YearHolidays = (country: string, year: number) => readonly PublicHoliday[] | undefined;

/** Holidays of `countries` falling on the days `from`–`to`, in date order; undefined if any year is missing. */
export function holidaysInRange(
  countries: Iterable<string>,
  from: string,
  to: string,
  year: YearHolidays,
): PublicHoliday[] | undefined {
  const result: PublicHoliday[] = [];
  const fromYear = Number(from.slice(0, 4));
  const toYear = Number(to.slice(0, 4));
  for (const country of new Set(countries)) {
    for (let y = fromYear; y <= toYear; y += 1) {
      const list = year(country, y);
      if (!list) return undefined;
      for (const h of list) if (h.date >= from && h.date <= to) result.push(h);
    }
  }
  return result.sort((a, b) => a.date.localeCompare(b.date) || a.country.localeCompare(b.country));
}
