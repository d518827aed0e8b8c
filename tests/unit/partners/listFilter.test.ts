// The partner list's filters, sorting and filter choices, as the list and its exports use them.
import { describe, expect, it } from 'vitest';
import { cooperationAreas, type Partner } from '../../../shared/domain';
import {
  columnText,
  emptyFilter,
  filterPartners,
  listFieldChoices,
  sortPartners,
  type ListFilter,
  type SortColumn,
} from '../../../renderer/features/partners/listFilter';

function partner(fields: Partial<Partner> & { name: string }): Partner {
  return {
    id: fields.name,
    country: 'DE',
    relationKind: 'partnership',
    status: 'active',
    languages: [],
    legalBasis: {},
    areas: [],
    funding: [],
    awards: [],
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    ...fields,
  };
}

const towns: Partner[] = [
  partner({
    name: 'Ronnenberg',
    country: 'DE',
    relationKind: 'twinning',
    status: 'active',
    region: 'Dolna Saksonia',
    areas: ['culture', 'sport'],
    startDate: '1992-06-01',
  }),
  partner({
    name: 'Duclair',
    country: 'FR',
    relationKind: 'partnership',
    status: 'active',
    region: 'Normandia',
    areas: ['culture', 'Festiwal jabłek'],
    startDate: '1995-09-10',
  }),
  partner({
    name: 'Järfälla',
    country: 'SE',
    relationKind: 'partnership',
    status: 'dormant',
    areas: ['youthExchange'],
    startDate: '2001-03-15',
  }),
  partner({
    name: 'Gehrden',
    country: 'DE',
    relationKind: 'cooperation',
    status: 'negotiation',
    region: 'Region Hannover',
    areas: ['Festiwal jabłek'],
  }),
  partner({
    name: 'Łódź',
    namePl: 'Łódź',
    country: 'PL',
    relationKind: 'intent',
    status: 'ended',
    region: 'łódzkie',
    areas: [],
  }),
];

const names = (list: readonly Partner[]) => list.map((p) => p.name);
const only = (patch: Partial<ListFilter>) => names(filterPartners(towns, { ...emptyFilter, ...patch }));

describe('filtering the partner list', () => {
  it('shows every partner with no filter set', () => {
    expect(only({})).toEqual(names(towns));
  });

  it('keeps only the partners of the chosen country, relation kind, status or area', () => {
    expect(only({ country: 'DE' })).toEqual(['Ronnenberg', 'Gehrden']);
    expect(only({ relationKind: 'partnership' })).toEqual(['Duclair', 'Järfälla']);
    expect(only({ status: 'dormant' })).toEqual(['Järfälla']);
    expect(only({ area: 'culture' })).toEqual(['Ronnenberg', 'Duclair']);
  });

  it('filters by a custom area exactly as it was typed', () => {
    expect(only({ area: 'Festiwal jabłek' })).toEqual(['Duclair', 'Gehrden']);
    expect(only({ area: 'Festiwal' })).toEqual([]);
  });

  it('combines the filters with each other and with the free text', () => {
    expect(only({ country: 'DE', area: 'Festiwal jabłek' })).toEqual(['Gehrden']);
    expect(only({ country: 'DE', status: 'active' })).toEqual(['Ronnenberg']);
    expect(only({ area: 'culture', text: 'normandia' })).toEqual(['Duclair']);
    expect(only({ country: 'FR', text: 'ronnenberg' })).toEqual([]);
    expect(
      only({ relationKind: 'partnership', status: 'active', area: 'culture', country: 'FR', text: 'duc' }),
    ).toEqual(['Duclair']);
  });

  it('matches free text in the name, Polish name and region, without Polish letters and word by word', () => {
    expect(only({ text: 'lodz' })).toEqual(['Łódź']);
    expect(only({ text: 'JARFALLA' })).toEqual(['Järfälla']);
    expect(only({ text: 'region hannover' })).toEqual(['Gehrden']);
    expect(only({ text: 'hannover ronnenberg' })).toEqual([]);
    expect(only({ text: '   ' })).toEqual(names(towns));
  });
});

