// People per camp edition and the edition's last day, kept as a summary row per edition: what the retention
// lists read instead of every participant and camp. The summaries middleware keeps the rows in step with writes.
import type { CalendarEvent, Participant } from '../domain';
import { findOccurrence } from '../exchanges/occurrences';

export interface CampCount {
  /** `eventId|occurrence`. */
  id: string;
  eventId: string;
  occurrence: string;
  total: number;
  /** Records still holding personal data (not anonymised). */
  identified: number;
  /** Records flagged `identified` (the index the retention query used to read). */
  flagged: number;
  /**
   * The edition's last day in the calendar (its retention runs from it): the occurrence day when the camp is
   * no longer in the calendar. Absent only on rows written before it was kept; readers then ask the event.
   */
  end?: string;
}

/** The last day of edition `occurrence` of `event`, or the occurrence day when the calendar has no such camp. */
export function editionEnd(event: CalendarEvent | undefined, occurrence: string): string {
  return (event && findOccurrence(event, occurrence)?.end) ?? occurrence;
}

export const campKey = (p: Pick<Participant, 'eventId' | 'occurrence'>): string => `${p.eventId}|${p.occurrence}`;

/** Adds (`sign` 1) or takes away (`sign` -1) participants from the counts in `rows` (changed in place). */
export function count(rows: Map<string, CampCount>, people: readonly unknown[], sign: 1 | -1): void {
  for (const value of people) {
    if (!value) continue;
    const p = value as Participant;
    const id = campKey(p);
    const row = rows.get(id) ?? {
      id,
      eventId: p.eventId,
      occurrence: p.occurrence,
      total: 0,
      identified: 0,
      flagged: 0,
    };
    rows.set(id, {
      ...row,
      total: row.total + sign,
      identified: row.identified + (p.anonymisedAt ? 0 : sign),
      flagged: row.flagged + (p.identified === 1 ? sign : 0),
    });
  }
}

/** Every edition's counts and last day from all participants and events (a migration or a full rebuild). */
export function buildCampCounts(people: readonly unknown[], events: readonly unknown[]): Map<string, CampCount> {
  const rows = new Map<string, CampCount>();
  count(rows, people, 1);
  const byId = new Map((events as CalendarEvent[]).map((e) => [e.id, e]));
  for (const row of rows.values()) row.end = editionEnd(byId.get(row.eventId), row.occurrence);
  return rows;
}
