// Contacts and delegation members with no event or visit for the set years: listed, and anonymised in one step.
import {
  anonymiseContact,
  anonymiseMember,
  DEFAULT_PEOPLE_RETENTION,
  dormantContacts,
  dormantMembers,
  peopleRetentionSchema,
  type DormantContact,
  type DormantMember,
} from '../../../shared/privacy/dormantPeople';
import type { ErasureRecord } from '../../../shared/exchanges/erasureRegister';
import { currentTime } from '../../app/today';
import { db } from '../db';
import { newId } from './base';
import { defineSetting, readSetting } from './settings';

export const peopleRetentionSetting = defineSetting(
  'privacy.peopleRetention',
  peopleRetentionSchema,
  DEFAULT_PEOPLE_RETENTION,
);

export interface DormantPeople {
  contacts: DormantContact[];
  members: DormantMember[];
}

export async function listDormantPeople(today: string): Promise<DormantPeople> {
  const [retention, contacts, events, visits] = await Promise.all([
    readSetting(peopleRetentionSetting),
    db.contacts.toArray(),
    db.events.toArray(),
    db.visits.toArray(),
  ]);
  return {
    contacts: dormantContacts(contacts, events, visits, retention, today),
    members: dormantMembers(visits, retention, today),
  };
}

/**
 * Anonymises the chosen contacts and members and records the run in the register (so a restore of an
 * older backup anonymises them again), in one transaction: all or nothing. Returns the record, or null
 * when none of them was found.
 */
export async function anonymiseDormantPeople(
  contactIds: readonly string[],
  members: readonly { visitId: string; memberId: string }[],
): Promise<ErasureRecord | null> {
  const at = currentTime().toISOString();
  return db.transaction('rw', [db.contacts, db.visits, db.anonymisations], async () => {
    const found = (await db.contacts.bulkGet([...contactIds])).filter((c) => c !== undefined);
    if (found.length > 0) await db.contacts.bulkPut(found.map((c) => anonymiseContact(c, at)));
    const byVisit = new Map<string, Set<string>>();
    members.forEach((m) => byVisit.set(m.visitId, (byVisit.get(m.visitId) ?? new Set()).add(m.memberId)));
    const done: { visitId: string; memberId: string }[] = [];
    for (const [visitId, ids] of byVisit) {
      const visit = await db.visits.get(visitId);
      if (!visit) continue;
      visit.members.filter((m) => ids.has(m.id)).forEach((m) => done.push({ visitId, memberId: m.id }));
      await db.visits.put({
        ...visit,
        members: visit.members.map((m) => (ids.has(m.id) ? anonymiseMember(m) : m)),
        updatedAt: at,
      });
    }
    if (found.length + done.length === 0) return null;
    const record: ErasureRecord = {
      id: newId(),
      at,
      participantIds: [],
      eventIds: [],
      contactIds: found.map((c) => c.id),
      members: done,
    };
    await db.anonymisations.add(record);
    return record;
  });
}
