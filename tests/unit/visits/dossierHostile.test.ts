// @vitest-environment jsdom
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Visit } from '../../../shared/domain';
import { buildDossier } from '../../../shared/export/dossier';
import { renderDossierDocx } from '../../../shared/export/dossierDocx';
import { renderDossierHtml } from '../../../shared/export/dossierHtml';
import { camp, dossierData, ronnenberg, visit } from './fixtures';

const HOSTILE_HOME = '"; } body { display: none } </style><script>alert(1)</script>';
const HOSTILE = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '{{x}}', 'W'.repeat(400)];
const h = (i: number) => `${HOSTILE[i % HOSTILE.length]} #${i}`;

/** A dossier in which every free-text field the office can type holds a hostile string. */
function hostileData() {
  let i = 0;
  const next = () => h(i++);
  const v: Visit = visit({
    title: next(),
    purpose: next(),
    members: [
      {
        id: 'm',
        name: next(),
        function: next(),
        organisation: next(),
        languages: [next()],
        dietaryNeeds: next(),
        accessibilityNeeds: next(),
        // Consent to pass the needs on, so the dossier carries them (and their hostile text) at all.
        needsConsent: { givenOn: '2027-01-10', givenBy: 'Hans Müller' },
        contact: next(),
        precedence: 1,
      },
    ],
    programme: [
      {
        id: 'i',
        from: '2027-05-12T10:00',
        to: '2027-05-12T11:00',
        activity: next(),
        place: next(),
        responsible: next(),
        notes: next(),
      },
    ],
    logistics: [{ id: 'l', label: next(), status: 'todo', owner: next(), notes: next() }],
  });
  const partner = {
    ...ronnenberg,
    name: next(),
    region: next(),
    website: next(),
    areas: [next()],
    legalBasis: { resolutionNumber: next(), adoptedBy: next() },
  };
  const data = dossierData({
    visit: v,
    partners: [partner],
    homeTown: { name: HOSTILE_HOME, country: 'PL' },
    contacts: [
      { id: 'c', partnerId: partner.id, name: next(), role: 'other', languages: [], createdAt: '', updatedAt: '' },
    ],
    history: {
      events: [{ ...camp, title: next() }],
      visits: [visit({ id: 'v-0', title: next(), start: '2026-01-01', end: '2026-01-02' })],
    },
    gifts: [
      {
        id: 'g',
        partnerId: partner.id,
        direction: 'given',
        counterpart: next(),
        description: next(),
        date: '2026-01-01',
        createdAt: '',
        updatedAt: '',
      },
    ],
    visitGifts: [
      {
        id: 'g2',
        partnerId: partner.id,
        visitId: 'v-1',
        direction: 'received',
        counterpart: next(),
        description: next(),
        date: '2027-05-12',
        createdAt: '',
        updatedAt: '',
      },
    ],
    tasks: [{ id: 't', title: next(), owner: next(), due: '2027-06-01', done: 0, createdAt: '', updatedAt: '' }],
  });
  return { data, strings: [...Array.from({ length: i }, (_, n) => h(n)), HOSTILE_HOME] };
}

describe('hostile text in the dossier', () => {
  for (const language of ['pl', 'en'] as const) {
    it(`renders every field as text in the ${language} HTML: no element, attribute or script comes from the data`, () => {
      const { data, strings } = hostileData();
      const html = renderDossierHtml(buildDossier(data, language, { includeNeeds: true }));
      const page = new DOMParser().parseFromString(html, 'text/html');
      expect(page.querySelectorAll('script, img, iframe, object, embed, link, base, form').length).toBe(0);
      for (const el of page.querySelectorAll('*')) {
        for (const attr of el.getAttributeNames()) expect(attr).not.toMatch(/^on/i);
      }
      const visible = page.body.textContent ?? '';
      for (const s of strings) expect(visible).toContain(s);
      expect(page.title).toContain(strings[0]);
      // The running header lives in CSS: the quote must not end the CSS string early.
      const css = page.querySelector('style')?.textContent ?? '';
      expect(page.querySelectorAll('style')).toHaveLength(1);
      expect(css).not.toContain('</');
      expect(css).toContain('body { display: none }');
      expect(css).toMatch(/@top-center \{ content: "\\"; \} body/);
    });
  }

  it('keeps every hostile field as plain text in the Word document', async () => {
    const { data, strings } = hostileData();
    const bytes = await renderDossierDocx(buildDossier(data, 'en', { includeNeeds: true }));
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    const parsed = new DOMParser().parseFromString(xml, 'application/xml');
    expect(parsed.getElementsByTagName('parsererror').length).toBe(0);
    const words = Array.from(parsed.getElementsByTagName('w:t'))
      .map((t) => t.textContent)
      .join('\n');
    const home = data.homeTown.name;
    for (const s of strings.filter((x) => x !== home)) expect(words).toContain(s);
    const header = await zip.file(/word\/header\d*\.xml/)[0]!.async('string');
    const headerText = new DOMParser()
      .parseFromString(header, 'application/xml')
      .getElementsByTagName('w:t')[0]?.textContent;
    expect(headerText).toBe(home);
  });
});
