// The logistics checklist of a visit and the office's default lists that new visits start with.
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { savePartner } from '../../../renderer/db/repositories/partners';
import { createVisit, getVisit, listVisits } from '../../../renderer/db/repositories/visits';
import { VisitPage } from '../../../renderer/features/visits/VisitPage';
import { VisitsPage } from '../../../renderer/features/visits/VisitsPage';
import { ChecklistsSection } from '../../../renderer/features/settings/sections/ChecklistsSection';
import { changeLanguage } from '../../../renderer/i18n';
import { freshDatabase } from '../../helpers/db';
import { renderInApp } from '../../helpers/render';

let partnerId = '';
beforeEach(async () => {
  await freshDatabase();
  partnerId = (await savePartner({ name: 'Ronnenberg', country: 'DE', relationKind: 'partnership', status: 'active' }))
    .id;
});

afterEach(async () => {
  await changeLanguage('pl');
});

function renderVisits(path: string) {
  renderInApp(
    <Routes>
      <Route path="/visits" element={<VisitsPage />} />
      <Route path="/settings/checklists" element={<ChecklistsSection />} />
      <Route path="/visits/:visitId" element={<VisitPage />} />
    </Routes>,
    path,
  );
}

/** Picks an option of one select: other selects on the page keep their (hidden) options in the document too. */
async function pick(user: ReturnType<typeof userEvent.setup>, combobox: HTMLElement, option: string) {
  await user.click(combobox);
  const listbox = await waitFor(() => {
    const found = document.getElementById(combobox.getAttribute('aria-controls') ?? '');
    if (!found) throw new Error('the list of options did not open');
    return found;
  });
  // jsdom computes no styles, so the dropdown's opening transition leaves its options “hidden” to the query.
  await user.click(within(listbox).getByRole('option', { name: option, hidden: true }));
}

