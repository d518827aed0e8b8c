// The dossier printed on A4 in Chromium, the delegation's needs included: no table cell breaks inside a word.
import { expect, test, type Page } from '@playwright/test';
import type { Member } from '../../shared/domain';
import { buildDossier } from '../../shared/export/dossier';
import { renderDossierHtml } from '../../shared/export/dossierHtml';
import { dossierData, visit } from '../unit/visits/fixtures';

const consent = { givenOn: '2027-01-10', givenBy: 'Anna Lindström' };
const member = (name: string, precedence: number, over: Partial<Member>): Member => ({
  id: name,
  name,
  languages: ['sv', 'de', 'en'],
  precedence,
  needsConsent: consent,
  ...over,
});
const members: Member[] = [
  member('Anna Lindström', 1, {
    function: 'Kommunikatör',
    organisation: 'Järfälla kommun',
    dietaryNeeds: 'Laktosfri kost, glutenfri',
    accessibilityNeeds: 'Rullstolsanpassat rum',
    contact: 'anna.lindstrom@jarfalla.se',
  }),
  member('Jörg Weißenbürger', 2, {
    function: 'Bürgermeister',
    organisation: 'Stadt Ronnenberg',
    dietaryNeeds: 'Vegetarisch',
    accessibilityNeeds: 'Hörgeschädigt: Induktionsschleife',
    contact: '+49 5109 6000',
  }),
];

/** Words of table cells that the printed layout split across lines (each word's box must be one line). */
async function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    for (const cell of Array.from(document.querySelectorAll('td, th'))) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
          if (lines.size > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  });
}

for (const language of ['pl', 'en'] as const) {
  test(`prints the members with their needs on A4 without breaking a word (${language})`, async ({ page }) => {
    const doc = buildDossier(dossierData({ visit: visit({ members }) }), language, { includeNeeds: true });
    // A4 less the dossier's 15 mm side margins: 180 mm at 96 dpi.
    await page.setViewportSize({ width: 680, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    await page.setContent(renderDossierHtml(doc));
    await expect(page.getByText('Kommunikatör', { exact: true })).toBeVisible();
    await expect(page.getByText('Rullstolsanpassat rum')).toBeVisible();
    expect(await brokenWords(page)).toEqual([]);
    // Nothing sticks out of the page either.
    const widest = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(widest).toBeLessThanOrEqual(680);
  });
}
