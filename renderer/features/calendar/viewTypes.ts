// What every calendar view receives from the page.
import type { CalendarItem } from '../../../shared/calendar/items';
import type { CalendarData } from './useCalendarData';
import type { OnMove } from './DragLayer';
import type { CalendarView, VisibleRange } from './range';

export interface ViewProps {
  range: VisibleRange;
  cursor: string;
  today: string;
  data: CalendarData;
  onOpen: (item: CalendarItem) => void;
  /** The clash sentences of an item, joined by new lines, or undefined. */
  note: (item: CalendarItem) => string | undefined;
  /** Moves to a day in another view (e.g. from the year overview to its month). */
  onPick: (date: string, view: CalendarView) => void;
  /** Opens the new-event form on a day (and hour, `HH:mm`); absent while the data cannot be changed. */
  onCreate?: (date: string, time?: string) => void;
  /** An item dragged to a new span (moved, or its end edge moved); absent while the data cannot be changed. */
  onMove?: OnMove;
}

/** Items of each day in the range: multi-day items appear on every day they occupy. */
export function itemsByDay(items: readonly CalendarItem[], from: string, to: string): Map<string, CalendarItem[]> {
  const map = new Map<string, CalendarItem[]>();
  for (const item of items) {
    const first = item.firstDay < from ? from : item.firstDay;
    const last = item.lastDay > to ? to : item.lastDay;
    for (let d = first; d <= last; d = nextDay(d)) {
      const list = map.get(d);
      if (list) list.push(item);
      else map.set(d, [item]);
    }
  }
  return map;
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
