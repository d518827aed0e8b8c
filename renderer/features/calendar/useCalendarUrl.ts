// The calendar's place kept in the URL (view, date, an event to open), safe for quick successive key presses.
import { useCallback, useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { todayIso } from '../../app/today';
import { calendarViews, stepCursor, type CalendarView } from './range';

/** The view and date a calendar URL's search names (the month of today where it names none). */
export function calendarPlace(params: URLSearchParams): { view: CalendarView; cursor: string } {
  const view = params.get('view') ?? '';
  const date = params.get('date') ?? '';
  return {
    view: (calendarViews as readonly string[]).includes(view) ? (view as CalendarView) : 'month',
    cursor: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : todayIso(),
  };
}

export function useCalendarUrl() {
  const [params, setParams] = useSearchParams();
  // The params as last written: a second key press before the re-render builds on the first one.
  const latest = useRef(params);
  // Writes not yet seen back in a render. A render of an older write must not pull `latest` back.
  const pending = useRef<string[]>([]);
  useEffect(() => {
    const seen = pending.current.indexOf(params.toString());
    if (seen >= 0) {
      pending.current.splice(0, seen + 1);
      if (pending.current.length > 0) return;
    } else {
      pending.current = [];
    }
    latest.current = params;
  }, [params]);

  const update = useCallback(
    (change: (next: URLSearchParams) => void) => {
      const next = new URLSearchParams(latest.current);
      change(next);
      latest.current = next;
      pending.current.push(next.toString());
      setParams(next, { replace: true });
    },
    [setParams],
  );

  const go = useCallback(
    (to: { view?: CalendarView; date?: string }) =>
      update((n) => {
        if (to.view) n.set('view', to.view);
        if (to.date) n.set('date', to.date);
      }),
    [update],
  );

  const step = useCallback(
    (s: -1 | 1) => {
      const now = calendarPlace(latest.current);
      go({ date: stepCursor(now.view, now.cursor, s) });
    },
    [go],
  );

  const clearEvent = useCallback(() => update((n) => n.delete('event')), [update]);

  return { ...calendarPlace(params), eventParam: params.get('event'), go, step, clearEvent };
}
