// Anonymising participants so that nobody can be picked out again: names, contacts, guardians, notes,
// consents, travel documents, the room, the birth date and year go; the age band at the camp, role,
// status, event and occurrence stay, and the sending town only where five or more anonymised people
// of the camp edition share it. Reports still count them.
import type { Participant } from './domain';
import { participantAgeBand } from './exchanges/age';

export const ANONYMISED_NAME = '—';

/** A sending town stays on anonymised records only when at least this many of them in the edition share it. */
export const MIN_SHARED_TOWN = 5;

/** One record without its personal data; the sending town is settled by `applyTownRule` over the edition. */
export function anonymiseParticipant(p: Participant, at: string): Participant {
  return {
    id: p.id,
    eventId: p.eventId,
    occurrence: p.occurrence,
    firstName: ANONYMISED_NAME,
    lastName: ANONYMISED_NAME,
    ageBand: participantAgeBand(p, p.occurrence),
    role: p.role,
    ...(p.sendingTown !== undefined ? { sendingTown: p.sendingTown } : {}),
    status: p.status,
    consents: {},
    anonymisedAt: p.anonymisedAt ?? at,
    identified: 0,
    createdAt: p.createdAt,
    updatedAt: at,
  };
}

/** True while an anonymised record still holds something the current rule removes (an older run kept the year). */
export const isFullyAnonymised = (p: Participant): boolean =>
  p.anonymisedAt !== undefined && p.identified === 0 && p.birthYear === undefined && p.birthDate === undefined;

const editionOf = (p: Pick<Participant, 'eventId' | 'occurrence'>) => `${p.eventId}|${p.occurrence}`;

/**
 * The k ≥ 5 rule over anonymised records: within each camp edition, a sending town shared by fewer
 * than `MIN_SHARED_TOWN` anonymised people is dropped from theirs. Returns only the records it changed.
 */
export function applyTownRule(anonymised: readonly Participant[], at: string): Participant[] {
  const counts = new Map<string, number>();
  for (const p of anonymised) {
    if (p.sendingTown === undefined) continue;
    const key = `${editionOf(p)}|${p.sendingTown}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return anonymised
    .filter((p) => p.sendingTown !== undefined && counts.get(`${editionOf(p)}|${p.sendingTown}`)! < MIN_SHARED_TOWN)
    .map(({ sendingTown: _dropped, ...rest }) => ({ ...rest, updatedAt: at }));
}

/**
 * Anonymises `targets` among `all` (every record of their editions, any state): each target loses
 * its personal data, then the town rule runs over each edition's anonymised records. Returns every
 * record to store (targets and already anonymised neighbours whose town went), by id.
 */
export function anonymiseWithin(
  all: readonly Participant[],
  targets: ReadonlySet<string>,
  at: string,
): Map<string, Participant> {
  const changed = new Map<string, Participant>();
  for (const p of all) if (targets.has(p.id)) changed.set(p.id, anonymiseParticipant(p, at));
  const editions = new Set([...changed.values()].map(editionOf));
  const anonymised = all
    .filter((p) => editions.has(editionOf(p)))
    .map((p) => changed.get(p.id) ?? p)
    .filter((p) => p.anonymisedAt !== undefined);
  for (const p of applyTownRule(anonymised, at)) changed.set(p.id, p);
  return changed;
}

/** The fields an anonymisation run removes, for the preview shown before it runs. */
export const ANONYMISED_FIELDS = [
  'names',
  'birthDate',
  'guardian',
  'notes',
  'consents',
  'travelDocument',
  'room',
] as const;
export type AnonymisedField = (typeof ANONYMISED_FIELDS)[number];

/** Which of those fields a participant still holds: what a run would change for them. */
export function fieldsToAnonymise(p: Participant): AnonymisedField[] {
  const has: Record<AnonymisedField, boolean> = {
    names: p.firstName !== ANONYMISED_NAME || p.lastName !== ANONYMISED_NAME,
    birthDate: p.birthDate !== undefined || p.birthYear !== undefined,
    guardian: p.guardianName !== undefined || p.guardianPhone !== undefined,
    notes: p.dietaryNotes !== undefined || p.medicalNotes !== undefined,
    consents: Object.keys(p.consents).length > 0,
    travelDocument: p.travelDocumentExpiry !== undefined,
    room: p.roomId !== undefined,
  };
  return ANONYMISED_FIELDS.filter((f) => has[f]);
}
