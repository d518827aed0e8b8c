// The register of anonymisations and erasures: record ids and participant ids only, never personal
// data. A set of records keyed by id, so two registers merge by union (a backup, the app's data
// folder, a team server), and one replay that applies a register to any set of participants.
import { z } from 'zod';
import { anonymiseWithin, isFullyAnonymised } from '../anonymise';
import { anonymisationRunSchema, type AnonymisationRun } from '../backup/tables';
import type { Contact, Participant, Visit } from '../domain';
import { anonymiseContact, anonymiseMember, isAnonymisedContact, isAnonymisedMember } from '../privacy/dormantPeople';

export const erasureRecordSchema = anonymisationRunSchema;
export type ErasureRecord = AnonymisationRun;
/** A whole register as it travels (the data folder's file, an IPC payload). */
export const erasureRegisterSchema = z.array(erasureRecordSchema).max(100_000);

/** Union by id (a record never changes once written), oldest first: the same set whichever order they merge in. */
export function mergeRegisters(...registers: readonly (readonly ErasureRecord[])[]): ErasureRecord[] {
  const byId = new Map<string, ErasureRecord>();
  for (const register of registers) for (const r of register) if (!byId.has(r.id)) byId.set(r.id, r);
  return [...byId.values()].sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
}

/** Records of `from` that `have` lacks. */
export function missingFrom(have: readonly ErasureRecord[], from: readonly ErasureRecord[]): ErasureRecord[] {
  const ids = new Set(have.map((r) => r.id));
  return from.filter((r) => !ids.has(r.id));
}

export interface Replay {
  /** Records to store (anonymised again, or a neighbour whose town the k ≥ 5 rule dropped). */
  put: Participant[];
  /** Participant ids to delete: people erased outright. */
  erase: string[];
  /** People who still held personal data and will be anonymised again. */
  reanonymised: number;
}

/**
 * What the register does to `participants`: erased people go, people of anonymisation runs (and any
 * anonymised record an older rule left with its birth year) lose their personal data again.
 */
export function replayRegister(
  participants: readonly Participant[],
  register: readonly ErasureRecord[],
  at: string,
): Replay {
  const erased = new Set(register.flatMap((r) => r.erasedIds ?? []));
  const anonymised = new Set(register.flatMap((r) => r.participantIds));
  const erase = participants.filter((p) => erased.has(p.id)).map((p) => p.id);
  const remaining = participants.filter((p) => !erased.has(p.id));
  const due = remaining.filter((p) => (anonymised.has(p.id) || p.anonymisedAt !== undefined) && !isFullyAnonymised(p));
  const targets = new Set(due.map((p) => p.id));
  const put = targets.size === 0 ? [] : [...anonymiseWithin(remaining, targets, at).values()];
  return { put, erase, reanonymised: due.filter((p) => p.identified !== 0).length };
}

export interface PeopleReplay {
  /** Contacts anonymised again. */
  contacts: Contact[];
  /** Visits whose delegation lists had members anonymised again. */
  visits: Visit[];
  /** Contacts and members that still held personal data. */
  reanonymised: number;
}

/**
 * What the register does to partner contacts and delegation members (retention beyond camps): each one a
 * record names that still holds personal data is anonymised again. A contact is found by its id, a
 * member by its visit's id and its own.
 */
export function replayPeople(
  contacts: readonly Contact[],
  visits: readonly Visit[],
  register: readonly ErasureRecord[],
  at: string,
): PeopleReplay {
  const contactIds = new Set(register.flatMap((r) => r.contactIds ?? []));
  const members = new Map<string, Set<string>>();
  for (const { visitId, memberId } of register.flatMap((r) => r.members ?? []))
    members.set(visitId, (members.get(visitId) ?? new Set()).add(memberId));
  const putContacts = contacts
    .filter((c) => contactIds.has(c.id) && !isAnonymisedContact(c))
    .map((c) => anonymiseContact(c, at));
  let reanonymised = putContacts.length;
  const putVisits: Visit[] = [];
  for (const visit of visits) {
    const ids = members.get(visit.id);
    const due = ids ? visit.members.filter((m) => ids.has(m.id) && !isAnonymisedMember(m)) : [];
    if (due.length === 0) continue;
    reanonymised += due.length;
    const dueIds = new Set(due.map((m) => m.id));
    putVisits.push({
      ...visit,
      members: visit.members.map((m) => (dueIds.has(m.id) ? anonymiseMember(m) : m)),
      updatedAt: at,
    });
  }
  return { contacts: putContacts, visits: putVisits, reanonymised };
}

/** The tables a register acts on. */
export interface RegisterTables {
  participants: readonly Participant[];
  contacts: readonly Contact[];
  visits: readonly Visit[];
}

/** People a register would anonymise again or erase in a backup (the restore preview's count). */
export function registerEffect(tables: RegisterTables, register: readonly ErasureRecord[]) {
  const at = new Date(0).toISOString();
  const replay = replayRegister(tables.participants, register, at);
  const people = replayPeople(tables.contacts, tables.visits, register, at);
  return { reanonymised: replay.reanonymised + people.reanonymised, erased: replay.erase.length };
}
