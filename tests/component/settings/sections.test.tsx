// The Settings page: one section at a time at its own address, listed beside it; every section keeps a draft that
// only its Save button stores, and leaving a section with unsaved changes asks first.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Providers } from '../../../renderer/app/Providers';
import { peopleRetentionSetting } from '../../../renderer/db/repositories/dormantPeople';
import { minorsPerAdultSetting, retentionSetting } from '../../../renderer/db/repositories/participants';
import { readSetting, writeSetting } from '../../../renderer/db/repositories/settings';
import { dormancyMonthsSetting } from '../../../renderer/db/repositories/timeline';
import { logisticsDefaultsSetting } from '../../../renderer/db/repositories/visits';
import { SettingsPage } from '../../../renderer/features/settings/SettingsPage';
import { changeLanguage } from '../../../renderer/i18n';
import { freshDatabase } from '../../helpers/db';

function renderSettings(path = '/settings') {
  const router = createMemoryRouter(
    [
      { path: '/settings', element: <SettingsPage /> },
      { path: '/settings/:section', element: <SettingsPage /> },
    ],
    { initialEntries: [path] },
  );
  render(
    <Providers>
      <RouterProvider router={router} />
    </Providers>,
  );
  return router;
}

const save = () => screen.getByRole('button', { name: 'Zapisz' }) as HTMLButtonElement;

beforeEach(async () => {
  await freshDatabase();
});

afterEach(async () => {
  await changeLanguage('pl');
});

