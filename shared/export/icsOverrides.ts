// Changed occurrences (RECURRENCE-ID) of an imported series: folded into the series as exceptions keyed by
// the original date, or into a single event's own fields when the series could not be stored.
import ICAL from 'ical.js';
import type { OccurrenceException } from '../domain/event';
import { daysBetween, dayOf, shiftValue } from '../calendar/dates';
import type { ImportedEvent } from './icsRead';
import type { FileZones } from './icsTime';

/** The original start date a RECURRENCE-ID names (in Warsaw days, like the series' own dates). */
export function occurrenceKey(component: ICAL.Component, zones: FileZones): string | undefined {
  const prop = component.getFirstProperty('recurrence-id');
  const id = prop?.getFirstValue();
  return prop && id instanceof ICAL.Time ? dayOf(zones.converter(prop)(id)) : undefined;
}

/** Folds a changed occurrence into its series as an exception, or into a single event's own fields. */
export function applyOverride(series: ImportedEvent, key: string, changed: ImportedEvent, cancelled: boolean): void {
  if (!series.recurrence) {
    // A series the app cannot store keeps its first occurrence (its occurrences are offered as singles).
    if (key !== dayOf(series.start) || cancelled) return;
    Object.assign(series, { title: changed.title || series.title, start: changed.start, end: changed.end });
    if (changed.allDay !== series.allDay) Object.assign(series, { allDay: changed.allDay });
    return;
  }
  const exception: OccurrenceException = { date: key };
  if (cancelled) exception.cancelled = true;
  else {
    const shift = daysBetween(series.start, key);
    const start = shiftValue(series.start, shift);
    const end = shiftValue(series.end, shift);
    if (changed.allDay === series.allDay) {
      if (changed.start !== start || changed.end !== end)
        Object.assign(exception, { start: changed.start, end: changed.end });
    } else if (dayOf(changed.start) !== key) {
      // All-day turned timed or back: keep the series' form, move it to the new day.
      const moved = daysBetween(key, changed.start);
      Object.assign(exception, { start: shiftValue(start, moved), end: shiftValue(end, moved) });
    }
    if (changed.title && changed.title !== series.title) exception.title = changed.title;
    if (changed.status && changed.status !== (series.status ?? 'planned')) exception.status = changed.status;
  }
  const earlier = series.exceptions.find((x) => x.date === key);
  if (earlier?.cancelled) return; // EXDATE wins over a change of the same occurrence
  series.exceptions = [...series.exceptions.filter((x) => x.date !== key), exception];
}
