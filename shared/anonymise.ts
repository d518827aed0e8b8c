// Anonymising a participant: names, contacts, guardians, notes and the exact birth date go; the
// birth year, role, sending town, status and event stay, so reports still count them.
import type { Participant } from './domain';

export const ANONYMISED_NAME = '—';

export function anonymiseParticipant(p: Participant, at: string): Participant {
  return {
    id: p.id,
    eventId: p.eventId,
    firstName: ANONYMISED_NAME,
    lastName: ANONYMISED_NAME,
    birthYear: p.birthYear,
    role: p.role,
    sendingTown: p.sendingTown,
    status: p.status,
    consents: {},
    anonymisedAt: p.anonymisedAt ?? at,
    createdAt: p.createdAt,
    updatedAt: at,
  };
}