describe('the Settings page', () => {
  it('opens on the backups and lists every section, each at its own address', async () => {
    const user = userEvent.setup();
    const router = renderSettings();
    expect(await screen.findByRole('heading', { name: 'Kopia zapasowa' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/settings/backups');
    const nav = screen.getByRole('navigation', { name: 'Sekcje ustawień' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([
      'Kopie zapasowe',
      'Profil urzędu',
      'Język i wygląd',
      'Praca zespołowa',
      'Tabela diet',
      'Listy logistyczne wizyt',
      'Opiekunowie na obozach',
      'Okresy przechowywania (RODO)',
      'Uśpione partnerstwa',
      'Przechowywanie danych',
      'Przykładowe dane',
    ]);
    await user.click(within(nav).getByRole('link', { name: 'Tabela diet' }));
    expect(await screen.findByRole('region', { name: 'Tabela diet zagranicznych' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/settings/per-diem');
    expect(screen.queryByRole('heading', { name: 'Kopia zapasowa' })).toBeNull();
    await user.click(within(nav).getByRole('link', { name: 'Profil urzędu' }));
    expect(await screen.findByRole('form', { name: 'Profil urzędu' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/settings/office');
  });

  it('stores the dormancy months only on Save, and refuses a number out of range with a word why', async () => {
    const user = userEvent.setup();
    renderSettings('/settings/dormancy');
    const input = await screen.findByRole('textbox', { name: /Partnerstwo uśpione po/ });
    await waitFor(() => expect((input as HTMLInputElement).value).toBe('24'));
    expect(screen.getByText('Brak wydarzeń i wizyt od ponad 24 miesięcy')).toBeTruthy();
    expect(save().disabled).toBe(true);

    await user.clear(input);
    await user.type(input, '300');
    expect(await screen.findByText('Wpisz liczbę całkowitą od 1 do 240.')).toBeTruthy();
    expect(save().disabled).toBe(true);

    await user.clear(input);
    await user.type(input, '12');
    expect(screen.getByText('Niezapisane zmiany')).toBeTruthy();
    expect(await readSetting(dormancyMonthsSetting)).toBe(24);
    await user.click(save());
    await waitFor(async () => expect(await readSetting(dormancyMonthsSetting)).toBe(12));
    expect(await screen.findByText('Brak wydarzeń i wizyt od ponad 12 miesięcy')).toBeTruthy();
    expect(screen.queryByText('Niezapisane zmiany')).toBeNull();
  });

  it('asks before leaving a section with unsaved changes: going back keeps them, discarding moves on', async () => {
    const user = userEvent.setup();
    const router = renderSettings('/settings/camps');
    const input = await screen.findByRole('textbox', { name: /niepełnoletnich na jednego/ });
    await waitFor(() => expect((input as HTMLInputElement).value).toBe('10'));
    await user.clear(input);
    await user.type(input, '8');
    const nav = screen.getByRole('navigation', { name: 'Sekcje ustawień' });
    await user.click(within(nav).getByRole('link', { name: 'Uśpione partnerstwa' }));
    const question = await screen.findByRole('dialog', { name: 'Odrzucić zmiany?' });
    await user.click(within(question).getByRole('button', { name: 'Wróć do formularza' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Odrzucić zmiany?' })).toBeNull());
    expect(router.state.location.pathname).toBe('/settings/camps');
    expect((screen.getByRole('textbox', { name: /niepełnoletnich na jednego/ }) as HTMLInputElement).value).toBe('8');

    await act(() => router.navigate('/settings/dormancy'));
    await user.click(await screen.findByRole('button', { name: 'Odrzuć zmiany' }));
    expect(await screen.findByRole('textbox', { name: /Partnerstwo uśpione po/ })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/settings/dormancy');
    expect(await readSetting(minorsPerAdultSetting)).toBe(10);
  });

  it('saves both retention periods with one Save and with Ctrl+S, and points to where anonymisation runs', async () => {
    const user = userEvent.setup();
    renderSettings('/settings/privacy');
    const camps = await screen.findByRole('textbox', { name: /Uczestnicy obozów/ });
    const people = screen.getByRole('textbox', { name: /Anonimizuj po latach/ });
    await waitFor(() => expect((camps as HTMLInputElement).value).toBe('5'));
    await user.clear(camps);
    await user.type(camps, '3');
    await user.clear(people);
    await user.type(people, '7');
    await user.click(save());
    await waitFor(async () => expect((await readSetting(retentionSetting)).participantsYears).toBe(3));
    expect((await readSetting(peopleRetentionSetting)).years).toBe(7);

    await user.clear(people);
    await user.type(people, '9{Control>}s{/Control}');
    await waitFor(async () => expect((await readSetting(peopleRetentionSetting)).years).toBe(9));
    expect(screen.getByRole('link', { name: /Przejdź do anonimizacji/ }).getAttribute('href')).toBe(
      '/exchanges/privacy',
    );
  });

  it('keeps what the user is typing when a value is stored meanwhile, and takes it in a field left alone', async () => {
    const user = userEvent.setup();
    renderSettings('/settings/privacy');
    const camps = await screen.findByRole('textbox', { name: /Uczestnicy obozów/ });
    const people = screen.getByRole('textbox', { name: /Anonimizuj po latach/ });
    await waitFor(() => expect((camps as HTMLInputElement).value).toBe('5'));
    await user.clear(people);
    await user.type(people, '9');
    // Stored meanwhile (a save's late re-read, or another desk): both retention settings change.
    const camp = await readSetting(retentionSetting);
    await act(async () => {
      await writeSetting(retentionSetting, { ...camp, participantsYears: 4 });
      await writeSetting(peopleRetentionSetting, { years: 6 });
    });
    await waitFor(() => expect((camps as HTMLInputElement).value).toBe('4'));
    expect((people as HTMLInputElement).value).toBe('9');
    await user.click(save());
    await waitFor(async () => expect((await readSetting(peopleRetentionSetting)).years).toBe(9));
    expect((await readSetting(retentionSetting)).participantsYears).toBe(4);
  });

  it("keeps a checklist being edited when the lists are stored meanwhile, and takes the other direction's new list", async () => {
    const user = userEvent.setup();
    renderSettings('/settings/checklists');
    const incoming = await screen.findByRole('region', { name: 'Wizyta przyjazdowa' });
    await user.type(within(incoming).getByRole('textbox', { name: 'Własna sprawa' }), 'Bilety do muzeum{Enter}');
    expect(within(incoming).getByText('Bilety do muzeum')).toBeTruthy();
    // Stored meanwhile on another desk: both lists changed.
    const stored = await readSetting(logisticsDefaultsSetting);
    await act(() =>
      writeSetting(logisticsDefaultsSetting, {
        incoming: [{ label: 'Parking' }],
        outgoing: [...stored.outgoing, { label: 'Wizy' }],
      }),
    );
    const outgoing = screen.getByRole('region', { name: 'Wizyta wyjazdowa' });
    expect(await within(outgoing).findByText('Wizy')).toBeTruthy();
    expect(within(incoming).getByText('Bilety do muzeum')).toBeTruthy();
    expect(within(incoming).queryByText('Parking')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Zapisz listy' }));
    await waitFor(async () =>
      expect((await readSetting(logisticsDefaultsSetting)).incoming.at(-1)).toEqual({ label: 'Bilety do muzeum' }),
    );
    expect((await readSetting(logisticsDefaultsSetting)).outgoing.at(-1)).toEqual({ label: 'Wizy' });
  });

  it('switches the language only when the section is saved', async () => {
    const user = userEvent.setup();
    renderSettings('/settings/language');
    await user.click(await screen.findByText('English'));
    expect(screen.getByRole('navigation', { name: 'Sekcje ustawień' })).toBeTruthy();
    await user.click(save());
    expect(await screen.findByRole('navigation', { name: 'Settings sections' })).toBeTruthy();
  });
});
