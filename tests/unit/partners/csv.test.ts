import { describe, expect, it } from 'vitest';
import type { Partner } from '../../../shared/domain';
import { decodeText, readCsv, writeCsv } from '../../../shared/export/csv';
import { partnerTable } from '../../../shared/partners/columns';
import { guessMapping, markDuplicates, parsePartnerRows } from '../../../shared/partners/csvImport';
import { buildVocabulary, rowLabelsFor } from '../../../renderer/features/partners/vocabulary';

const stamps = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
const ronnenberg: Partner = {
  id: 'r',
  name: 'Ronnenberg',
  namePl: 'Ronnenberg',
  country: 'DE',
  region: 'Niedersachsen',
  population: 24_000,
  website: 'www.ronnenberg.de',
  languages: ['de', 'en'],
  relationKind: 'partnership',
  status: 'active',
  startDate: '1992-06-01',
  legalBasis: {
    resolutionNumber: 'XV/112/92',
    resolutionDate: '1992-04-28',
    adoptedBy: 'Rada Miejska w Swarzędzu',
    signedDate: '1992-06-01',
  },
  areas: ['youthExchange', 'sport', 'Straż pożarna'],
  funding: ['pnwm', 'Fundusz lokalny'],
  awards: [{ stage: 'diploma', year: 2005 }],
  notes: '=SUM(A1) nie jest formułą',
  ...stamps,
};
const jarfalla: Partner = {
  id: 'j',
  name: 'Järfälla',
  country: 'SE',
  languages: [],
  relationKind: 'twinning',
  status: 'dormant',
  legalBasis: {},
  areas: ['environment'],
  funding: [],
  awards: [],
  ...stamps,
};

const strip = ({ id: _i, createdAt: _c, updatedAt: _u, example: _e, ...rest }: Partner) => ({
  ...rest,
  legalBasis: { ...rest.legalBasis },
});

function roundTrip(text: string) {
  const vocabulary = buildVocabulary();
  const csv = readCsv(text);
  return parsePartnerRows(csv, guessMapping(csv.header, vocabulary), vocabulary);
}

describe('partner CSV', () => {
  for (const language of ['pl', 'en'] as const) {
    it(`writes and reads back the same partners (${language} headers and labels)`, () => {
      const text = writeCsv(partnerTable([ronnenberg, jarfalla], rowLabelsFor(language)));
      expect(text.startsWith('\uFEFF')).toBe(true);
      expect(text).toContain("'=SUM(A1)");
      const rows = roundTrip(text);
      expect(rows.map((r) => r.errors)).toEqual([[], []]);
      expect(rows.map((r) => r.draft)).toEqual([strip(ronnenberg), strip(jarfalla)]);
    });
  }

  it('reads an area under the English label of earlier versions as the same area', () => {
    const text = writeCsv(partnerTable([jarfalla], rowLabelsFor('en')));
    expect(text).toContain('Environmental protection and ecological education');
    const earlier = text.replace(
      'Environmental protection and ecological education',
      'Environment and ecology education',
    );
    expect(roundTrip(earlier).map((r) => r.draft)).toEqual([strip(jarfalla)]);
  });

  it('reads a comma-separated Windows-1250 file with Polish Excel dates and country names', () => {
    const text =
      'Nazwa,Kraj,Rodzaj relacji,Status,Data rozpoczęcia współpracy\r\nŁódź,Niemcy,Bliźniacza,Aktywna,29.02.2016\r\n';
    const bytes = new Uint8Array(
      [...text].map(
        (c) => ({ Ł: 0xa3, ó: 0xf3, ź: 0x9f, ę: 0xea, ł: 0xb3, ż: 0xbf, ś: 0x9c, ą: 0xb9 })[c] ?? c.charCodeAt(0),
      ),
    );
    const rows = roundTrip(decodeText(bytes));
    expect(rows[0]?.errors).toEqual([]);
    expect(rows[0]?.draft).toMatchObject({
      name: 'Łódź',
      country: 'DE',
      relationKind: 'twinning',
      status: 'active',
      startDate: '2016-02-29',
    });
  });

  it('names each broken line and field with a message key', () => {
    const rows = roundTrip(
      [
        'Name;Country;Relation;Status;Cooperation since;Population;Website;Awards',
        ';FR;Partnership;Active;;;;',
        'Duclair;XX;Friendship;Active;2021-02-30;-5;not a site;Gold Medal 2001',
        'Duclair;FR;Partnership;Active;;;;Flag of Honour 1950',
      ].join('\n'),
    );
    expect(rows[0]).toMatchObject({ line: 2, errors: [{ column: 'name', code: 'required' }] });
    expect(rows[1]?.line).toBe(3);
    expect(rows[1]?.errors.map((e) => [e.column, e.code])).toEqual(
      expect.arrayContaining([
        ['relationKind', 'relationKind.unknown'],
        ['population', 'population.invalid'],
        ['awards', 'award.invalid'],
        ['startDate', 'date.invalid'],
        ['country', 'country.invalid'],
        ['website', 'website.invalid'],
      ]),
    );
    expect(rows[2]?.errors).toEqual([{ column: 'awards', code: 'award.year', value: 'Flag of Honour 1950' }]);
  });

  it('marks duplicates of stored partners and of earlier lines, by folded name and country', () => {
    const rows = roundTrip(
      'Name;Country;Relation;Status\nJARFALLA;SE;Twinning;Active\nDuclair;FR;Partnership;Active\nduclair;FR;Partnership;Active\nDuclair;BE;Partnership;Active',
    );
    const marked = markDuplicates(rows, [{ name: 'Järfälla', country: 'SE' }]);
    expect(marked.map((r) => r.duplicate)).toEqual(['existing', undefined, 'file', undefined]);
  });

  it('keeps every partner of a file with mixed line ends apart and refuses only the line holding a NUL', () => {
    const text =
      'Nazwa;Kraj;Rodzaj relacji;Status;Uwagi\r\n' +
      'Ronnenberg;DE;partnerska;aktywna;obóz\n' +
      'Duclair;FR;partnerska;aktywna;"zjazd\r\nw lipcu"\r' +
      'Järf\u0000älla;SE;bliźniacza;uśpiona;\r\n' +
      'Tymbark;PL;partnerska;aktywna;;nadmiar\n';
    const rows = roundTrip(text);
    expect(rows).toHaveLength(4);
    expect(rows.map((r) => r.line)).toEqual([2, 3, 5, 6]);
    expect(rows[0]?.draft).toMatchObject({ name: 'Ronnenberg', notes: 'obóz' });
    expect(rows[1]?.draft).toMatchObject({ name: 'Duclair', notes: 'zjazd\r\nw lipcu' });
    expect(rows[2]?.draft).toBeUndefined();
    expect(rows[2]).toMatchObject({ errors: [{ code: 'csv.controlChars', count: 1 }] });
    expect(rows[3]?.draft).toBeUndefined();
    expect(rows[3]).toMatchObject({ errors: [{ code: 'csv.extraCells', count: 1 }] });
  });

  it('stores a name without bidirectional overrides', () => {
    const rows = roundTrip('Nazwa;Kraj;Rodzaj relacji;Status\r\n\u202EgrebnennoR\u202C;DE;partnerska;aktywna\r\n');
    expect(rows[0]?.draft?.name).toBe('grebnennoR');
  });
});
