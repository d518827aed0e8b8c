import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { initI18n, loadLanguage } from '../../../renderer/i18n';
import { deletePartner, saveContact, savePartner } from '../../../renderer/db/repositories/partners';
import { runSearch, searchIndex } from '../../../renderer/features/search/liveIndex';
import { createSearchIndex, partnerDoc, searchGrouped } from '../../../shared/partners/search';
import type { Partner } from '../../../shared/domain';
import { freshDatabase } from '../../helpers/db';

const stamps = { createdAt: '', updatedAt: '' };
const partner = (id: string, name: string, country = 'PL'): Partner => ({
  id,
  name,
  country,
  relationKind: 'partnership',
  status: 'active',
  languages: [],
  legalBasis: {},
  areas: [],
  funding: [],
  awards: [],
  ...stamps,
});
const titles = async (query: string) => {
  const { groups } = runSearch(await searchIndex(), query);
  return Object.fromEntries(
    Object.entries(groups)
      .filter(([, hits]) => hits.length)
      .map(([k, hits]) => [k, hits.map((h) => h.title)]),
  );
};

describe('search index', () => {
  it('folds Polish and other letters both ways', () => {
    const index = createSearchIndex();
    index.addAll(
      [partner('1', 'Łódź'), partner('2', 'Swarzędz'), partner('3', 'Järfälla', 'SE'), partner('4', 'Lodz Street')].map(
        (p) => partnerDoc(p),
      ),
    );
    const names = (q: string) => searchGrouped(index, q).partner.map((h) => h.title);
    expect(names('lodz')).toEqual(expect.arrayContaining(['Łódź', 'Lodz Street']));
    expect(names('Łódź')).toEqual(expect.arrayContaining(['Łódź', 'Lodz Street']));
    expect(names('swarzedz')).toEqual(['Swarzędz']);
    expect(names('jarfalla')).toEqual(['Järfälla']);
    expect(names('JÄRF')).toEqual(['Järfälla']);
  });

  it('ranks a title match above a match in other text', () => {
    const index = createSearchIndex();
    index.addAll(
      [{ ...partner('a', 'Duclair'), region: 'Normandie Ronnenberg' }, partner('b', 'Ronnenberg', 'DE')].map((p) =>
        partnerDoc(p),
      ),
    );
    expect(searchGrouped(index, 'ronnenberg').partner.map((h) => h.title)).toEqual(['Ronnenberg', 'Duclair']);
  });

  it('shows eight hits of a kind by default, counts them all, and gives more of a kind on request', () => {
    const index = createSearchIndex();
    index.addAll(Array.from({ length: 130 }, (_, i) => partnerDoc(partner(`p${i}`, `Gmina Zielona ${i}`))));
    index.addAll([partnerDoc(partner('x', 'Ronnenberg', 'DE'))]);
    const all = index.searchWithTotals('zielona');
    expect(all.groups.partner).toHaveLength(8);
    expect(all.totals).toEqual({ partner: 130, contact: 0, event: 0, visit: 0, task: 0, gift: 0, participant: 0 });
    expect(index.searchWithTotals('zielona', { partner: 100 }).groups.partner).toHaveLength(100);
    expect(index.searchWithTotals('zielona', { event: 100 }).groups.partner).toHaveLength(8);
    expect(index.searchWithTotals('ronnenberg').totals.partner).toBe(1);
    expect(index.searchWithTotals('z').totals.partner).toBe(0);
  });
});

describe('live search index', () => {
  beforeAll(async () => {
    await initI18n('pl');
    await loadLanguage('en');
  });
  beforeEach(async () => {
    await freshDatabase();
  });

  it('finds partners, contacts, events and visits grouped by kind, and follows later writes', async () => {
    const db = await freshDatabase();
    const ronnenberg = await savePartner({
      name: 'Ronnenberg',
      country: 'DE',
      relationKind: 'partnership',
      status: 'active',
    });
    await db.events.add({
      id: 'camp',
      title: 'Obóz młodzieży w Swarzędzu',
      kind: 'youthCamp',
      allDay: true,
      start: '1992-07-10',
      end: '1992-07-20',
      place: { town: 'Swarzędz' },
      host: 'home',
      partnerIds: [ronnenberg.id],
      status: 'done',
      series: 0,
      exceptions: [],
      ...stamps,
    });
    await db.visits.add({
      id: 'v',
      direction: 'outgoing',
      partnerIds: [ronnenberg.id],
      title: 'Wizyta w Järfälla',
      start: '2025-05-12',
      end: '2025-05-14',
      status: 'done',
      members: [{ id: 'm', name: 'Zofia Łęcka', precedence: 1, languages: [] }],
      programme: [],
      logistics: [],
      costs: [],
      ...stamps,
    });
    expect(await titles('swarzedz')).toEqual({ event: ['Obóz młodzieży w Swarzędzu'] });
    expect(await titles('lecka')).toEqual({ visit: ['Wizyta w Järfälla'] });
    expect(await titles('niemcy')).toEqual({ partner: ['Ronnenberg'] });

    const contact = await saveContact({ partnerId: ronnenberg.id, name: 'Łukasz Żółć', role: 'interpreter' });
    expect(await titles('lukasz zolc')).toEqual({ contact: ['Łukasz Żółć'] });
    // A contact is found by its town and its role too, an event by its partner towns.
    expect(await titles('ronnenberg lukasz')).toEqual({ contact: ['Łukasz Żółć'] });
    expect(await titles('tlumacz ronnenberg')).toEqual({ contact: ['Łukasz Żółć'] });
    expect(await titles('interpreter')).toEqual({ contact: ['Łukasz Żółć'] });
    expect(await titles('ronnenberg oboz')).toEqual({ event: ['Obóz młodzieży w Swarzędzu'] });
    await saveContact({ ...contact, name: 'Łukasz Nowak' });
    expect(await titles('zolc')).toEqual({});
    expect(await titles('nowak')).toEqual({ contact: ['Łukasz Nowak'] });

    await deletePartner(ronnenberg.id);
    expect((await titles('ronnenberg')).partner).toBeUndefined();
    await db.events.clear();
    expect(await titles('swarzedz')).toEqual({});
  });
});
