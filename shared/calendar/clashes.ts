// Clash rules: a public holiday in Poland or a partner's country, the same partner or coordinator twice at once.
import type { PublicHoliday } from './holidays';
import { itemsOverlap, type CalendarItem } from './items';

export type Clash =
  | { type: 'holiday'; date: string; country: string; name: string }
  | { type: 'partner'; partnerId: string; other: Pick<CalendarItem, 'type' | 'id' | 'key' | 'title'> }
  | { type: 'coordinator'; coordinator: string; other: Pick<CalendarItem, 'type' | 'id' | 'key' | 'title'> };

export interface ClashContext {
  /** The home gmina's country; its holidays always count. */
  homeCountry: string;
  /** Partner id -> its country (ISO 3166-1). */
  partnerCountry: (partnerId: string) => string | undefined;
  /** Holidays of the given countries on the given days (inclusive). */
  holidays: (countries: string[], from: string, to: string) => PublicHoliday[];
}

/** Countries whose holidays matter for an item: home, every partner involved, and the venue's. */
export function countriesOf(item: CalendarItem, ctx: ClashContext): string[] {
  const set = new Set<string>([ctx.homeCountry]);
  for (const id of item.partnerIds) {
    const c = ctx.partnerCountry(id);
    if (c) set.add(c);
  }
  if (item.placeCountry) set.add(item.placeCountry);
  return [...set];
}

export function holidayClashes(item: CalendarItem, ctx: ClashContext): Clash[] {
  if (item.cancelled) return [];
  return ctx
    .holidays(countriesOf(item, ctx), item.firstDay, item.lastDay)
    .map((h) => ({ type: 'holiday', date: h.date, country: h.country, name: h.name }) as const);
}

const ref = (i: CalendarItem) => ({ type: i.type, id: i.id, key: i.key, title: i.title });

/** Partner and coordinator clashes between two items (none when either is cancelled or they are the same). */
export function pairClashes(item: CalendarItem, other: CalendarItem): Clash[] {
  if (item.key === other.key || item.cancelled || other.cancelled || !itemsOverlap(item, other)) return [];
  const clashes: Clash[] = [];
  for (const partnerId of item.partnerIds) {
    if (other.partnerIds.includes(partnerId)) clashes.push({ type: 'partner', partnerId, other: ref(other) });
  }
  if (item.coordinator && other.coordinator && item.coordinator.toLowerCase() === other.coordinator.toLowerCase()) {
    clashes.push({ type: 'coordinator', coordinator: item.coordinator, other: ref(other) });
  }
  return clashes;
}

/** Every clash of one item (e.g. the one being edited) against the others. */
export function clashesFor(item: CalendarItem, others: readonly CalendarItem[], ctx: ClashContext): Clash[] {
  return [
    ...holidayClashes(item, ctx),
    ...others.flatMap((o) =>
      o.id === item.id && o.type === item.type && o.key === item.key ? [] : pairClashes(item, o),
    ),
  ];
}

/** True when two items have a partner or a coordinator in common (the only way two items can clash). */
function mayClash(a: CalendarItem, b: CalendarItem, coordinatorOf: Map<CalendarItem, string | undefined>): boolean {
  const ca = coordinatorOf.get(a);
  if (ca !== undefined && ca === coordinatorOf.get(b)) return true;
  if (a.partnerIds.length === 0 || b.partnerIds.length === 0) return false;
  return a.partnerIds.some((id) => b.partnerIds.includes(id));
}

/**
 * Clashes of every item, keyed by item key; a sweep over start order keeps it near-linear, and a pair is looked at
 * closely only when the two share a partner or a coordinator.
 */
export function findClashes(items: readonly CalendarItem[], ctx: ClashContext): Map<string, Clash[]> {
  const result = new Map<string, Clash[]>();
  const add = (key: string, clashes: Clash[]) => {
    if (clashes.length === 0) return;
    const list = result.get(key);
    if (list) list.push(...clashes);
    else result.set(key, clashes);
  };
  const sorted = [...items].filter((i) => !i.cancelled).sort((a, b) => a.firstDay.localeCompare(b.firstDay));
  const coordinatorOf = new Map(sorted.map((i) => [i, i.coordinator?.toLowerCase()]));
  const active: CalendarItem[] = [];
  for (const item of sorted) {
    add(item.key, holidayClashes(item, ctx));
    for (let i = active.length - 1; i >= 0; i -= 1) if (active[i]!.lastDay < item.firstDay) active.splice(i, 1);
    for (const other of active) {
      if (!mayClash(item, other, coordinatorOf)) continue;
      add(item.key, pairClashes(item, other));
      add(other.key, pairClashes(other, item));
    }
    active.push(item);
  }
  return result;
}
