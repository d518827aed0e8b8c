// The calendar's visible period: view kind, cursor date, and the day range each view shows.
import {
  addMonths,
  addWeeks,
  addYears,
  endOfMonth,
  endOfWeek,
  format,
  parseISO,
  startOfMonth,
  startOfWeek,
} from 'date-fns';

export const calendarViews = ['month', 'week', 'agenda', 'year'] as const;
export type CalendarView = (typeof calendarViews)[number];

/** Monday in both UI languages (date-fns pl and enGB). */
export const WEEK_STARTS_ON = 1 as const;

const iso = (d: Date) => format(d, 'yyyy-MM-dd');

export interface VisibleRange {
  from: string;
  to: string;
}

/** The days a view shows around `cursor`: whole weeks for the month grid, the month for the list. */
export function visibleRange(view: CalendarView, cursor: string): VisibleRange {
  const d = parseISO(cursor);
  switch (view) {
    case 'month':
      return {
        from: iso(startOfWeek(startOfMonth(d), { weekStartsOn: WEEK_STARTS_ON })),
        to: iso(endOfWeek(endOfMonth(d), { weekStartsOn: WEEK_STARTS_ON })),
      };
    case 'week':
      return {
        from: iso(startOfWeek(d, { weekStartsOn: WEEK_STARTS_ON })),
        to: iso(endOfWeek(d, { weekStartsOn: WEEK_STARTS_ON })),
      };
    case 'agenda':
      return { from: iso(startOfMonth(d)), to: iso(endOfMonth(d)) };
    case 'year':
      return { from: `${cursor.slice(0, 4)}-01-01`, to: `${cursor.slice(0, 4)}-12-31` };
  }
}

/** The cursor moved one period back (-1) or forward (+1). */
export function stepCursor(view: CalendarView, cursor: string, step: -1 | 1): string {
  const d = parseISO(cursor);
  switch (view) {
    case 'month':
    case 'agenda':
      return iso(addMonths(d, step));
    case 'week':
      return iso(addWeeks(d, step));
    case 'year':
      return iso(addYears(d, step));
  }
}