describe('sorting the partner list', () => {
  const countryNames: Record<string, string> = { DE: 'Niemcy', FR: 'Francja', SE: 'Szwecja', PL: 'Polska' };
  const text = columnText({
    country: (code) => countryNames[code] ?? code,
    relationKind: (k) =>
      ({
        partnership: 'Partnerska',
        twinning: 'Bliźniacza',
        cooperation: 'Porozumienie o współpracy',
        intent: 'List intencyjny',
      })[k] ?? k,
    status: (k) =>
      ({ active: 'Aktywna', dormant: 'Uśpiona', negotiation: 'W negocjacjach', ended: 'Zakończona' })[k] ?? k,
    lastActivity: (id) => ({ Duclair: '2025-05-01', Ronnenberg: '2026-02-01' })[id],
  });
  const sorted = (column: SortColumn, descending = false, list = towns, locale = 'pl') =>
    names(sortPartners(list, { column, descending }, text, locale));

  it('sorts names by Polish collation: Ł after L, before M, and back in descending order', () => {
    const list = ['Malbork', 'Łódź', 'Lublin', 'Żary', 'Zgierz', 'Lądek-Zdrój'].map((name) => partner({ name }));
    expect(sorted('name', false, list)).toEqual(['Lądek-Zdrój', 'Lublin', 'Łódź', 'Malbork', 'Zgierz', 'Żary']);
    expect(sorted('name', true, list)).toEqual(['Żary', 'Zgierz', 'Malbork', 'Łódź', 'Lublin', 'Lądek-Zdrój']);
  });

  it('sorts by the language of the interface', () => {
    const list = ['Malbork', 'Łódź', 'Lublin'].map((name) => partner({ name }));
    expect(sorted('name', false, list, 'en')).toEqual(['Łódź', 'Lublin', 'Malbork']);
  });

  it('sorts countries by their shown names, ties by town name', () => {
    expect(sorted('country')).toEqual(['Duclair', 'Gehrden', 'Ronnenberg', 'Łódź', 'Järfälla']);
    expect(sorted('country', true)).toEqual(['Järfälla', 'Łódź', 'Gehrden', 'Ronnenberg', 'Duclair']);
  });

  it('sorts relation kinds and statuses by their labels', () => {
    expect(sorted('relationKind')).toEqual(['Ronnenberg', 'Łódź', 'Duclair', 'Järfälla', 'Gehrden']);
    expect(sorted('status', true)).toEqual(['Łódź', 'Gehrden', 'Järfälla', 'Duclair', 'Ronnenberg']);
  });

  it('sorts start dates and last contacts as dates, partners without one first when ascending', () => {
    expect(sorted('startDate')).toEqual(['Gehrden', 'Łódź', 'Ronnenberg', 'Duclair', 'Järfälla']);
    expect(sorted('startDate', true)).toEqual(['Järfälla', 'Duclair', 'Ronnenberg', 'Gehrden', 'Łódź']);
    expect(sorted('lastActivity', true)).toEqual(['Ronnenberg', 'Duclair', 'Gehrden', 'Järfälla', 'Łódź']);
  });

  it('leaves the given list untouched', () => {
    const before = names(towns);
    sorted('name', true);
    expect(names(towns)).toEqual(before);
  });
});

describe('choices of a list-field filter', () => {
  const label = (k: string) => `label:${k}`;
  const groups = { seed: 'Obszary współpracy', custom: 'Inne obszary' };

  it('offers every seed area and each custom area in use once, sorted by name', () => {
    const choices = listFieldChoices(
      towns.map((p) => p.areas).concat([['Żeglarstwo', 'Akademia Lata']]),
      cooperationAreas,
      label,
      groups,
      'pl',
    );
    expect(choices.map((g) => g.group)).toEqual(['Obszary współpracy', 'Inne obszary']);
    expect(choices[0]!.items.map((c) => c.value).sort()).toEqual([...cooperationAreas].sort());
    expect(choices[1]!.items).toEqual([
      { value: 'Akademia Lata', label: 'Akademia Lata' },
      { value: 'Festiwal jabłek', label: 'Festiwal jabłek' },
      { value: 'Żeglarstwo', label: 'Żeglarstwo' },
    ]);
  });

  it('has no custom group when no partner uses a custom value', () => {
    expect(listFieldChoices([['culture'], []], cooperationAreas, label, groups, 'pl')).toHaveLength(1);
  });

  it('keeps the selected custom value on offer after the last partner using it has gone', () => {
    const choices = listFieldChoices([], cooperationAreas, label, groups, 'pl', 'Festiwal jabłek');
    expect(choices[1]!.items).toEqual([{ value: 'Festiwal jabłek', label: 'Festiwal jabłek' }]);
  });
});
