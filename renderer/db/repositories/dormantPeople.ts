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
import { currentTime } from '../../app/today';
import { db } from '../db';
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

/** Anonymises the chosen contacts and members in one transaction: all or nothing. */
export async function anonymiseDormantPeople(
  contactIds: readonly string[],
  members: readonly { visitId: string; memberId: string }[],
): Promise<number> {
  const at = currentTime().toISOString();
  return db.transaction('rw', db.contacts, db.visits, async () => {
    let n = 0;
    for (const c of await db.contacts.bulkGet([...contactIds])) {
      if (!c) continue;
      await db.contacts.put(anonymiseContact(c, at));
      n++;
    }
    const byVisit = new Map<string, Set<string>>();
    members.forEach((m) => byVisit.set(m.visitId, (byVisit.get(m.visitId) ?? new Set()).add(m.memberId)));
    for (const [visitId, ids] of byVisit) {
      const visit = await db.visits.get(visitId);
      if (!visit) continue;
      n += visit.members.filter((m) => ids.has(m.id)).length;
      await db.visits.put({
        ...visit,
        members: visit.members.map((m) => (ids.has(m.id) ? anonymiseMember(m) : m)),
        updatedAt: at,
      });
    }
    return n;
  });
}
