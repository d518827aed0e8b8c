// The programme tab as the office uses it: items on several days, reordering, overlaps, copying an earlier visit's programme.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { savePartner } from '../../../renderer/db/repositories/partners';
import { createVisit, getVisit, updateVisit } from '../../../renderer/db/repositories/visits';
import { VisitPage } from '../../../renderer/features/visits/VisitPage';
import { changeLanguage } from '../../../renderer/i18n';
import { freshDatabase } from '../../helpers/db';
import { renderInApp } from '../../helpers/render';

type User = ReturnType<typeof userEvent.setup>;

let partnerId = '';
beforeEach(async () => {
  await freshDatabase();
  partnerId = (await savePartner({ name: 'Ronnenberg', country: 'DE', relationKind: 'partnership', status: 'active' }))
    .id;
});

afterEach(async () => {
  await changeLanguage('pl');
});

async function openProgramme(visitId: string) {
  renderInApp(
    <Routes>
      <Route path="/visits/:visitId" element={<VisitPage />} />
    </Routes>,
    `/visits/${visitId}?tab=programme`,
  );
  await screen.findByRole('tab', { name: 'Program', selected: true });
}

async function addItem(user: User, day: string, from: string, to: string, activity: string, place?: string) {
  await user.click(screen.getByRole('button', { name: 'Dodaj punkt programu' }));
  const dialog = await screen.findByRole('dialog', { name: 'Nowy punkt programu' });
  fireEvent.change(within(dialog).getByLabelText(/^Dzień/), { target: { value: day } });
  fireEvent.change(within(dialog).getByLabelText(/^Od godziny/), { target: { value: from } });
  fireEvent.change(within(dialog).getByLabelText(/^Do godziny/), { target: { value: to } });
  await user.type(within(dialog).getByRole('textbox', { name: 'Punkt programu' }), activity);
  if (place) await user.type(within(dialog).getByRole('textbox', { name: 'Miejsce' }), place);
  await user.click(within(dialog).getByRole('button', { name: 'Zapisz' }));
  await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Nowy punkt programu' })).toBeNull());
}

/** The activities of one day's table, top to bottom. */
function activitiesOf(day: RegExp): string[] {
  const table = screen.getByRole('table', { name: day });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[1]!.textContent ?? '');
}

