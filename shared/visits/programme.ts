// The day-by-day programme: overlap rule, grouping by day, reordering, and copying a programme to new dates.
import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import type { ProgrammeItem } from '../domain/visit';

/** Two items overlap when one starts before the other ends; touching ends (10:00–11:00, 11:00–12:00) do not. */
export function itemsOverlap(a: Pick<ProgrammeItem, 'from' | 'to'>, b: Pick<ProgrammeItem, 'from' | 'to'>): boolean {
  return a.from < b.to && b.from < a.to;
}

/** Ids of every item that overlaps at least one other item of the programme. */
export function findOverlaps(items: readonly ProgrammeItem[]): Set<string> {
  const sorted = [...items].sort((a, b) => a.from.localeCompare(b.from));
  const flagged = new Set<string>();
  for (let i = 0; i < sorted.length; i++) {
    const item = sorted[i]!;
    // Later items start no earlier; once one starts at or after this one's end, none further can overlap it.
    for (let j = i + 1; j < sorted.length && sorted[j]!.from < item.to; j++) {
      if (itemsOverlap(item, sorted[j]!)) {
        flagged.add(item.id);
        flagged.add(sorted[j]!.id);
      }
    }
  }
  return flagged;
}

export interface ProgrammeDay {
  date: string;
  items: ProgrammeItem[];
}

/** Days in date order; within a day the programme's own order (which the office may rearrange). */
export function groupByDay(items: readonly ProgrammeItem[]): ProgrammeDay[] {
  const days = new Map<string, ProgrammeItem[]>();
  for (const item of items) {
    const date = item.from.slice(0, 10);
    days.set(date, [...(days.get(date) ?? []), item]);
  }
  return [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, list]) => ({ date, items: list }));
}

/** Sorts by start, then end: the usual order once the office has finished moving things. */
export function sortByTime(items: readonly ProgrammeItem[]): ProgrammeItem[] {
  return [...items].sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
}

/** Moves an item one place up or down among the items of its own day; the array order carries the result. */
export function moveWithinDay(items: readonly ProgrammeItem[], id: string, direction: -1 | 1): ProgrammeItem[] {
  const index = items.findIndex((i) => i.id === id);
  const item = items[index];
  if (!item) return [...items];
  const day = item.from.slice(0, 10);
  let other = index + direction;
  while (other >= 0 && other < items.length && items[other]!.from.slice(0, 10) !== day) other += direction;
  if (other < 0 || other >= items.length) return [...items];
  const next = [...items];
  next[index] = items[other]!;
  next[other] = item;
  return next;
}

function shiftDateTime(value: string, days: number): string {
  const date = format(addDays(parseISO(value.slice(0, 10)), days), 'yyyy-MM-dd');
  return `${date}${value.slice(10)}`;
}

/**
 * Copies an earlier visit's programme as a start for a new one: every item moves by the distance
 * between the two visits' first days and gets a fresh id; times of day stay.
 */
export function copyProgramme(
  items: readonly ProgrammeItem[],
  fromStart: string,
  toStart: string,
  newId: () => string,
): ProgrammeItem[] {
  const days = differenceInCalendarDays(parseISO(toStart), parseISO(fromStart));
  return items.map((item) => ({
    ...item,
    id: newId(),
    from: shiftDateTime(item.from, days),
    to: shiftDateTime(item.to, days),
  }));
}
