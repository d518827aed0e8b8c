// Public holidays per country and year from date-holidays (offline data), cached, with names in PL or EN.
import Holidays from 'date-holidays';

export interface PublicHoliday {
  date: string;
  country: string;
  name: string;
}

const cache = new Map<string, PublicHoliday[]>();

/** Public holidays (type "public") of `country` (ISO 3166-1) in `year`; an unknown country has none. */
export function publicHolidays(country: string, year: number, language: 'pl' | 'en' = 'pl'): PublicHoliday[] {
  const cacheKey = `${country}:${year}:${language}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  let list: PublicHoliday[];
  try {
    const hd = new Holidays(country);
    const seen = new Set<string>();
    list = hd
      .getHolidays(year, language)
      .filter((h) => h.type === 'public')
      .map((h) => ({ date: h.date.slice(0, 10), country, name: h.name }))
      .filter((h) => (seen.has(h.date) ? false : (seen.add(h.date), true)));
  } catch {
    list = [];
  }
  cache.set(cacheKey, list);
  return list;
}

/** Public holidays of the given countries falling on the days `from`–`to`, in date order. */
export function holidaysBetween(
  countries: Iterable<string>,
  from: string,
  to: string,
  language: 'pl' | 'en' = 'pl',
): PublicHoliday[] {
  const result: PublicHoliday[] = [];
  const fromYear = Number(from.slice(0, 4));
  const toYear = Number(to.slice(0, 4));
  for (const country of new Set(countries)) {
    for (let year = fromYear; year <= toYear; year += 1) {
      for (const h of publicHolidays(country, year, language)) if (h.date >= from && h.date <= to) result.push(h);
    }
  }
  return result.sort((a, b) => a.date.localeCompare(b.date) || a.country.localeCompare(b.country));
}
