// Public holidays per country and year from date-holidays (offline data), cached, with names in PL or EN.
import Holidays from 'date-holidays';
import { holidaysInRange } from './holidayRange';

export interface PublicHoliday {
  date: string;
  country: string;
  name: string;
}

const cache = new Map<string, PublicHoliday[]>();

/** How a holiday the library names only in its country's language is introduced: „święto państwowe „…””. */
const foreignName = {
  pl: (name: string) => `święto państwowe „${name}”`,
  en: (name: string) => `public holiday “${name}”`,
};

/**
 * The holiday's name in the UI language. date-holidays falls back to the country's own language where it has no
 * translation (FR → „Fête Nationale de la France”); such a name is introduced in the UI language and kept as the
 * country writes it. A name the data joins with „;” (PL, 1 May: „Święto Państwowe; Święto Pracy”) is said once.
 */
function holidayName(name: string, native: string | undefined, language: 'pl' | 'en', translated: boolean): string {
  const parts = [...new Set(name.split(';').map((p) => p.trim()))].filter(Boolean);
  const one = parts[parts.length - 1] ?? name;
  return !translated && native !== undefined && one === native ? foreignName[language](one) : one;
}

/** Public holidays (type "public") of `country` (ISO 3166-1) in `year`; an unknown country has none. */
export function publicHolidays(country: string, year: number, language: 'pl' | 'en' = 'pl'): PublicHoliday[] {
  const cacheKey = `${country}:${year}:${language}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  let list: PublicHoliday[];
  try {
    const hd = new Holidays(country);
    const seen = new Set<string>();
    const languages: string[] = hd.getLanguages();
    const own = languages[0];
    const translated = languages.includes(language) || own === undefined;
    const nativeNames = new Map(
      translated ? [] : hd.getHolidays(year, own).map((h) => [`${h.date}|${h.rule}`, h.name] as const),
    );
    list = hd
      .getHolidays(year, language)
      .filter((h) => h.type === 'public')
      .map((h) => ({
        date: h.date.slice(0, 10),
        country,
        name: holidayName(h.name, nativeNames.get(`${h.date}|${h.rule}`), language, translated),
      }))
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
  return holidaysInRange(countries, from, to, (country, year) => publicHolidays(country, year, language)) ?? [];
}