/** The checklist's rows as [item, status, owner]. */
function checklist(): string[][] {
  const table = screen.getByRole('table', { name: 'Logistyka' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => {
      const [item, status, owner] = within(row).getAllByRole('cell');
      const shown = (cell: HTMLElement, role: string) => (within(cell).getByRole(role) as HTMLInputElement).value;
      return [item!.textContent ?? '', shown(status!, 'combobox'), shown(owner!, 'textbox')];
    });
}

describe('the logistics checklist', () => {
  it('records each item’s status and owner, and keeps them', async () => {
    const visit = await createVisit({
      direction: 'incoming',
      partnerIds: [partnerId],
      title: 'Wizyta z Ronnenbergu',
      start: '2027-05-12',
      end: '2027-05-13',
      status: 'planned',
    });
    const user = userEvent.setup();
    renderVisits(`/visits/${visit.id}?tab=logistics`);
    await screen.findByRole('table', { name: 'Logistyka' });
    expect(checklist().map(([item, status]) => `${item}: ${status}`)).toEqual([
      'Zakwaterowanie: do zrobienia',
      'Transport: do zrobienia',
      'Tłumacz: do zrobienia',
      'Wyżywienie: do zrobienia',
      'Prasa i media: do zrobienia',
      'Flagi: do zrobienia',
      'Rozmieszczenie gości: do zrobienia',
      'Upominki: do zrobienia',
    ]);

    await pick(user, screen.getByRole('combobox', { name: 'Status: Zakwaterowanie' }), 'w toku');
    const owner = screen.getByRole('textbox', { name: 'Odpowiada: Zakwaterowanie' });
    await user.type(owner, 'Katarzyna Wiśniewska');
    await user.tab();
    await user.type(screen.getByRole('textbox', { name: 'Odpowiada: Flagi' }), 'Straż Miejska');
    await user.tab();

    await waitFor(async () => {
      const stored = (await getVisit(visit.id))!.logistics;
      expect(stored.find((l) => l.kind === 'accommodation')).toMatchObject({
        status: 'inProgress',
        owner: 'Katarzyna Wiśniewska',
      });
      expect(stored.find((l) => l.kind === 'flags')).toMatchObject({ status: 'todo', owner: 'Straż Miejska' });
    });
    expect(checklist()[0]).toEqual(['Zakwaterowanie', 'w toku', 'Katarzyna Wiśniewska']);

    // An own item joins the list, still to do.
    await user.type(screen.getByRole('textbox', { name: 'Nowa sprawa na liście' }), 'Tablica z herbem');
    await user.click(screen.getByRole('button', { name: 'Dodaj' }));
    await waitFor(() => expect(checklist().at(-1)).toEqual(['Tablica z herbem', 'do zrobienia', '']));

    // Clearing the owner removes it.
    await user.clear(screen.getByRole('textbox', { name: 'Odpowiada: Flagi' }));
    await user.tab();
    await waitFor(async () =>
      expect((await getVisit(visit.id))!.logistics.find((l) => l.kind === 'flags')!.owner).toBeUndefined(),
    );

    await changeLanguage('en');
    expect(((await screen.findByRole('combobox', { name: 'Status: Accommodation' })) as HTMLInputElement).value).toBe(
      'in progress',
    );
  });
});

describe('the default checklists', () => {
  it('lets the office edit the list for incoming visits, and a new incoming visit starts with it', async () => {
    const before = await createVisit({
      direction: 'incoming',
      partnerIds: [partnerId],
      title: 'Wizyta wcześniejsza',
      start: '2027-03-01',
      end: '2027-03-02',
      status: 'planned',
    });
    const user = userEvent.setup();
    renderVisits('/settings/checklists');
    const incoming = await screen.findByRole('region', { name: 'Wizyta przyjazdowa' });
    const outgoing = screen.getByRole('region', { name: 'Wizyta wyjazdowa' });

    await user.click(within(incoming).getByRole('button', { name: 'Usuń: Prasa i media' }));
    await waitFor(() => expect(within(incoming).queryByText('Prasa i media')).toBeNull());
    await pick(user, within(incoming).getByRole('combobox', { name: 'Sprawa standardowa' }), 'Ubezpieczenie');
    await user.click(within(incoming).getAllByRole('button', { name: 'Dodaj' })[0]!);
    expect(await within(incoming).findByText('Ubezpieczenie')).toBeTruthy();
    await user.type(within(incoming).getByRole('textbox', { name: 'Własna sprawa' }), 'Tablica z herbem');
    await user.click(within(incoming).getAllByRole('button', { name: 'Dodaj' })[1]!);
    expect(await within(incoming).findByText('Tablica z herbem')).toBeTruthy();
    // The outgoing list is its own.
    expect(within(outgoing).getByText('Prasa i media')).toBeTruthy();
    expect(within(outgoing).queryByText('Tablica z herbem')).toBeNull();
    // Nothing is stored until the section is saved.
    expect(screen.getByText('Niezapisane zmiany')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Zapisz listy' }));
    await waitFor(() =>
      expect((screen.getByRole('button', { name: 'Zapisz listy' }) as HTMLButtonElement).disabled).toBe(true),
    );

    // A new incoming visit, planned as the office does it.
    cleanup();
    renderVisits('/visits');
    await user.click(await screen.findByRole('button', { name: 'Nowa wizyta' }));
    const form = await screen.findByRole('dialog', { name: 'Nowa wizyta delegacji' });
    await pick(user, within(form).getByRole('combobox', { name: 'Gminy partnerskie' }), 'Ronnenberg');
    await user.type(within(form).getByRole('textbox', { name: 'Tytuł' }), 'Wizyta burmistrza');
    fireEvent.change(within(form).getByLabelText(/^Od/), { target: { value: '2027-05-12' } });
    fireEvent.change(within(form).getByLabelText(/^Do/), { target: { value: '2027-05-13' } });
    await user.click(within(form).getByRole('button', { name: 'Zapisz' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Wizyta burmistrza' })).toBeTruthy();

    await user.click(screen.getByRole('tab', { name: 'Logistyka' }));
    await screen.findByRole('table', { name: 'Logistyka' });
    expect(checklist().map(([item, status]) => `${item}: ${status}`)).toEqual([
      'Zakwaterowanie: do zrobienia',
      'Transport: do zrobienia',
      'Tłumacz: do zrobienia',
      'Wyżywienie: do zrobienia',
      'Flagi: do zrobienia',
      'Rozmieszczenie gości: do zrobienia',
      'Upominki: do zrobienia',
      'Ubezpieczenie: do zrobienia',
      'Tablica z herbem: do zrobienia',
    ]);

    // Visits planned earlier keep the list they started with.
    const earlier = (await getVisit(before.id))!.logistics;
    expect(earlier.map((l) => l.kind)).toContain('press');
    expect(earlier.map((l) => l.label)).not.toContain('Tablica z herbem');
    expect((await listVisits()).map((v) => v.title).sort()).toEqual(['Wizyta burmistrza', 'Wizyta wcześniejsza']);
  });

  it('gives an outgoing visit the outgoing list, and restores the shipped lists on request', async () => {
    const user = userEvent.setup();
    renderVisits('/settings/checklists');
    const outgoing = await screen.findByRole('region', { name: 'Wizyta wyjazdowa' });
    await user.click(within(outgoing).getByRole('button', { name: 'Usuń: Dokumenty podróży' }));
    await waitFor(() => expect(within(outgoing).queryByText('Dokumenty podróży')).toBeNull());
    await user.click(screen.getByRole('button', { name: 'Zapisz listy' }));
    await waitFor(() =>
      expect((screen.getByRole('button', { name: 'Zapisz listy' }) as HTMLButtonElement).disabled).toBe(true),
    );
    const trip = await createVisit({
      direction: 'outgoing',
      partnerIds: [partnerId],
      title: 'Wyjazd',
      start: '2027-07-01',
      end: '2027-07-03',
      status: 'planned',
    });
    expect(trip.logistics.map((l) => l.kind)).toEqual([
      'insurance',
      'transport',
      'accommodation',
      'interpreter',
      'gifts',
      'press',
    ]);

    await user.click(screen.getByRole('button', { name: 'Przywróć listy domyślne' }));
    expect(await within(outgoing).findByText('Dokumenty podróży')).toBeTruthy();
  });
});
