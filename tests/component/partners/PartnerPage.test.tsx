import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { PartnerPage } from '../../../renderer/features/partners/PartnerPage';
import {
  getPartner,
  listContacts,
  listPartners,
  saveContact,
  savePartner,
} from '../../../renderer/db/repositories/partners';
import { listAgreements } from '../../../renderer/db/repositories/agreements';
import { freshDatabase } from '../../helpers/db';
import { renderInApp } from '../../helpers/render';

async function openPage() {
  await freshDatabase();
  await savePartner({ name: 'Ronnenberg', country: 'DE', relationKind: 'twinning', status: 'active' });
  const partner = await savePartner({
    name: 'Duclair',
    country: 'FR',
    relationKind: 'partnership',
    status: 'active',
    languages: ['fr', 'normandzki'],
    legalBasis: { resolutionNumber: 'XV/112/92', adoptedBy: 'Rada Miejska w Swarzędzu', signedDate: '1992-06-01' },
  });
  renderInApp(
    <Routes>
      <Route path="/partners" element={<h1>Lista gmin</h1>} />
      <Route path="/partners/:id" element={<PartnerPage />} />
    </Routes>,
    `/partners/${partner.id}`,
  );
  await screen.findByRole('heading', { name: 'Duclair', level: 1 });
  return partner;
}

describe('partner page', () => {
  it('shows the legal basis and the signing in the agreements and the timeline', async () => {
    await openPage();
    const legal = screen.getByRole('region', { name: 'Podstawa prawna' });
    expect(within(legal).getByText('XV/112/92')).toBeTruthy();
    expect(within(legal).getByText('1 czerwca 1992')).toBeTruthy();
    const profile = screen.getByRole('region', { name: 'Profil' });
    expect(within(profile).getByText('francuski, normandzki')).toBeTruthy();
    const timeline = screen.getByRole('region', { name: 'Historia współpracy' });
    expect(await within(timeline).findByText('Umowa')).toBeTruthy();
    expect(within(timeline).getByText('Ostatni kontakt: 1 czerwca 1992')).toBeTruthy();
  });

  it('adds, edits and removes a contact', async () => {
    const partner = await openPage();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Dodaj kontakt' }));
    const form = await screen.findByRole('form', { name: 'Nowy kontakt' });
    await user.type(within(form).getByRole('textbox', { name: 'Imię i nazwisko' }), 'Élodie Martin');
    await user.type(within(form).getByRole('textbox', { name: 'Telefon' }), '+33 2 35 37 00 00');
    await user.click(within(form).getByRole('button', { name: 'Zapisz' }));
    expect(await screen.findByRole('cell', { name: 'Élodie Martin' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Edytuj kontakt Élodie Martin' }));
    const edit = await screen.findByRole('form', { name: 'Edycja kontaktu' });
    const name = within(edit).getByRole('textbox', { name: 'Imię i nazwisko' });
    await user.clear(name);
    await user.type(name, 'Élodie Lefèvre');
    await user.click(within(edit).getByRole('button', { name: 'Zapisz' }));
    expect(await screen.findByRole('cell', { name: 'Élodie Lefèvre' })).toBeTruthy();
    expect((await listContacts(partner.id)).map((c) => c.phone)).toEqual(['+33 2 35 37 00 00']);

    await user.click(screen.getByRole('button', { name: 'Usuń kontakt Élodie Lefèvre' }));
    const dialog = await screen.findByRole('dialog', { name: 'Usuń kontakt Élodie Lefèvre' });
    await user.click(within(dialog).getByRole('button', { name: 'Usuń' }));
    await waitFor(async () => expect(await listContacts(partner.id)).toEqual([]));
    expect(await screen.findByText('Brak kontaktów.')).toBeTruthy();
  });

  it('records an agreement change and refuses one without a date', async () => {
    const partner = await openPage();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Dodaj zmianę umowy' }));
    const form = await screen.findByRole('form', { name: 'Zmiana umowy' });
    await user.type(within(form).getByRole('textbox', { name: 'Tytuł' }), 'Aneks nr 1');
    await user.click(within(form).getByRole('button', { name: 'Zapisz' }));
    expect(await within(form).findByText('To pole jest wymagane')).toBeTruthy();
    expect(await listAgreements(partner.id)).toHaveLength(1);
  });

  it('edits an agreement change in place and removes it only after confirmation', async () => {
    const partner = await openPage();
    const user = userEvent.setup();
    const section = screen.getByRole('region', { name: 'Umowy i zmiany' });
    await user.click(within(section).getByRole('button', { name: 'Dodaj zmianę umowy' }));
    const form = await screen.findByRole('form', { name: 'Zmiana umowy' });
    await user.type(within(form).getByLabelText(/^Data/), '2002-05-10');
    await user.type(within(form).getByRole('textbox', { name: 'Tytuł' }), 'Aneks nr 1');
    await user.click(within(form).getByRole('button', { name: 'Zapisz' }));
    await within(section).findByRole('cell', { name: 'Aneks nr 1' });

    await user.click(within(section).getByRole('button', { name: 'Edytuj zmianę Aneks nr 1' }));
    const edit = await screen.findByRole('form', { name: 'Edycja zmiany umowy' });
    const title = within(edit).getByRole('textbox', { name: 'Tytuł' });
    expect(title).toHaveProperty('value', 'Aneks nr 1');
    await user.clear(title);
    await user.type(title, 'Aneks nr 1 — współpraca szkół');
    await user.click(within(edit).getByRole('button', { name: 'Zapisz' }));
    await within(section).findByRole('cell', { name: 'Aneks nr 1 — współpraca szkół' });
    const stored = (await listAgreements(partner.id)).filter((a) => a.date === '2002-05-10');
    expect(stored.map((a) => a.title)).toEqual(['Aneks nr 1 — współpraca szkół']);

    await user.click(within(section).getByRole('button', { name: 'Usuń zmianę Aneks nr 1 — współpraca szkół' }));
    const dialog = await screen.findByRole('dialog', { name: 'Usuń zmianę Aneks nr 1 — współpraca szkół' });
    await user.click(within(dialog).getByRole('button', { name: 'Anuluj' }));
    expect(await listAgreements(partner.id)).toHaveLength(2);
    await user.click(within(section).getByRole('button', { name: 'Usuń zmianę Aneks nr 1 — współpraca szkół' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Usuń zmianę Aneks nr 1 — współpraca szkół' })).getByRole(
        'button',
        { name: 'Usuń' },
      ),
    );
    await waitFor(async () => expect(await listAgreements(partner.id)).toHaveLength(1));
  });

  it('deletes a partner with its contacts and agreements only after confirmation, then returns to the list', async () => {
    const partner = await openPage();
    await saveContact({ partnerId: partner.id, name: 'Élodie Martin', role: 'coordinator' });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Usuń gminę' }));
    const dialog = await screen.findByRole('dialog', { name: 'Usuń gminę' });
    expect(within(dialog).getByText(/Usunąć gminę Duclair wraz z kontaktami i umowami/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Anuluj' }));
    expect(await getPartner(partner.id)).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Usuń gminę' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Usuń gminę' })).getByRole('button', { name: 'Usuń' }),
    );
    expect(await screen.findByRole('heading', { name: 'Lista gmin' })).toBeTruthy();
    expect(await getPartner(partner.id)).toBeUndefined();
    expect(await listContacts(partner.id)).toEqual([]);
    expect(await listAgreements(partner.id)).toEqual([]);
    expect((await listPartners()).map((p) => p.name)).toEqual(['Ronnenberg']);
  });
});
