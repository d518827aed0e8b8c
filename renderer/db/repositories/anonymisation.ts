// Anonymisation runs and erasures: applies them, records them, and re-applies every recorded run
// (after a restore), so an older backup never brings back personal data that was removed.
import { anonymiseParticipant, fieldsToAnonymise, type AnonymisedField } from '../../../shared/anonymise';
import type { Participant } from '../../../shared/domain';
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

export interface CampRef {
  eventId: string;
  occurrence: string;
}

export interface AnonymisationPreview {
  participant: Participant;
  fields: AnonymisedField[];
}

/** What a run over these camps would change: each identified participant and the fields they lose. */
export async function previewAnonymisation(camps: readonly CampRef[]): Promise<AnonymisationPreview[]> {
  const lists = await Promise.all(
    camps.map((c) => db.participants.where('[eventId+occurrence]').equals([c.eventId, c.occurrence]).toArray()),
  );
  return lists
    .flat()
    .filter((p) => !p.anonymisedAt)
    .map((participant) => ({ participant, fields: fieldsToAnonymise(participant) }));
}

/** Anonymises every identified participant of these camps as one recorded run. */
export async function anonymiseCamps(camps: readonly CampRef[]): Promise<number> {
  const ids = (await previewAnonymisation(camps)).map((p) => p.participant.id);
  return ids.length === 0 ? 0 : anonymiseParticipants(ids);
}

/** Erases one person outright and records it, so a restored backup erases them again. */
export async function eraseParticipant(id: string): Promise<void> {
  await eraseParticipants([id]);
}

/** Erases these participant records (one person's camps) as one recorded erasure, all or nothing. */
export async function eraseParticipants(ids: readonly string[]): Promise<number> {
  return db.transaction('rw', [db.participants, db.anonymisations], async () => {
    const rows = (await db.participants.bulkGet([...ids])).filter((p) => p !== undefined);
    if (rows.length === 0) return 0;
    const erasedIds = rows.map((p) => p.id);
    await db.participants.bulkDelete(erasedIds);
    await db.anonymisations.add({
      id: newId(),
      at: nowIso(),
      participantIds: [],
      eventIds: [...new Set(rows.map((p) => p.eventId))],
      erasedIds,
    });
    return rows.length;
  });
}

/**
 * Re-applies every recorded run to the participants now stored: a restored older backup must not
 * bring back personal data that was already anonymised or erased. Joins the caller's transaction if any.
 */
export async function reapplyAnonymisations(): Promise<number> {
  return db.transaction('rw', [db.participants, db.anonymisations], async () => {
    const runs = await db.anonymisations.toArray();
    const erased = [...new Set(runs.flatMap((r) => r.erasedIds ?? []))];
    const erasedCount =
      erased.length === 0 ? 0 : (await db.participants.bulkGet(erased)).filter((p) => p !== undefined).length;
    if (erasedCount > 0) await db.participants.bulkDelete(erased);
    const ids = [...new Set(runs.flatMap((r) => r.participantIds))];
    if (ids.length === 0) return erasedCount;
    const stale = (await db.participants.bulkGet(ids)).filter((p) => p !== undefined && !p.anonymisedAt);
    const at = nowIso();
    await db.participants.bulkPut(stale.map((p) => anonymiseParticipant(p!, at)));
    return stale.length + erasedCount;
  });
}

/** The record of past runs and erasures, newest first (no personal data in it: ids and counts). */
export function listAnonymisationRuns() {
  return db.anonymisations.orderBy('at').reverse().toArray();
}
