// Counts for the dashboard: IndexedDB counts, never a read of a whole table.
import { db } from '../db';

export async function countRecords(): Promise<{ partners: number; events: number; visits: number }> {
  const [partners, events, visits] = await Promise.all([db.partners.count(), db.events.count(), db.visits.count()]);
  return { partners, events, visits };
}
