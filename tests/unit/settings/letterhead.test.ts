// Dossiers, reports and ICS exports carry the office's letterhead; the coat of arms is checked and capped.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { LOGO_MAX_BYTES, homeTownSchema, imageSize, letterheadLines, logoFromBytes } from '../../../shared/domain';
import { buildDossier } from '../../../shared/export/dossier';
import { renderDossierHtml } from '../../../shared/export/dossierHtml';
import { writeIcs } from '../../../shared/export/ics';
import { renderReportHtml } from '../../../shared/reports/reportHtml';
import { event } from '../calendar/fixtures';
import { dossierData } from '../visits/fixtures';

const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);
const logo = (logoFromBytes(PNG) as { ok: true; dataUrl: string }).dataUrl;
const tczew = homeTownSchema.parse({
  name: 'Tczew',
  genitive: 'Tczewa',
  locative: 'Tczewie',
  country: 'PL',
  region: 'pomorskie',
  officeName: 'Biuro Współpracy Zagranicznej',
  address: 'pl. Piłsudskiego 1, 83-110 Tczew',
  phone: '+48 58 775 93 00',
  email: 'wspolpraca@tczew.example',
  logo,
});

describe('the coat of arms', () => {
  it('takes a PNG as a data URL and refuses what is no image or too large, saying which', () => {
    expect(logo.startsWith('data:image/png;base64,')).toBe(true);
    expect(imageSize(PNG)).toEqual({ width: 1, height: 1 });
    expect(logoFromBytes(new TextEncoder().encode('<svg onload=alert(1)>'))).toEqual({
      ok: false,
      error: 'logo.invalid',
    });
    const huge = new Uint8Array(LOGO_MAX_BYTES + 1);
    huge.set(PNG);
    expect(logoFromBytes(huge)).toEqual({ ok: false, error: 'logo.tooLarge' });
    expect(homeTownSchema.safeParse({ name: 'Tczew', country: 'PL', logo: 'data:text/html;base64,PGI+' }).success).toBe(
      false,
    );
  });
});

describe('the letterhead', () => {
  it('lists the office, the municipality with its voivodeship, the address and the contacts', () => {
    expect(letterheadLines(tczew)).toEqual([
      'Biuro Współpracy Zagranicznej',
      'Tczew, pomorskie',
      'pl. Piłsudskiego 1, 83-110 Tczew',
      '+48 58 775 93 00 · wspolpraca@tczew.example',
    ]);
    expect(letterheadLines({ name: 'Tczew', country: 'PL' })).toEqual(['Tczew']);
  });

  it('heads the dossier: running header, cover letterhead with the coat of arms', () => {
    const doc = buildDossier(dossierData({ homeTown: tczew }), 'pl');
    expect(doc.header).toBe('Tczew · Biuro Współpracy Zagranicznej');
    const html = renderDossierHtml(doc);
    expect(html).toContain('<div class="letterhead"><img src="data:image/png;base64,');
    expect(html).toContain('alt="Tczew"');
    expect(html).toContain('<div>pl. Piłsudskiego 1, 83-110 Tczew</div>');
    expect(html).toContain('@top-center { content: "Tczew · Biuro Współpracy Zagranicznej"');
  });

  it('heads the printed report', () => {
    const html = renderReportHtml(
      {
        title: 'Sprawozdanie',
        subtitle: 'Tczew',
        generated: '',
        header: 'Tczew',
        page: 'Strona',
        tables: [],
        emptyText: '',
        letterhead: { lines: letterheadLines(tczew), logo, logoAlt: 'Tczew' },
      },
      'pl',
    );
    expect(html).toContain('<header class="letterhead"><img src="data:image/png;base64,');
    expect(html).toContain('<div>Biuro Współpracy Zagranicznej</div>');
    expect(html).toContain('img-src data:');
  });

  it('names the ICS calendar after the office and makes it organiser of the events it hosts', () => {
    const text = writeIcs([event({ host: 'home' }), event({ id: 'e2', host: 'p1', title: 'U partnera' })], {
      now: new Date('2026-12-06T10:00:00Z'),
      calendarName: 'Tczew · Biuro Współpracy Zagranicznej — kalendarz',
      calendarDescription: letterheadLines(tczew).join('\n'),
      organizer: { name: 'Tczew · "Biuro"', email: 'wspolpraca@tczew.example' },
    });
    const calendar = new ICAL.Component(ICAL.parse(text) as ConstructorParameters<typeof ICAL.Component>[0]);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Tczew · Biuro Współpracy Zagranicznej — kalendarz');
    expect(text.replace(/\r\n /g, '')).toContain(
      'X-WR-CALDESC:Biuro Współpracy Zagranicznej\\nTczew\\, pomorskie\\npl. Piłsudskiego 1\\, 83-110 Tczew',
    );
    const [home, away] = calendar.getAllSubcomponents('vevent');
    expect(home!.getFirstPropertyValue('organizer')).toBe('mailto:wspolpraca@tczew.example');
    expect(home!.getFirstProperty('organizer')!.getParameter('cn')).toBe("Tczew · 'Biuro'");
    expect(away!.getFirstPropertyValue('organizer')).toBeNull();
  });
});
