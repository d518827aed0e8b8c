// Feature hooks: what the calendar shows (items, holidays, clashes) for a range, with filters applied.
import { useMemo, useSyncExternalStore } from 'react';
import { findClashes, type Clash, type ClashContext } from '../../../shared/calendar/clashes';
import type { PublicHoliday } from '../../../shared/calendar/holidays';
import type { CalendarItem } from '../../../shared/calendar/items';
import type { Partner } from '../../../shared/domain';
import { useFormat } from '../../i18n/format';
import { knownHolidays, loadedLibrary, nothingKept, loadLibrary, onLibraryLoaded } from './holidaySource';
import type { VisibleRange } from './range';

type KnownHolidays = (countries: string[], from: string, to: string) => PublicHoliday[] | undefined;

// With no holidays kept yet (first start, or a new library), the library is fetched beside the first reads.
if (nothingKept()) void loadLibrary();

export interface CalendarFilters {
  kind: string | null;
  partner: string | null;
  status: string | null;
  coordinator: string | null;
}

export const noFilters: CalendarFilters = { kind: null, partner: null, status: null, coordinator: null };

export function matchesFilters(item: CalendarItem, f: CalendarFilters): boolean {
  if (f.kind && (f.kind === 'visit' ? item.type !== 'visit' : item.kind !== f.kind)) return false;
  if (f.partner && !item.partnerIds.includes(f.partner)) return false;
  if (f.status && item.status !== f.status) return false;
  if (f.coordinator && item.coordinator !== f.coordinator) return false;
  return true;
}

/**
 * Clash context from the partner list and the home town's country; `complete` once the partners are read.
 * `known` answers only from holidays already computed (or kept from an earlier start), undefined otherwise; the
 * context changes when the holidays library arrives, so what waited on it is worked out again.
 */
export function useClashContext(
  partners: Partner[] | undefined,
  homeCountry = 'PL',
): ClashContext & { complete: boolean; known: KnownHolidays; libraryLoaded: boolean } {
  const { language } = useFormat();
  const library = useSyncExternalStore(onLibraryLoaded, loadedLibrary);
  return useMemo(() => {
    const countries = new Map((partners ?? []).map((p) => [p.id, p.country]));
    const known: KnownHolidays = (c, from, to) => knownHolidays(c, from, to, language);
    return {
      homeCountry,
      partnerCountry: (id: string) => countries.get(id),
      // A form asking before the library is there sees no holiday until it arrives (and the form is drawn again).
      holidays: (c: string[], from: string, to: string) => known(c, from, to) ?? [],
      known,
      complete: partners !== undefined,
      libraryLoaded: library !== undefined,
    };
  }, [partners, homeCountry, language, library]);
}

export interface CalendarData {
  /** The range these items were read for (a new range shows the previous data until it is read). */
  range: VisibleRange;
  items: CalendarItem[];
  clashes: Map<string, Clash[]>;
  holidays: Map<string, PublicHoliday[]>;
  coordinators: string[];
}

/**
 * The items read (for the range on screen, or still the previous one) with their clashes and holidays: undefined
 * until they are read and every holiday their range needs is known, so a view is drawn once, with its clash
 * markers. Holidays kept from an earlier start need no library; otherwise the range waits for it.
 */
export function useCalendarData(
  loaded: (VisibleRange & { items: CalendarItem[] }) | undefined,
  filters: CalendarFilters,
  ctx: ClashContext & { known?: KnownHolidays },
): CalendarData | undefined {
  return useMemo(() => {
    if (!loaded) return undefined;
    const all = loaded.items;
    let missing = false;
    const strict: ClashContext = {
      ...ctx,
      holidays: (c, from, to) => {
        const found = ctx.known ? ctx.known(c, from, to) : ctx.holidays(c, from, to);
        if (!found) missing = true;
        return found ?? [];
      },
    };
    const clashes = findClashes(all, strict);
    const holidays = new Map<string, PublicHoliday[]>();
    for (const h of strict.holidays([ctx.homeCountry], loaded.from, loaded.to))
      holidays.set(h.date, [...(holidays.get(h.date) ?? []), h]);
    // Some holiday is not computed yet: the library is on its way, and the context changes when it is there.
    if (missing) return undefined;
    const items = all.filter((i) => matchesFilters(i, filters));
    const coordinators = [...new Set(all.map((i) => i.coordinator).filter((c): c is string => !!c))].sort();
    return { range: { from: loaded.from, to: loaded.to }, items, clashes, holidays, coordinators };
  }, [loaded, filters, ctx]);
}
