// Feature hooks: what the calendar shows (items, holidays, clashes) for a range, with filters applied.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { findClashes, type Clash, type ClashContext } from '../../../shared/calendar/clashes';
import type * as Holidays from '../../../shared/calendar/holidays';
import type { PublicHoliday } from '../../../shared/calendar/holidays';
import type { CalendarItem } from '../../../shared/calendar/items';
import type { Partner } from '../../../shared/domain';
import { calendarItemsInRange } from '../../db/repositories/events';
import { listPartners } from '../../db/repositories/partners';
import { homeTownSetting, readSetting } from '../../db/repositories/settings';
import { useFormat } from '../../i18n/format';
import type { VisibleRange } from './range';

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

export function usePartners(): Partner[] | undefined {
  return useLiveQuery(listPartners);
}

export function useHomeTown() {
  return useLiveQuery(() => readSetting(homeTownSetting));
}

type HolidaysModule = typeof Holidays;
let holidaysModule: HolidaysModule | undefined;
/** Without its data (the chunk failed to load) no holiday is known, and the calendar still shows. */
const noHolidays = { holidaysBetween: () => [] } as unknown as HolidaysModule;
let holidaysLoad: Promise<HolidaysModule> | undefined;

/** The holidays library (its data is large) is fetched once, beside the calendar's first reads. */
function loadHolidays(): Promise<HolidaysModule> {
  holidaysLoad ??= import('../../../shared/calendar/holidays').then(
    (m) => (holidaysModule = m),
    () => (holidaysModule = noHolidays),
  );
  return holidaysLoad;
}

// Started when the calendar's code loads, so the library is read while the first rows are.
void loadHolidays();

function useHolidaysModule(): HolidaysModule | undefined {
  const [mod, setMod] = useState(holidaysModule);
  useEffect(() => {
    if (mod) return;
    let live = true;
    void loadHolidays().then((m) => {
      if (live) setMod(m);
    });
    return () => {
      live = false;
    };
  }, [mod]);
  return mod;
}

/** Clash context from the partner list and the home town's country; `complete` once both and the holidays are in. */
export function useClashContext(
  partners: Partner[] | undefined,
  homeCountry = 'PL',
): ClashContext & { complete: boolean } {
  const { language } = useFormat();
  const holidays = useHolidaysModule();
  return useMemo(() => {
    const countries = new Map((partners ?? []).map((p) => [p.id, p.country]));
    return {
      homeCountry,
      partnerCountry: (id: string) => countries.get(id),
      holidays: (c: string[], from: string, to: string) => holidays?.holidaysBetween(c, from, to, language) ?? [],
      complete: partners !== undefined && holidays !== undefined,
    };
  }, [partners, homeCountry, language, holidays]);
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
 * The range's items with their clashes and holidays: undefined until the items, the partners, the home town
 * and the holidays are all read (`complete`), so a view is drawn once, with its clash markers.
 */
export function useCalendarData(
  range: VisibleRange,
  filters: CalendarFilters,
  ctx: ClashContext,
  complete: boolean,
): CalendarData | undefined {
  const loaded = useLiveQuery(
    async () => ({ ...range, items: await calendarItemsInRange(range.from, range.to, { includeCancelled: true }) }),
    [range.from, range.to],
  );
  return useMemo(() => {
    if (!loaded || !complete) return undefined;
    const all = loaded.items;
    const items = all.filter((i) => matchesFilters(i, filters));
    const holidays = new Map<string, PublicHoliday[]>();
    for (const h of ctx.holidays([ctx.homeCountry], range.from, range.to))
      holidays.set(h.date, [...(holidays.get(h.date) ?? []), h]);
    const coordinators = [...new Set(all.map((i) => i.coordinator).filter((c): c is string => !!c))].sort();
    return {
      range: { from: loaded.from, to: loaded.to },
      items,
      clashes: findClashes(all, ctx),
      holidays,
      coordinators,
    };
  }, [loaded, complete, filters, ctx, range.from, range.to]);
}
