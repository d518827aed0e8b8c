// Retention beyond camps: partner contacts and delegation members with no event or visit for a set
// number of years (default 5), offered for anonymisation, and what anonymising them leaves.
import { addYears, format, parseISO } from 'date-fns';
import { z } from 'zod';
import type { CalendarEvent, Contact, Member, Visit } from '../domain';

export const peopleRetentionSchema = z.object({ years: z.number().int().min(1).max(50) });
export type PeopleRetention = z.infer<typeof peopleRetentionSchema>;
export const DEFAULT_PEOPLE_RETENTION: PeopleRetention = { years: 5 };

/** What an anonymised contact or member is called. */
export const ANONYMISED_PERSON = '—';

/** The last day an event involved its partners: a series without an end counts as still running. */
function lastDay(e: Pick<CalendarEvent, 'end' | 'recurrence'>): string {
  const r = e.recurrence;
  if (r && !r.until && r.count === undefined) return '9999-12-31';
  const extra = [...(r?.extraDates ?? [])].sort().at(-1) ?? '';
  const until = r?.until ?? (r?.count !== undefined ? '9999-12-31' : '');
  return [e.end.slice(0, 10), until, extra].sort().at(-1)!;
}

const cutoff = (years: number, today: string) => format(addYears(parseISO(today), -years), 'yyyy-MM-dd');

export interface DormantContact {
  contact: Contact;
  /** The last day of an event or visit with the contact's partner town, or null if there never was one. */
  lastActivity: string | null;
}

export interface DormantMember {
  visit: Pick<Visit, 'id' | 'title' | 'end'>;
  member: Member;
}

/**
 * Contacts (still named) whose partner town had no event or visit ending after `years` before today,
 * and who were themselves not touched since then.
 */
export function dormantContacts(
  contacts: readonly Contact[],
  events: readonly Pick<CalendarEvent, 'partnerIds' | 'end' | 'recurrence'>[],
  visits: readonly Pick<Visit, 'partnerIds' | 'end'>[],
  { years }: PeopleRetention,
  today: string,
): DormantContact[] {
  const latest = new Map<string, string>();
  const see = (ids: readonly string[], day: string) =>
    ids.forEach((id) => (latest.get(id) ?? '') < day && latest.set(id, day));
  events.forEach((e) => see(e.partnerIds, lastDay(e)));
  visits.forEach((v) => see(v.partnerIds, v.end));
  const before = cutoff(years, today);
  return contacts
    .filter((c) => c.name !== ANONYMISED_PERSON)
    .map((contact) => ({ contact, lastActivity: latest.get(contact.partnerId) ?? null }))
    .filter(({ contact, lastActivity }) => (lastActivity ?? '') < before && contact.updatedAt.slice(0, 10) < before)
    .sort((a, b) => (a.lastActivity ?? '').localeCompare(b.lastActivity ?? ''));
}

/** Delegation members (still named) of visits that ended more than `years` before today. */
export function dormantMembers(visits: readonly Visit[], { years }: PeopleRetention, today: string): DormantMember[] {
  const before = cutoff(years, today);
  return visits
    .filter((v) => v.end < before)
    .sort((a, b) => a.end.localeCompare(b.end))
    .flatMap((v) =>
      v.members
        .filter((m) => m.name !== ANONYMISED_PERSON)
        .map((member) => ({ visit: { id: v.id, title: v.title, end: v.end }, member })),
    );
}

/** A contact without anything that names or reaches the person; role and partner stay for the register's counts. */
export const anonymiseContact = (c: Contact, at: string): Contact => ({
  id: c.id,
  partnerId: c.partnerId,
  role: c.role,
  name: ANONYMISED_PERSON,
  languages: [],
  createdAt: c.createdAt,
  updatedAt: at,
});

/** A member without name, contact, organisation, needs or document; the precedence keeps the list's order. */
export const anonymiseMember = (m: Member): Member => ({
  id: m.id,
  name: ANONYMISED_PERSON,
  languages: [],
  precedence: m.precedence,
});

/** The object's defined fields in a fixed order, so two records compare by content. */
const content = (o: object) =>
  JSON.stringify(
    Object.entries(o)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b)),
  );

/** True when the contact holds nothing more than anonymising leaves. */
export const isAnonymisedContact = (c: Contact): boolean => content(c) === content(anonymiseContact(c, c.updatedAt));

/** True when the member holds nothing more than anonymising leaves. */
export const isAnonymisedMember = (m: Member): boolean => content(m) === content(anonymiseMember(m));
