// Contacts and delegation members with no event or visit for the set years, and what anonymising leaves.
import { describe, expect, it } from 'vitest';
import type { Contact, Visit } from '../../../shared/domain';
import {
  anonymiseContact,
  anonymiseMember,
  dormantContacts,
  dormantMembers,
} from '../../../shared/privacy/dormantPeople';

const contact = (id: string, partnerId: string, updatedAt = '2015-01-01T00:00:00Z'): Contact => ({
  id,
  partnerId,
  name: `Osoba ${id}`,
  role: 'coordinator',
  email: `${id}@example.de`,
  phone: '+49 511 000',
  languages: ['de'],
  notes: 'lubi kawę',
  createdAt: '2015-01-01T00:00:00Z',
  updatedAt,
});
const visit = (id: string, partnerIds: string[], end: string, names: string[] = []): Visit =>
  ({
    id,
    title: `Wizyta ${id}`,
    partnerIds,
    start: end,
    end,
    members: names.map((name, i) => ({ id: `${id}-${i}`, name, languages: [], precedence: i + 1, contact: 'x@y.z' })),
  }) as unknown as Visit;

describe('people with no event or visit for the set years', () => {
  const today = '2026-12-06';
  it('offers contacts whose town had nothing for 5 years (or never), and keeps those with recent or running activity', () => {
    const contacts = [
      contact('a', 'old'),
      contact('b', 'recent'),
      contact('c', 'never'),
      contact('d', 'series'),
      contact('e', 'old', '2025-05-01T00:00:00Z'),
    ];
    const events = [
      { partnerIds: ['old'], end: '2020-06-01', recurrence: undefined },
      { partnerIds: ['series'], end: '2010-06-01', recurrence: { freq: 'yearly' as const, interval: 1 } },
    ];
    const visits = [visit('v1', ['recent'], '2023-05-01'), visit('v2', ['old'], '2021-12-05')];
    const found = dormantContacts(contacts, events, visits, { years: 5 }, today);
    expect(found.map((f) => [f.contact.id, f.lastActivity])).toEqual([
      ['c', null],
      ['a', '2021-12-05'],
    ]);
    expect(dormantContacts(contacts, events, visits, { years: 4 }, today).map((f) => f.contact.id)).toEqual(['c', 'a']);
    expect(dormantContacts(contacts, events, visits, { years: 3 }, today).map((f) => f.contact.id)).toEqual([
      'c',
      'a',
      'b',
    ]);
    expect(dormantContacts([anonymiseContact(contact('z', 'never'), 'x')], [], [], { years: 5 }, today)).toEqual([]);
  });

  it('offers the members of visits that ended longer ago, not of recent ones nor already anonymised', () => {
    const visits = [visit('old', ['p'], '2019-05-01', ['Hans', '—']), visit('new', ['p'], '2024-05-01', ['Ute'])];
    expect(dormantMembers(visits, { years: 5 }, today).map((m) => [m.visit.id, m.member.name])).toEqual([
      ['old', 'Hans'],
    ]);
  });

  it('leaves nothing that names or reaches the person', () => {
    const c = anonymiseContact(contact('a', 'p'), '2026-12-06T10:00:00Z');
    expect(JSON.stringify(c)).not.toMatch(/Osoba|example|511|kawę/);
    expect(c).toMatchObject({ id: 'a', partnerId: 'p', role: 'coordinator', name: '—' });
    const m = anonymiseMember(visit('v', ['p'], '2019-01-01', ['Hans Müller']).members[0]!);
    expect(m).toEqual({ id: 'v-0', name: '—', languages: [], precedence: 1 });
  });
});
