// Dormancy rule: an active partner with no event or visit for N months.
import { addMonthsIso } from './anniversary';

export const DEFAULT_DORMANCY_MONTHS = 24;

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
