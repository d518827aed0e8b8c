import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CampPage } from '../../../renderer/features/exchanges/CampPage';
import { ExchangesWidget } from '../../../renderer/features/exchanges/DashboardWidget';
import { renderInApp } from '../../helpers/render';
import { adult, EDITION, exampleCamp, registerPeople } from './campSetup';

// Only the clock is fixed, so that "the next edition" is the same every run; timers run as usual.
beforeEach(() => vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-26T10:00:00') }));
afterEach(() => vi.useRealTimers());

const SAILING = 'Obóz żeglarski w Duclair';

/** The example office's yearly camp, its next edition moved and renamed, and a one-off winter camp. */
async function twoCamps() {
  const { db, eventId } = await exampleCamp();
  await db.events.update(eventId, {
    exceptions: [{ date: EDITION, start: '2027-07-12', end: '2027-07-22', title: 'Obóz 2027 w Ronnenbergu' }],
  });
  await db.events.add({
    id: 'sailing',
    title: SAILING,
    kind: 'youthCamp',
    allDay: true,
    start: '2027-01-15',
    end: '2027-01-20',
    place: {},
    host: 'home',
    partnerIds: [],
    status: 'planned',
    series: 0,
    exceptions: [],
    createdAt: '',
    updatedAt: '',
  });
  await registerPeople([
    adult(eventId, 'Anna', 'Kowalska'),
    adult('sailing', 'Bartosz', 'Nowak', { occurrence: '2027-01-15' }),
    adult('sailing', 'Celina', 'Wiśniewska', { occurrence: '2027-01-15' }),
  ]);
  const user = userEvent.setup();
  renderInApp(
    <Routes>
      <Route path="/" element={<ExchangesWidget />} />
      <Route path="/exchanges/:eventId/:occurrence" element={<CampPage />} />
    </Routes>,
  );
  const card = await screen.findByRole('region', { name: 'Obozy młodzieżowe' });
  return { user, card };
}

describe("the dashboard's youth-camp card", () => {
  it('opens the moved edition it names, with that edition’s dates and people', async () => {
    const { user, card } = await twoCamps();
    const item = within(card).getByRole('link', { name: 'Obóz 2027 w Ronnenbergu' }).closest('li')!;
    expect(item.textContent).toContain('12.07.2027');
    expect(item.textContent).toContain('1 osoba');
    await user.click(within(card).getByRole('link', { name: 'Obóz 2027 w Ronnenbergu' }));

    expect(await screen.findByRole('heading', { name: 'Obóz 2027 w Ronnenbergu', level: 1 })).toBeTruthy();
    expect(screen.getByText('12.07.2027 – 22.07.2027')).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Uczestnicy (1)' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Kowalska Anna' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Obozy młodzieżowe' })).toBeNull();
  });

  it('opens the other camp from its own line', async () => {
    const { user, card } = await twoCamps();
    expect(within(card).getAllByRole('listitem')).toHaveLength(2);
    await user.click(within(card).getByRole('link', { name: SAILING }));

    expect(await screen.findByRole('heading', { name: SAILING, level: 1 })).toBeTruthy();
    expect(screen.getByText('15.01.2027 – 20.01.2027')).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Uczestnicy (2)' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Wiśniewska Celina' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Kowalska Anna' })).toBeNull();
  });
});
