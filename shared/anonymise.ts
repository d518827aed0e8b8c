// Anonymising a participant: names, contacts, guardians, notes, consents (who gave them), travel
// documents, the room and the exact birth date go; the birth year, role, sending town, status, event
// and occurrence stay, so reports still count them.
import type { Participant } from './domain';

export const ANONYMISED_NAME = '—';

export function anonymiseParticipant(p: Participant, at: string): Participant {
  return {
    id: p.id,
    eventId: p.eventId,
    occurrence: p.occurrence,
    firstName: ANONYMISED_NAME,
    lastName: ANONYMISED_NAME,
    birthYear: p.birthYear,
    role: p.role,
    sendingTown: p.sendingTown,
    status: p.status,
    consents: {},
    anonymisedAt: p.anonymisedAt ?? at,
    identified: 0,
    createdAt: p.createdAt,
    updatedAt: at,
  };
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
    birthDate: p.birthDate !== undefined,
    guardian: p.guardianName !== undefined || p.guardianPhone !== undefined,
    notes: p.dietaryNotes !== undefined || p.medicalNotes !== undefined,
    consents: Object.keys(p.consents).length > 0,
    travelDocument: p.travelDocumentExpiry !== undefined,
    room: p.roomId !== undefined,
  };
  return ANONYMISED_FIELDS.filter((f) => has[f]);
}
