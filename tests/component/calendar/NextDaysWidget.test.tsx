// The dashboard's next-7-days card (today and the six days after, even on a Sunday) and the overview's counts as links.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { savePartner } from '../../../renderer/db/repositories/partners';
import { saveEvent } from '../../../renderer/db/repositories/events';
import { saveTask } from '../../../renderer/db/repositories/tasks';
import { HomePage } from '../../../renderer/features/home/HomePage';
import { changeLanguage } from '../../../renderer/i18n';
import { useFixedToday } from '../../helpers/clock';
import { freshDatabase } from '../../helpers/db';
import { renderInApp } from '../../helpers/render';

// A Sunday: a calendar week would show only today.
useFixedToday('2026-11-29');

function Where() {
  const location = useLocation();
  return <p>Lista {location.pathname + location.search}</p>;
}

async function event(title: string, day: string, partnerId: string) {
  await saveEvent({
    title,
    kind: 'other',
    allDay: true,
    start: day,
    end: day,
    host: 'home',
    partnerIds: [partnerId],
    status: 'planned',
  });
}

beforeEach(async () => {
  await freshDatabase();
  await changeLanguage('pl');
  const partner = await savePartner({ name: 'Ronnenberg', country: 'DE', relationKind: 'twinning', status: 'active' });
  await event('Niedzielny koncert', '2026-11-29', partner.id);
  await event('Narada we wtorek', '2026-12-01', partner.id);
  await event('Jarmark w sobotę', '2026-12-05', partner.id);
  await event('Spotkanie za tydzień', '2026-12-06', partner.id);
  await event('Zebranie w środę minioną', '2026-11-25', partner.id);
  await saveTask({ title: 'Zamówić autokar', due: '2026-12-05' });
  await saveTask({ title: 'Wysłać program', due: '2026-12-06' });
});

afterEach(async () => {
  await act(() => changeLanguage('pl'));
});

const page = () =>
  renderInApp(
    <Routes>
      <Route path="/" element={<HomePage />} />
      <Route path="*" element={<Where />} />
    </Routes>,
  );

describe('the next 7 days on the dashboard', () => {
  it('lists today, then the six days after it, and tasks due within them; a week later stays off', async () => {
    page();
    const card = await screen.findByRole('region', { name: 'Najbliższe 7 dni' }, { timeout: 10_000 });
    const today = within(card).getByRole('list', { name: 'Dziś' });
    expect(
      within(today)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Niedzielny koncert']);
    const next = within(card).getByRole('list', { name: 'Kolejne dni' });
    expect(
      within(next)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Narada we wtorek', 'Jarmark w sobotę']);
    const tasks = within(card).getByRole('list', { name: 'Zadania do wykonania' });
    expect(
      within(tasks)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Zamówić autokar']);

    await act(() => changeLanguage('en'));
    const en = await screen.findByRole('region', { name: 'Next 7 days' });
    expect(within(en).getByRole('list', { name: 'The following days' })).toBeTruthy();
  });

  it('opens each list from its overview count', async () => {
    const user = userEvent.setup();
    page();
    const overview = await screen.findByRole('region', { name: 'Przegląd' }, { timeout: 10_000 });
    await user.click(within(overview).getByRole('link', { name: '5 wydarzeń' }));
    expect(await screen.findByText('Lista /calendar?view=agenda')).toBeTruthy();
  });

  it('names the overview counts as links in English too', async () => {
    await changeLanguage('en');
    const user = userEvent.setup();
    page();
    const overview = await screen.findByRole('region', { name: 'Overview' }, { timeout: 10_000 });
    expect(within(overview).getByRole('link', { name: '0 visits' }).getAttribute('href')).toBe('/visits');
    await user.click(within(overview).getByRole('link', { name: '1 partner town' }));
    expect(await screen.findByText('Lista /partners')).toBeTruthy();
  });
});
