import { describe, expect, it } from 'vitest';
import type { Member } from '../../../shared/domain';
import { buildDossier, needsWithheld } from '../../../shared/export/dossier';
import { fileStem } from '../../../shared/text/fold';
import { renderDossierHtml } from '../../../shared/export/dossierHtml';
import { dossierData, visit } from './fixtures';

const text = (doc: ReturnType<typeof buildDossier>) => JSON.stringify(doc);

describe('the dossier model', () => {
  it('builds the Polish dossier: cover, partner, history, contacts, members by precedence, programme by day', () => {
    const doc = buildDossier(dossierData(), 'pl');
    expect(doc.title).toBe('Teczka delegacji');
    expect(doc.header).toBe('Swarzędz');
    expect(doc.cover.kind).toBe('Wizyta przyjazdowa · planowana');
    expect(doc.cover.facts).toContainEqual({ label: 'Termin', value: '12–13 maja 2027' });
    expect(doc.cover.facts).toContainEqual({ label: 'Gmina partnerska', value: 'Ronnenberg' });
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'Gmina partnerska i podstawa prawna',
      'Historia współpracy',
      'Kluczowe kontakty',
      'Skład delegacji',
      'Program wizyty',
      'Logistyka',
      'Upominki tej wizyty',
      'Upominki wymienione wcześniej',
      'Otwarte zadania',
    ]);
    const members = doc.sections.find((s) => s.id === 'members')!.blocks[0]!;
    expect(members.kind === 'table' && members.rows.map((r) => r[1])).toEqual([
      'Hans Müller',
      'Anna Schmidt',
      'Jörg Weiß',
    ]);
    const programme = doc.sections.find((s) => s.id === 'programme')!.blocks;
    expect(programme[0]).toEqual({ kind: 'subheading', text: 'środa, 12 maja 2027' });
    expect(programme[1]?.kind === 'table' && programme[1].rows[0]).toEqual([
      '10:00–11:30',
      'Powitanie w ratuszu',
      'Ratusz, sala sesyjna',
      'Sekretarz',
      '',
    ]);
    expect(text(doc)).toContain('Niemcy');
    expect(text(doc)).toContain('XII/85/92');
    expect(text(doc)).toContain('co roku od 1992');
    expect(text(doc)).toContain('Zakwaterowanie');
    expect(text(doc)).toContain('Tablica pamiątkowa');
    expect(text(doc)).toMatch(/350,00\szł/);
    expect(text(doc)).toContain('Wysłać podziękowania');
    expect(text(doc)).not.toContain('Zrobione wcześniej');
  });

  it('builds the same dossier in English whatever the data’s language', () => {
    const doc = buildDossier(dossierData(), 'en');
    expect(doc.title).toBe('Delegation dossier');
    expect(doc.cover.kind).toBe('Incoming visit · planned');
    expect(doc.cover.facts).toContainEqual({ label: 'Dates', value: '12–13 May 2027' });
    expect(doc.sections.map((s) => s.heading)).toContain('Visit programme');
    expect(doc.sections.find((s) => s.id === 'programme')!.blocks[0]).toEqual({
      kind: 'subheading',
      text: 'Wednesday, 12 May 2027',
    });
    expect(text(doc)).toContain('Germany');
    expect(text(doc)).toContain('every year since 1992');
    expect(text(doc)).toContain('Accommodation');
    expect(text(doc)).toContain('Spotkanie w szkole – żółć gęślą jaźń');
    expect(doc.fileStem).toBe('delegation-dossier-ronnenberg-2027-05-12');
  });

  it('names areas, relation, status and roles with the words of the interface, in both languages', async () => {
    const { resources } = await import('../../../shared/i18n/locales');
    for (const language of ['pl', 'en'] as const) {
      const ui = resources[language].partners;
      const facts = buildDossier(dossierData(), language).sections[0]!.blocks.find((b) => b.kind === 'facts');
      const rows = facts?.kind === 'facts' ? facts.rows : [];
      expect(rows).toContainEqual({
        label: ui.field.areas,
        value: `${ui.area.youthExchange}, ${ui.area.sport}`,
      });
      expect(rows).toContainEqual({ label: ui.field.relationKind, value: ui.relationKind.partnership });
      expect(rows).toContainEqual({ label: ui.field.status, value: ui.status.active });
      expect(rows).toContainEqual({ label: ui.field.country, value: language === 'pl' ? 'Niemcy' : 'Germany' });
    }
    const pl = buildDossier(dossierData(), 'pl');
    expect(text(pl)).toContain('Wymiana dzieci i młodzieży');
    const contacts = pl.sections.find((s) => s.id === 'contacts')!.blocks[0]!;
    expect(contacts.kind === 'table' && contacts.columns).toEqual([
      'Imię i nazwisko',
      'Funkcja',
      'E-mail',
      'Telefon',
      'Języki',
    ]);
  });

  it('leaves the members’ dietary and accessibility needs out unless the user includes them', () => {
    const needy = visit({
      members: [
        {
          id: 'm-1',
          name: 'Hans Müller',
          languages: ['de'],
          precedence: 1,
          dietaryNeeds: 'wegetariańska',
          accessibilityNeeds: 'wózek inwalidzki',
          needsConsent: { givenOn: '2027-01-10', givenBy: 'Hans Müller' },
          contact: 'hm@example.de',
        },
      ],
    });
    const members = (doc: ReturnType<typeof buildDossier>) => doc.sections.find((s) => s.id === 'members')!.blocks[0]!;

    for (const language of ['pl', 'en'] as const) {
      const plain = buildDossier(dossierData({ visit: needy }), language);
      expect(text(plain)).not.toContain('wegetariańska');
      expect(text(plain)).not.toContain('wózek inwalidzki');
      expect(renderDossierHtml(plain)).not.toContain('wegetariańska');
      expect(members(plain)).toMatchObject({
        kind: 'table',
        rows: [['1', 'Hans Müller', '', '', expect.any(String), 'hm@example.de']],
      });
    }
    expect(members(buildDossier(dossierData({ visit: needy }), 'pl'))).toMatchObject({
      columns: ['Lp.', 'Imię i nazwisko', 'Funkcja', 'Instytucja', 'Języki', 'Kontakt'],
    });

    // With the needs: the same six columns, the needs listed per person in a table of their own below.
    const withNeeds = buildDossier(dossierData({ visit: needy }), 'en', { includeNeeds: true });
    expect(withNeeds.sections.find((s) => s.id === 'members')!.blocks).toEqual([
      {
        kind: 'table',
        columns: ['No.', 'Name', 'Function', 'Organisation', 'Languages', 'Contact'],
        rows: [['1', 'Hans Müller', '', '', 'German', 'hm@example.de']],
      },
      {
        kind: 'table',
        columns: ['No.', 'Name', 'Dietary needs', 'Accessibility needs'],
        rows: [['1', 'Hans Müller', 'wegetariańska', 'wózek inwalidzki']],
        compact: [0],
      },
    ]);
    expect(renderDossierHtml(withNeeds)).toContain('wózek inwalidzki');
  });

  it('fills the needs only for members whose consent to pass them on is in force on the dossier’s day', () => {
    const consent = { givenOn: '2027-01-10', givenBy: 'x' };
    const member = (name: string, precedence: number, over: Partial<Member> = {}): Member => ({
      id: name,
      name,
      languages: [],
      precedence,
      dietaryNeeds: `dieta-${name}`,
      accessibilityNeeds: `dostęp-${name}`,
      ...over,
    });
    const list = [
      member('Anna', 1, { needsConsent: consent }),
      member('Bruno', 2),
      member('Celina', 3, { needsConsent: { ...consent, withdrawnOn: '2027-02-01' } }),
      member('Dawid', 4, { dietaryNeeds: undefined, accessibilityNeeds: undefined }),
    ];
    const data = dossierData({ visit: visit({ members: list }) });
    const rows = (doc: ReturnType<typeof buildDossier>) =>
      (doc.sections.find((s) => s.id === 'members')!.blocks[1] as { rows: string[][] }).rows;
    expect(rows(buildDossier(data, 'pl', { includeNeeds: true })).map((r) => [r[1], r[2], r[3]])).toEqual([
      ['Anna', 'dieta-Anna', 'dostęp-Anna'],
      ['Bruno', '', ''],
      ['Celina', '', ''],
      ['Dawid', '', ''],
    ]);
    expect(needsWithheld(list, data.today).map((m) => m.name)).toEqual(['Bruno', 'Celina']);
    expect(needsWithheld(list, '2027-01-20').map((m) => m.name)).toEqual(['Bruno']);
  });

  it('says "none recorded" for empty sections and leaves out history older than five years', () => {
    const old = visit({ id: 'v-old', title: 'Stara wizyta', start: '2015-01-01', end: '2015-01-02' });
    const doc = buildDossier(
      dossierData({
        visit: visit({ members: [], programme: [] }),
        history: { events: [], visits: [old] },
        gifts: [],
        tasks: [],
      }),
      'en',
    );
    for (const id of ['history', 'members', 'programme', 'visitGifts', 'gifts', 'followUps']) {
      expect(doc.sections.find((s) => s.id === id)!.blocks).toEqual([{ kind: 'empty', text: 'None recorded.' }]);
    }
  });

  it('makes ASCII file names from Polish and Swedish names', () => {
    expect(fileStem('Teczka delegacji Järfälla Łódź 2027-05-12')).toBe('teczka-delegacji-jarfalla-lodz-2027-05-12');
  });

  it('renders the page in the dossier’s language with a strict policy and no script', () => {
    const html = renderDossierHtml(buildDossier(dossierData(), 'en'));
    expect(html).toContain('<html lang="en">');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('Powitanie w ratuszu');
  });
});
