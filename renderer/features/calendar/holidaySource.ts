// Public holidays for the calendar: kept between starts (they depend only on the library's data), computed by the
// holidays library, whose code and data are large, only for a country and year not kept yet.
import { version as libraryVersion } from 'date-holidays/package.json';
import { holidaysInRange } from '../../../shared/calendar/holidayRange';
import type * as Holidays from '../../../shared/calendar/holidays';
import type { PublicHoliday } from '../../../shared/calendar/holidays';

type Library = typeof Holidays;

const STORAGE_KEY = 'twinning.holidays';
/** Lists kept by another version of the library (or of this format) are computed again. */
const FORMAT = `1/${libraryVersion}`;
/** Countries × years × languages kept at most; the oldest kept list goes first. */
const MAX_LISTS = 400;

let library: Library | undefined;
let loading: Promise<Library> | undefined;
const listeners = new Set<() => void>();
/** Without its data (the chunk failed to load) no holiday is known, and the calendar still shows. */
const noHolidays = { publicHolidays: () => [] } as unknown as Library;

/** Fetches the library once; everyone subscribed hears when it is there. */
export function loadLibrary(): Promise<Library> {
  loading ??= import('../../../shared/calendar/holidays')
    .then(
      (m) => m as Library,
      () => noHolidays,
    )
    .then((m) => {
      library = m;
      for (const listener of listeners) listener();
      return m;
    });
  return loading;
}

/** The library once loaded (for `useSyncExternalStore`). */
export const loadedLibrary = (): Library | undefined => library;

export function onLibraryLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

let kept: Record<string, PublicHoliday[]> | undefined;
let saving = false;

function keptLists(): Record<string, PublicHoliday[]> {
  if (kept) return kept;
  try {
    const stored = JSON.parse(globalThis.localStorage?.getItem(STORAGE_KEY) ?? 'null') as {
      format?: string;
      lists?: Record<string, PublicHoliday[]>;
    } | null;
    kept = stored?.format === FORMAT && stored.lists && typeof stored.lists === 'object' ? stored.lists : {};
  } catch {
    kept = {};
  }
  return kept;
}

/** True when no list is kept (the first start, or lists of another library version). */
export const nothingKept = (): boolean => Object.keys(keptLists()).length === 0;

/** Writes the kept lists after the current task (many years computed at once are written once). */
function keep(key: string, list: PublicHoliday[]): void {
  const lists = keptLists();
  lists[key] = list;
  const keys = Object.keys(lists);
  for (const old of keys.slice(0, Math.max(0, keys.length - MAX_LISTS))) delete lists[old];
  if (saving) return;
  saving = true;
  setTimeout(() => {
    saving = false;
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify({ format: FORMAT, lists }));
    } catch {
      // Storage full or refused: the lists are computed again at the next start.
    }
  }, 0);
}

/** One country's public holidays in a year; undefined while neither kept nor computable (the library is then fetched). */
export function yearHolidays(country: string, year: number, language: 'pl' | 'en'): PublicHoliday[] | undefined {
  const key = `${country}:${year}:${language}`;
  const found = keptLists()[key];
  if (found) return found;
  if (!library) {
    void loadLibrary();
    return undefined;
  }
  const list = library.publicHolidays(country, year, language);
  // A library that failed to load knows no holiday: that is not kept, so the next start tries again.
  if (library !== noHolidays) keep(key, list);
  return list;
}

/** The holidays of `countries` on the days `from`–`to`, or undefined while some year is still to be computed. */
export function knownHolidays(
  countries: Iterable<string>,
  from: string,
  to: string,
  language: 'pl' | 'en',
): PublicHoliday[] | undefined {
  return holidaysInRange(countries, from, to, (country, year) => yearHolidays(country, year, language));
}
