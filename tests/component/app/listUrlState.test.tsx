// Lists keep their filters and sorting in the URL: opening a record and going back shows the same list.
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { Route, Routes, useLocation, useNavigate } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { savePartner } from '../../../renderer/db/repositories/partners';
import { saveVisit } from '../../../renderer/db/repositories/visits';
import { PartnersPage } from '../../../renderer/features/partners/PartnersPage';
import { VisitsPage } from '../../../renderer/features/visits/VisitsPage';
import { changeLanguage } from '../../../renderer/i18n';
import { freshDatabase } from '../../helpers/db';
import { renderInApp } from '../../helpers/render';

function Record() {
  const navigate = useNavigate();
  const location = useLocation();
  return (
    <div>
      <p>Rekord {location.pathname}</p>
      <button onClick={() => void navigate(-1)}>Wróć</button>
    </div>
  );
}

let ronnenberg = '';

beforeEach(async () => {
  await freshDatabase();
  await changeLanguage('pl');
  ronnenberg = (await savePartner({ name: 'Ronnenberg', country: 'DE', relationKind: 'twinning', status: 'active' }))
    .id;
  await savePartner({ name: 'Gehrden', country: 'DE', relationKind: 'cooperation', status: 'active' });
  await savePartner({ name: 'Duclair', country: 'FR', relationKind: 'partnership', status: 'active' });
  for (const [title, start] of [
    ['Delegacja z Ronnenbergu', '2026-05-12'],
    ['Wizyta w Duclair', '2025-09-03'],
  ] as const)
    await saveVisit({ direction: 'incoming', partnerIds: [ronnenberg], title, start, end: start, status: 'done' });
});

afterEach(async () => {
  await act(() => changeLanguage('pl'));
});

function Where() {
  const location = useLocation();
  return <output aria-label="adres">{location.pathname + location.search}</output>;
}

const app = (path: string) =>
  renderInApp(
    <>
      <Routes>
        <Route path="/partners" element={<PartnersPage />} />
        <Route path="/visits" element={<VisitsPage />} />
        <Route path="*" element={<Record />} />
      </Routes>
      <Where />
    </>,
    path,
  );

const links = (table: HTMLElement) =>
  within(table)
    .queryAllByRole('link')
    .map((a) => a.textContent);

async function choose(user: UserEvent, filter: string, option: string) {
  await user.click(screen.getByRole('combobox', { name: filter }));
  await user.click(await screen.findByRole('option', { name: option, hidden: true }));
}

describe('a list’s filters and sorting in the URL', () => {
  it('partner towns: a country filter and a descending sort survive opening a town and going back', async () => {
    const user = userEvent.setup();
    app('/partners');
    const table = await screen.findByRole('table', { name: 'Gminy partnerskie' });
    await waitFor(() => expect(links(table)).toHaveLength(3));
    await choose(user, 'Kraj', 'Niemcy');
    await user.click(within(screen.getByRole('columnheader', { name: /Nazwa/ })).getByRole('button'));
    await waitFor(() => expect(links(table)).toEqual(['Ronnenberg', 'Gehrden']));
    expect(screen.getByRole('status', { name: 'adres' }).textContent).toBe('/partners?country=DE&desc=1');

    await user.click(within(table).getByRole('link', { name: 'Ronnenberg' }));
    expect(await screen.findByText(`Rekord /partners/${ronnenberg}`)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Wróć' }));

    const again = await screen.findByRole('table', { name: 'Gminy partnerskie' });
    await waitFor(() => expect(links(again)).toEqual(['Ronnenberg', 'Gehrden']));
    expect(screen.getByRole<HTMLInputElement>('combobox', { name: 'Kraj' }).value).toBe('Niemcy');
    expect(screen.getByRole('columnheader', { name: /Nazwa/ }).getAttribute('aria-sort')).toBe('descending');

    await user.click(screen.getByRole('button', { name: 'Wyczyść filtry' }));
    await waitFor(() => expect(links(again)).toEqual(['Ronnenberg', 'Gehrden', 'Duclair']));
    expect(screen.getByRole('status', { name: 'adres' }).textContent).toBe('/partners?desc=1');
  });

  it('visits, in English: the typed text and the year stay after a visit and back', async () => {
    await changeLanguage('en');
    const user = userEvent.setup();
    app('/visits');
    const table = await screen.findByRole('table', { name: 'Delegation visits' });
    await waitFor(() => expect(links(table)).toHaveLength(2));
    await user.type(screen.getByRole('textbox', { name: 'Search title, purpose and towns' }), 'ronnen');
    await choose(user, 'Year', '2026');
    await waitFor(() => expect(links(table)).toEqual(['Delegacja z Ronnenbergu']));
    expect(screen.getByRole('status', { name: 'adres' }).textContent).toBe('/visits?q=ronnen&year=2026');

    await user.click(within(table).getByRole('link', { name: 'Delegacja z Ronnenbergu' }));
    await user.click(await screen.findByRole('button', { name: 'Wróć' }));
    const again = await screen.findByRole('table', { name: 'Delegation visits' });
    await waitFor(() => expect(links(again)).toEqual(['Delegacja z Ronnenbergu']));
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Search title, purpose and towns' }).value).toBe(
      'ronnen',
    );
  });

  it('a list opened from a link with filters shows them at once', async () => {
    app('/visits?year=2025');
    const table = await screen.findByRole('table', { name: 'Wizyty delegacji' });
    await waitFor(() => expect(links(table)).toEqual(['Wizyta w Duclair']));
  });
});