describe('the programme builder', () => {
  it('builds a two-day programme, flags overlapping items and lets the office reorder a day', async () => {
    const visit = await createVisit({
      direction: 'incoming',
      partnerIds: [partnerId],
      title: 'Wizyta z Ronnenbergu',
      start: '2027-05-12',
      end: '2027-05-13',
      status: 'planned',
    });
    const user = userEvent.setup();
    await openProgramme(visit.id);

    await addItem(user, '2027-05-12', '10:00', '11:30', 'Powitanie w ratuszu', 'Ratusz');
    await addItem(user, '2027-05-12', '12:00', '13:00', 'Obiad z radnymi');
    await addItem(user, '2027-05-13', '09:00', '12:00', 'Zwiedzanie szkoły');
    expect(await screen.findByText('3 punkty programu')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();

    // One table per day, headed by the day's full date.
    expect(screen.getByRole('heading', { name: 'środa, 12 maja 2027' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'czwartek, 13 maja 2027' })).toBeTruthy();
    expect(activitiesOf(/12 maja 2027/)).toEqual(['Powitanie w ratuszu', 'Obiad z radnymi']);
    expect(activitiesOf(/13 maja 2027/)).toEqual(['Zwiedzanie szkoły']);

    // An item that runs into another is flagged, in the list and above it.
    await addItem(user, '2027-05-13', '11:00', '12:30', 'Spotkanie z młodzieżą');
    expect((await screen.findByRole('alert')).textContent).toBe('2 punkty programu nakładają się na siebie');
    const second = screen.getByRole('table', { name: /13 maja 2027/ });
    expect(within(second).getAllByText('nakłada się')).toHaveLength(2);
    expect(within(screen.getByRole('table', { name: /12 maja 2027/ })).queryByText('nakłada się')).toBeNull();

    // Reordering moves an item within its own day only; the first of a day cannot go up, the last cannot go down.
    const first = screen.getByRole('table', { name: /12 maja 2027/ });
    expect(
      (within(first).getByRole('button', { name: 'Przesuń wyżej: Powitanie w ratuszu' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    expect(
      (within(first).getByRole('button', { name: 'Przesuń niżej: Obiad z radnymi' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    await user.click(within(first).getByRole('button', { name: 'Przesuń niżej: Powitanie w ratuszu' }));
    await waitFor(() => expect(activitiesOf(/12 maja 2027/)).toEqual(['Obiad z radnymi', 'Powitanie w ratuszu']));
    expect(activitiesOf(/13 maja 2027/)).toEqual(['Zwiedzanie szkoły', 'Spotkanie z młodzieżą']);
    await user.click(screen.getByRole('button', { name: 'Przesuń wyżej: Spotkanie z młodzieżą' }));
    await waitFor(() => expect(activitiesOf(/13 maja 2027/)).toEqual(['Spotkanie z młodzieżą', 'Zwiedzanie szkoły']));

    // The order is stored, and “sort by time” puts every day back in time order.
    expect((await getVisit(visit.id))!.programme.map((i) => i.activity)).toEqual([
      'Obiad z radnymi',
      'Powitanie w ratuszu',
      'Spotkanie z młodzieżą',
      'Zwiedzanie szkoły',
    ]);
    await user.click(screen.getByRole('button', { name: 'Ułóż według godzin' }));
    await waitFor(() => expect(activitiesOf(/12 maja 2027/)).toEqual(['Powitanie w ratuszu', 'Obiad z radnymi']));
    expect(activitiesOf(/13 maja 2027/)).toEqual(['Zwiedzanie szkoły', 'Spotkanie z młodzieżą']);

    // Editing an item out of the overlap clears the flag.
    await user.click(screen.getByRole('button', { name: 'Edytuj: Spotkanie z młodzieżą' }));
    const edit = await screen.findByRole('dialog', { name: 'Edycja punktu programu' });
    fireEvent.change(within(edit).getByLabelText(/^Od godziny/), { target: { value: '12:00' } });
    await user.click(within(edit).getByRole('button', { name: 'Zapisz' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(screen.queryByText('nakłada się')).toBeNull();

    await changeLanguage('en');
    expect(await screen.findByRole('heading', { name: 'Wednesday, 12 May 2027' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Move down: Powitanie w ratuszu' })).toBeTruthy();
  });

  it('copies an earlier visit’s programme as a start, moved to the new visit’s days', async () => {
    const earlier = await createVisit({
      direction: 'incoming',
      partnerIds: [partnerId],
      title: 'Wizyta 2026',
      start: '2026-05-12',
      end: '2026-05-13',
      status: 'done',
    });
    await updateVisit(earlier.id, (v) => ({
      ...v,
      programme: [
        {
          id: 'p-1',
          from: '2026-05-12T10:00',
          to: '2026-05-12T11:30',
          activity: 'Powitanie w ratuszu',
          place: 'Ratusz',
        },
        {
          id: 'p-2',
          from: '2026-05-13T09:00',
          to: '2026-05-13T12:00',
          activity: 'Zwiedzanie szkoły',
          responsible: 'Anna Nowak',
        },
        // Past midnight: the end moves with the start.
        { id: 'p-3', from: '2026-05-13T22:00', to: '2026-05-14T01:00', activity: 'Ognisko' },
      ],
    }));
    await createVisit({
      direction: 'outgoing',
      partnerIds: [partnerId],
      title: 'Wyjazd bez programu',
      start: '2026-09-01',
      end: '2026-09-02',
      status: 'done',
    });
    const visit = await createVisit({
      direction: 'incoming',
      partnerIds: [partnerId],
      title: 'Wizyta 2027',
      start: '2027-06-03',
      end: '2027-06-04',
      status: 'planned',
    });
    const user = userEvent.setup();
    await openProgramme(visit.id);
    expect(screen.getByText('0 punktów programu')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Kopiuj program z innej wizyty' }));
    const dialog = await screen.findByRole('dialog', { name: 'Kopiuj program' });
    const copy = within(dialog).getByRole('button', { name: 'Kopiuj' }) as HTMLButtonElement;
    expect(copy.disabled).toBe(true);
    await user.click(within(dialog).getByRole('combobox', { name: 'Wizyta, z której kopiować' }));
    const option = await screen.findByRole('option', { name: 'Wizyta 2026 (12.05.2026)', hidden: true });
    // Only visits that have a programme are offered, and never the visit itself.
    expect(screen.getAllByRole('option', { hidden: true })).toHaveLength(1);
    await user.click(option);
    await user.click(copy);
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Kopiuj program' })).toBeNull());

    expect(await screen.findByText('3 punkty programu')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'czwartek, 3 czerwca 2027' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'piątek, 4 czerwca 2027' })).toBeTruthy();
    expect(activitiesOf(/3 czerwca 2027/)).toEqual(['Powitanie w ratuszu']);
    expect(activitiesOf(/4 czerwca 2027/)).toEqual(['Zwiedzanie szkoły', 'Ognisko']);
    const secondDay = screen.getByRole('table', { name: /4 czerwca 2027/ });
    expect(within(secondDay).getByText('09:00–12:00')).toBeTruthy();
    expect(within(secondDay).getByText('Anna Nowak')).toBeTruthy();

    const stored = (await getVisit(visit.id))!.programme;
    expect(stored.map(({ from, to }) => [from, to])).toEqual([
      ['2027-06-03T10:00', '2027-06-03T11:30'],
      ['2027-06-04T09:00', '2027-06-04T12:00'],
      ['2027-06-04T22:00', '2027-06-05T01:00'],
    ]);
    // Copies are the new visit's own items: the earlier visit keeps its programme untouched.
    expect(stored.map((i) => i.id)).not.toContain('p-1');
    expect((await getVisit(earlier.id))!.programme.map((i) => i.from)).toEqual([
      '2026-05-12T10:00',
      '2026-05-13T09:00',
      '2026-05-13T22:00',
    ]);
  });
});
