// @vitest-environment jsdom
// The Word dossier's tables fit their words on an A4 page, and the document carries the dossier's language.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../shared/ipc';
import { buildDossier } from '../../../shared/export/dossier';
import { renderDossierDocx } from '../../../shared/export/dossierDocx';
import { columnWidths, textTwips } from '../../../shared/export/docxColumns';
import { contacts, dossierData, visit } from './fixtures';

/**
 * Arial / Liberation Sans advance widths (per 1,000 em), regular and bold: wider than Calibri, so a word that fits
 * by these fits in Calibri and in the fonts LibreOffice puts in its place. Diacritics take their base letter's width.
 */
const REGULAR: Record<string, number> = {
  ...spread('abdeghnopqu', 556),
  ...spread('ckszvxy', 500),
  ...spread('ft', 278),
  ...spread('ijl', 222),
  r: 333,
  m: 833,
  w: 722,
  ...spread('ABEKPSVXY', 667),
  ...spread('CDHNRUw', 722),
  ...spread('GOQ', 778),
  ...spread('FTZ', 611),
  L: 556,
  M: 833,
  W: 944,
  I: 278,
  J: 500,
  ...spread('0123456789', 556),
  ...spread('.,:/', 278),
  ...spread('-()', 333),
  '–': 556,
  '@': 1015,
  '+': 584,
  ß: 611,
};
const BOLD: Record<string, number> = {
  ...REGULAR,
  ...spread('bdghnopqu', 611),
  ...spread('cksvxy', 556),
  ...spread('ijl', 278),
  ...spread('ft', 333),
  r: 389,
  m: 889,
  w: 778,
  ...spread('ABKR', 722),
  J: 556,
  L: 611,
  ':': 333,
  '@': 975,
};
function spread(chars: string, width: number): Record<string, number> {
  return Object.fromEntries([...chars].map((c) => [c, width]));
}
const base = (ch: string) => ({ ł: 'l', Ł: 'L' })[ch] ?? ch.normalize('NFD')[0]!;

/** A word's width in twips at `halfPoints`, by Arial's metrics. */
function arialTwips(word: string, halfPoints: number, bold: boolean): number {
  const table = bold ? BOLD : REGULAR;
  const thousandths = [...word].reduce((sum, ch) => {
    const w = table[base(ch)];
    if (w === undefined) throw new Error(`No width for ${JSON.stringify(ch)} in ${word}`);
    return sum + w;
  }, 0);
  return (thousandths / 1000) * halfPoints * 10;
}

/** Where a line may break inside a cell: spaces, and after a hyphen between letters. */
const breakable = (text: string) => text.split(/\s+|(?<=\p{L}-)(?=\p{L})/u).filter((w) => w !== '');

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const attr = (el: Element | undefined, name: string) => Number(el?.getAttributeNS(W, name) ?? NaN);
const children = (el: Element, name: string) => Array.from(el.children).filter((c) => c.localName === name);

async function unzip(language: Language) {
  const members = [
    { id: 'm-1', name: 'Aleksandra Wierzbięta-Szczepankiewicz', function: 'Burmistrz', languages: ['pl'] },
    { id: 'm-2', name: 'Hans-Joachim Schwarzenberger', function: 'Bürgermeister', languages: ['de', 'pl'] },
    { id: 'm-3', name: 'Jörg Weiß', function: 'Radny', languages: ['de'], dietaryNeeds: 'bezglutenowa' },
  ].map((m, i) => ({ ...m, precedence: i + 1, needsConsent: { givenOn: '2027-01-01', givenBy: m.name } }));
  const data = dossierData({
    visit: visit({ members }),
    contacts: [
      ...contacts,
      {
        ...contacts[0]!,
        id: 'c-2',
        name: 'Friederike Oberschulte-Brinkmann',
        email: 'f.oberschulte@ronnenberg.de',
        phone: '+49 5109 6000',
      },
    ],
  });
  const bytes = await renderDossierDocx(buildDossier(data, language, { includeNeeds: true }));
  const zip = await JSZip.loadAsync(bytes);
  const read = async (path: string) =>
    new DOMParser().parseFromString(await zip.file(path)!.async('string'), 'application/xml');
  return { document: await read('word/document.xml'), styles: await read('word/styles.xml'), members };
}

