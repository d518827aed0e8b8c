// Erasures the office's other desks recorded arrive with the sync; each new one is kept in the app's data folder
// too and applied here at once, so a restore on this desk, even into a wiped database, replays it.
import { liveQuery } from 'dexie';
import { syncErasureRegister } from '../../features/exchanges/erasure';
import { db } from '../db';

/** Watches the register while team sync runs; returns the way to stop watching. */
export function keepArrivingErasures(): () => void {
  let seen: string | null = null;
  const subscription = liveQuery(() => db.anonymisations.toCollection().primaryKeys()).subscribe({
    next: (ids) => {
      const key = [...ids].map(String).sort().join('\n');
      if (key === seen) return;
      seen = key;
      if (ids.length > 0) void syncErasureRegister().catch(() => 0);
    },
    error: () => undefined,
  });
  return () => subscription.unsubscribe();
}
