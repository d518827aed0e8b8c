// Anonymisation runs and erasures: applies them, records them in the register, and replays the
// register (after a restore, at start), so an older backup never brings back data that was removed.
import { anonymiseWithin, fieldsToAnonymise, type AnonymisedField } from '../../../shared/anonymise';
import type { Participant } from '../../../shared/domain';
import {
  mergeRegisters,
  missingFrom,
  replayPeople,
  replayRegister,
  type ErasureRecord,
} from '../../../shared/exchanges/erasureRegister';
import { db } from '../db';
import { newId, nowIso } from './base';

/** Every record of the camp editions these participants belong to (the k ≥ 5 rule counts over them). */
async function editionsOf(rows: readonly Participant[]): Promise<Participant[]> {
  const keys = [...new Map(rows.map((p) => [`${p.eventId}|${p.occurrence}`, [p.eventId, p.occurrence]])).values()];
  return db.participants.where('[eventId+occurrence]').anyOf(keys).toArray();
}

/** Anonymises the given participants and records the run, in one transaction; returns the run's record. */
export async function anonymiseParticipants(participantIds: readonly string[]): Promise<ErasureRecord | null> {
  const at = nowIso();
  return db.transaction('rw', [db.participants, db.anonymisations], async () => {
    const rows = (await db.participants.bulkGet([...participantIds])).filter((p) => p !== undefined);
    if (rows.length === 0) return null;
    const changed = anonymiseWithin(await editionsOf(rows), new Set(rows.map((p) => p.id)), at);
    await db.participants.bulkPut([...changed.values()]);
    const record: ErasureRecord = {
      id: newId(),
      at,
      participantIds: rows.map((p) => p.id),
      eventIds: [...new Set(rows.map((p) => p.eventId))],
    };
    await db.anonymisations.add(record);
    return record;
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
export async function anonymiseCamps(camps: readonly CampRef[]): Promise<ErasureRecord | null> {
  const ids = (await previewAnonymisation(camps)).map((p) => p.participant.id);
  return ids.length === 0 ? null : anonymiseParticipants(ids);
}

/** Erases one person outright and records it, so a restored backup erases them again. */
export async function eraseParticipant(id: string): Promise<ErasureRecord | null> {
  return eraseParticipants([id]);
}

/** Erases these participant records (one person's camps) as one recorded erasure, all or nothing. */
export async function eraseParticipants(ids: readonly string[]): Promise<ErasureRecord | null> {
  return db.transaction('rw', [db.participants, db.anonymisations], async () => {
    const rows = (await db.participants.bulkGet([...ids])).filter((p) => p !== undefined);
    if (rows.length === 0) return null;
    const erasedIds = rows.map((p) => p.id);
    await db.participants.bulkDelete(erasedIds);
    const record: ErasureRecord = {
      id: newId(),
      at: nowIso(),
      participantIds: [],
      eventIds: [...new Set(rows.map((p) => p.eventId))],
      erasedIds,
    };
    await db.anonymisations.add(record);
    return record;
  });
}

/**
 * Adds the records of another register (the app's data folder, a backup) to the database's, then
 * applies the whole register to the participants, partner contacts and delegation members now stored.
 * Joins the caller's transaction if any. Returns how many people were anonymised again or erased.
 */
export async function reapplyAnonymisations(extra: readonly ErasureRecord[] = []): Promise<number> {
  return db.transaction('rw', [db.participants, db.contacts, db.visits, db.anonymisations], async () => {
    const stored = await db.anonymisations.toArray();
    const missing = missingFrom(stored, extra);
    if (missing.length > 0) await db.anonymisations.bulkPut(missing);
    const register = mergeRegisters(stored, missing);
    if (register.length === 0) return 0;
    const at = nowIso();
    const replay = replayRegister(await db.participants.toArray(), register, at);
    if (replay.erase.length > 0) await db.participants.bulkDelete(replay.erase);
    if (replay.put.length > 0) await db.participants.bulkPut(replay.put);
    const people = register.some((r) => r.contactIds?.length || r.members?.length)
      ? replayPeople(await db.contacts.toArray(), await db.visits.toArray(), register, at)
      : { contacts: [], visits: [], reanonymised: 0 };
    if (people.contacts.length > 0) await db.contacts.bulkPut(people.contacts);
    if (people.visits.length > 0) await db.visits.bulkPut(people.visits);
    return replay.reanonymised + replay.erase.length + people.reanonymised;
  });
}

/** The register as the database holds it (no personal data in it: ids and counts). */
export function readRegister(): Promise<ErasureRecord[]> {
  return db.anonymisations.toArray();
}

/** The record of past runs and erasures, newest first. */
export function listAnonymisationRuns() {
  return db.anonymisations.orderBy('at').reverse().toArray();
}
