// Global search finds camp participants (only for users who may see youth data), tasks and gifts, folding ł to l.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveEvent } from '../../../renderer/db/repositories/events';
import { saveGift } from '../../../renderer/db/repositories/gifts';
import { saveParticipant } from '../../../renderer/db/repositories/participants';
import { savePartner } from '../../../renderer/db/repositories/partners';
import { saveTask } from '../../../renderer/db/repositories/tasks';
import { saveVisit } from '../../../renderer/db/repositories/visits';
import { setTeamSyncOn } from '../../../renderer/db/sync/switch';
import { setTeamStatus } from '../../../renderer/db/sync/status';
import SearchDialog from '../../../renderer/features/search/SearchDialog';
import { changeLanguage } from '../../../renderer/i18n';
import { platform } from '../../../renderer/platform';
import { freshDatabase } from '../../helpers/db';
import { renderInApp } from '../../helpers/render';

const ids = { participant: '', event: '', visit: '' };

function Where() {
  const location = useLocation();
  return <p>Otwarto {location.pathname + location.search}</p>;
}

beforeEach(async () => {
  await freshDatabase();
  await changeLanguage('pl');
  const partner = await savePartner({ name: 'Duclair', country: 'FR', relationKind: 'partnership', status: 'active' });
  const camp = await saveEvent({
    title: 'Obóz nad morzem',
    kind: 'youthCamp',
    allDay: true,
    start: '2027-07-10',
    end: '2027-07-20',
    host: 'home',
    partnerIds: [partner.id],
    status: 'planned',
  });
  const visit = await saveVisit({
    direction: 'incoming',
    partnerIds: [partner.id],
    title: 'Delegacja z Duclair',
    start: '2027-05-12',
    end: '2027-05-14',
    status: 'planned',
  });
  const person = await saveParticipant({
    eventId: camp.id,
    occurrence: '2027-07-10',
    firstName: 'Michał',
    lastName: 'Łukasiewicz',
    birthDate: '2013-02-02',
    birthYear: 2013,
    role: 'participant',
    sendingTown: 'home',
    status: 'registered',
  });
  await saveTask({ title: 'Zamówić tłumacza na obóz', due: '2027-06-01', eventId: camp.id });
  await saveGift({
    partnerId: partner.id,
    visitId: visit.id,
    direction: 'given',
    description: 'Kryształowy wazon z herbem',
    date: '2027-05-13',
  });
  Object.assign(ids, { participant: person.id, event: camp.id, visit: visit.id });
});

afterEach(async () => {
  setTeamSyncOn(false);
  vi.restoreAllMocks();
  await act(() => changeLanguage('pl'));
});

const openSearch = async (label = 'Szukaj gmin, kontaktów, wydarzeń, wizyt, zadań i upominków') => {
  const view = renderInApp(
    <Routes>
      <Route path="/" element={<SearchDialog opened onClose={() => undefined} />} />
      <Route path="*" element={<Where />} />
    </Routes>,
  );
  const input = await screen.findByRole('combobox', { name: label });
  return Object.assign(input, { unmount: view.unmount });
};

const group = (name: string) => screen.getByRole('group', { name });

describe('global search beyond towns and events', () => {
  it('finds a camp participant typed without Polish letters and opens the person', async () => {
    const user = userEvent.setup();
    await user.type(await openSearch(), 'lukasiewicz');
    const participants = await screen.findByRole('group', { name: 'Uczestnicy obozów' });
    await user.click(within(participants).getByRole('option', { name: /Michał Łukasiewicz/ }));
    expect(await screen.findByText(`Otwarto /exchanges/person/${ids.participant}`)).toBeTruthy();
  });

  it('finds a task and opens its event, and a gift that opens its visit', async () => {
    const user = userEvent.setup();
    const input = await openSearch();
    await user.type(input, 'tlumacza');
    expect(within(await screen.findByRole('group', { name: 'Zadania' })).getByRole('option').textContent).toMatch(
      /^Zamówić tłumacza na obóz 01\.06\.2027$/,
    );
    await user.clear(input);
    await user.type(input, 'krysztalowy');
    await user.click(within(await screen.findByRole('group', { name: 'Upominki' })).getByRole('option'));
    expect(await screen.findByText(`Otwarto /visits/${ids.visit}`)).toBeTruthy();
  });

  it('opens a task on its event in the calendar, with the groups named in English', async () => {
    await changeLanguage('en');
    const user = userEvent.setup();
    const input = await openSearch('Search towns, contacts, events, visits, tasks and gifts');
    await user.type(input, 'obóz');
    expect(group('Events')).toBeTruthy();
    await user.click(within(await screen.findByRole('group', { name: 'Tasks' })).getByRole('option'));
    expect(await screen.findByText(`Otwarto /calendar?event=${ids.event}`)).toBeTruthy();
  });

  it('leaves camp participants out while the server says the login lacks the youth role', async () => {
    setTeamStatus({ state: 'upToDate', roles: ['office'] });
    try {
      const user = userEvent.setup();
      await user.type(await openSearch(), 'lukasiewicz');
      expect(await screen.findByRole('status')).toHaveProperty('textContent', 'Nic nie znaleziono.');
    } finally {
      setTeamStatus({ state: 'off', roles: undefined });
    }
  });

  it('leaves camp participants out for a team login without the youth role, and finds them with it', async () => {
    setTeamSyncOn(true);
    const account = vi
      .spyOn(platform, 'teamAccount')
      .mockResolvedValue({ ok: true, value: { url: 'https://couch.example', user: 'jan', roles: ['office'] } });
    const user = userEvent.setup();
    const input = await openSearch();
    await user.type(input, 'lukasiewicz');
    expect(await screen.findByRole('status')).toHaveProperty('textContent', 'Nic nie znaleziono.');
    expect(screen.queryByRole('group', { name: 'Uczestnicy obozów' })).toBeNull();

    account.mockResolvedValue({
      ok: true,
      value: { url: 'https://couch.example', user: 'anna', roles: ['office', 'youth'] },
    });
    // The next opening of the search reads the login again.
    input.unmount();
    await user.type(await openSearch(), 'lukasiewicz');
    expect(await screen.findByRole('group', { name: 'Uczestnicy obozów' })).toBeTruthy();
  });
});