describe('the Word dossier', () => {
  for (const [language, tag] of [
    ['pl', 'pl-PL'],
    ['en', 'en-GB'],
  ] as const) {
    it(`gives every run the language ${tag} through the document's defaults`, async () => {
      const { document, styles } = await unzip(language);
      const defaults = styles.getElementsByTagNameNS(W, 'rPrDefault')[0];
      const lang = defaults?.getElementsByTagNameNS(W, 'lang')[0];
      expect(lang?.getAttributeNS(W, 'val')).toBe(tag);
      // No style or run says otherwise.
      const others = [styles, document].flatMap((x) =>
        Array.from(x.getElementsByTagNameNS(W, 'lang')).map((l) => l.getAttributeNS(W, 'val')),
      );
      expect(new Set(others)).toEqual(new Set([tag]));
    });

    it(`sizes every table's columns so no word breaks, across the A4 text width (${language})`, async () => {
      const { document, members } = await unzip(language);
      const sect = document.getElementsByTagNameNS(W, 'sectPr')[0]!;
      const page = sect.getElementsByTagNameNS(W, 'pgSz')[0];
      const margin = sect.getElementsByTagNameNS(W, 'pgMar')[0];
      expect(attr(page, 'w')).toBe(11906);
      const textWidth = attr(page, 'w') - attr(margin, 'left') - attr(margin, 'right');
      const tables = Array.from(document.getElementsByTagNameNS(W, 'tbl'));
      expect(tables.length).toBeGreaterThanOrEqual(4);
      let checked = 0;
      for (const table of tables) {
        const grid = Array.from(table.getElementsByTagNameNS(W, 'gridCol')).map((g) => attr(g, 'w'));
        expect(grid.reduce((a, b) => a + b, 0)).toBe(textWidth);
        const cellMargins = table.getElementsByTagNameNS(W, 'tblCellMar')[0]!;
        const padding =
          attr(cellMargins.getElementsByTagNameNS(W, 'left')[0], 'w') +
          attr(cellMargins.getElementsByTagNameNS(W, 'right')[0], 'w');
        expect(padding).toBeGreaterThan(0);
        for (const row of children(table, 'tr')) {
          children(row, 'tc').forEach((cell, column) => {
            for (const run of Array.from(cell.getElementsByTagNameNS(W, 'r'))) {
              const size = attr(run.getElementsByTagNameNS(W, 'sz')[0], 'val');
              const b = run.getElementsByTagNameNS(W, 'b')[0];
              const bold = b !== undefined && !['false', '0'].includes(b.getAttributeNS(W, 'val') ?? '');
              const text = run.getElementsByTagNameNS(W, 't')[0]?.textContent ?? '';
              for (const word of breakable(text)) {
                expect(arialTwips(word, size, bold) + padding, `${word} in column ${column}`).toBeLessThanOrEqual(
                  grid[column]!,
                );
                checked++;
              }
            }
          });
        }
      }
      expect(checked).toBeGreaterThan(100);

      // The delegation's name column is wider than the longest word of the longest name.
      const memberTable = tables.find((t) => t.textContent?.includes(members[0]!.name))!;
      const grid = Array.from(memberTable.getElementsByTagNameNS(W, 'gridCol')).map((g) => attr(g, 'w'));
      expect(grid).toHaveLength(6);
      const size = attr(memberTable.getElementsByTagNameNS(W, 'sz')[0], 'val');
      expect(size).toBeGreaterThanOrEqual(16);
      expect(grid[1]).toBeGreaterThan(arialTwips('Szczepankiewicz', size, false));
      // The number column stays narrow: the names get the room.
      expect(grid[0]).toBeLessThan(grid[1]! / 2);
    });
  }
});

describe('column widths', () => {
  const layout = { halfPoints: 18, cellPadding: 170, total: 9026 };
  it('shares the page by the longest words when even those do not fit, still spanning the text width', () => {
    const long = 'W'.repeat(200);
    const { widths, fits } = columnWidths({ ...layout, columns: ['A', 'B'], rows: [[long, 'x']] });
    expect(fits).toBe(false);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(9026);
    expect(widths[0]).toBeGreaterThan(widths[1]! * 10);
  });
  it('keeps a compact column on one line and gives the spare width to the long text', () => {
    const rows = [['10:00–11:30', 'Powitanie w ratuszu i rozmowa o wspólnym obozie młodzieży w przyszłym roku']];
    const { widths, fits } = columnWidths({ ...layout, columns: ['Godziny', 'Punkt programu'], rows, compact: [0] });
    expect(fits).toBe(true);
    expect(widths[0]).toBeGreaterThanOrEqual(textTwips('10:00–11:30', 18) + 170);
    expect(widths[1]).toBeGreaterThan(widths[0]! * 3);
  });
});
