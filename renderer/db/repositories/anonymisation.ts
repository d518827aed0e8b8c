// Anonymisation runs: applies them, records them, and re-applies every recorded run (after a restore).
import { anonymiseParticipant } from '../../../shared/anonymise';
import { db } from '../db';
import { newId, nowIso } from './base';

/** Anonymises the given participants and records the run, in one transaction. */
export async function anonymiseParticipants(participantIds: readonly string[]): Promise<number> {
  const at = nowIso();
  return db.transaction('rw', [db.participants, db.anonymisations], async () => {
    const rows = (await db.participants.bulkGet([...participantIds])).filter((p) => p !== undefined);
    await db.participants.bulkPut(rows.map((p) => anonymiseParticipant(p, at)));
    await db.anonymisations.add({
      id: newId(),
      at,
      participantIds: rows.map((p) => p.id),
      eventIds: [...new Set(rows.map((p) => p.eventId))],
    });
    return rows.length;
  });
}

/**
 * Re-applies every recorded run to the participants now stored: a restored older backup must not
 * bring back personal data that was already anonymised. Joins the caller's transaction if any.
 */
export async function reapplyAnonymisations(): Promise<number> {
  return db.transaction('rw', [db.participants, db.anonymisations], async () => {
    const runs = await db.anonymisations.toArray();
    const ids = [...new Set(runs.flatMap((r) => r.participantIds))];
    if (ids.length === 0) return 0;
    const stale = (await db.participants.bulkGet(ids)).filter((p) => p !== undefined && !p.anonymisedAt);
    const at = nowIso();
    await db.participants.bulkPut(stale.map((p) => anonymiseParticipant(p!, at)));
    return stale.length;
  });
}
