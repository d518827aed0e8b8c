// Dormancy rule: an active partner with no event or visit for N months, and the last-activity date of a series.
import type { Recurrence } from '../domain/event';
import { addMonthsIso, anniversaryIn } from './anniversary';

export const DEFAULT_DORMANCY_MONTHS = 24;

/** The start day of the last occurrence on or before `today`, or undefined if the first is later. */
export function lastOccurrenceOnOrBefore(start: string, recurrence: Recurrence | undefined, today: string): string | undefined {
  const first = start.slice(0, 10);
  if (first > today) return undefined;
  if (!recurrence) return first;
  const until = recurrence.until && recurrence.until < today ? recurrence.until : today;
  const interval = recurrence.interval ?? 1;
  const count = recurrence.count ?? Number.POSITIVE_INFINITY;
  if (recurrence.freq === 'weekly') {
    const days = Math.floor((Date.parse(until) - Date.parse(first)) / 86_400_000);
    const steps = Math.min(Math.floor(days / (7 * interval)), count - 1);
    return new Date(Date.parse(first) + steps * 7 * interval * 86_400_000).toISOString().slice(0, 10);
  }
  const monthsPer = recurrence.freq === 'yearly' ? 12 * interval : interval;
  const elapsed = (Number(until.slice(0, 4)) - Number(first.slice(0, 4))) * 12 + Number(until.slice(5, 7)) - Number(first.slice(5, 7));
  let steps = Math.min(Math.floor(elapsed / monthsPer), count - 1);
  const at = (n: number) =>
    recurrence.freq === 'yearly' ? anniversaryIn(first, Number(first.slice(0, 4)) + n * interval) : addMonthsIso(first, n * monthsPer);
  while (steps > 0 && at(steps) > until) steps--;
  return at(steps);
}

export interface DormancyInput {
  status: string;
  /** Latest event or visit day on or before today, if any. */
  lastActivity?: string;
  /** When the partnership started (or the record was made): the clock starts there without activity. */
  since?: string;
}

/** True for an active partner whose last event or visit (or its start) is more than `months` ago. */
export function isDormant(input: DormancyInput, today: string, months = DEFAULT_DORMANCY_MONTHS): boolean {
  if (input.status !== 'active') return false;
  const reference = input.lastActivity ?? input.since;
  if (!reference) return true;
  return reference.slice(0, 10) < addMonthsIso(today, -months);
}
