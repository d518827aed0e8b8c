// People per camp edition, kept as a summary row per edition: what the retention lists read instead of every
// participant. Pure counting; the summaries middleware adds and takes away as participants are written.
import type { Participant } from '../domain';

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

/** Every edition's counts from all participants (a migration or a full rebuild). */
export function buildCampCounts(people: readonly unknown[]): Map<string, CampCount> {
  const rows = new Map<string, CampCount>();
  count(rows, people, 1);
  return rows;
}
