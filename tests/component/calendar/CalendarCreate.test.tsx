// The calendar marks today in every grid and opens the new-event form on the day (and hour) clicked or chosen by key.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { formatDate } from '../../../shared/i18n/dates';
import { CalendarPage } from '../../../renderer/features/calendar/CalendarPage';
import { freshDatabase } from '../../helpers/db';
import { FIXED_TODAY, useFixedToday } from '../../helpers/clock';
import { renderInApp } from '../../helpers/render';

useFixedToday();

beforeEach(async () => {
  await freshDatabase();
});

const long = (iso: string) => formatDate(iso, 'pl', 'weekdayLong');

function renderCalendar(query = '') {
  return renderInApp(
    <Routes>
      <Route path="/calendar" element={<CalendarPage />} />
    </Routes>,
    `/calendar${query}`,
  );
}

describe('today in the calendar', () => {
  it('is the one cell of the month marked as the current date, its number a filled button named by its long date', async () => {
    renderCalendar();
    const grid = await screen.findByRole('table', { name: 'Kalendarz miesiąca listopad 2026' }, { timeout: 20_000 });
    const current = grid.querySelectorAll('[aria-current="date"]');
    expect([...current].map((e) => e.tagName)).toEqual(['TD', 'BUTTON']);
    const cell = within(grid).getByRole('cell', { name: long(FIXED_TODAY) });
    expect(cell.getAttribute('aria-current')).toBe('date');
    const number = within(cell).getByRole('button', { name: long(FIXED_TODAY) });
    expect(number.getAttribute('aria-current')).toBe('date');
    expect(number.textContent).toBe('26');
    // filled: the number sits on a background, not only in another colour
    expect((number.firstElementChild as HTMLElement).style.background).not.toBe('');
    const other = within(grid).getByRole('button', { name: long('2026-11-25') });
    expect(other.getAttribute('aria-current')).toBeNull();
    expect((other.firstElementChild as HTMLElement).style.background).toBe('');
  });

  it('is marked in the week and year views too', async () => {
    const week = renderCalendar('?view=week&date=2026-11-26');
    const days = await screen.findByRole('list', { name: /^Tydzień/ }, { timeout: 20_000 });
    const today = within(days)
      .getAllByRole('listitem')
      .filter((d) => d.getAttribute('aria-current') === 'date');
    expect(today.map((d) => d.getAttribute('aria-label'))).toEqual([long(FIXED_TODAY)]);
    week.unmount();
    renderCalendar('?view=year&date=2026-11-26');
    const year = await screen.findByRole('list', { name: 'Rok 2026' }, { timeout: 20_000 });
    const marked = year.querySelectorAll('[aria-current="date"]');
    expect([...marked].map((e) => e.getAttribute('aria-label'))).toEqual([long(FIXED_TODAY)]);
  });
});

describe('a new event where the user points', () => {
  it('opens the form on the empty day clicked in the month', async () => {
    const user = userEvent.setup();
    renderCalendar();
    const grid = await screen.findByRole('table', { name: 'Kalendarz miesiąca listopad 2026' }, { timeout: 20_000 });
    await user.click(within(grid).getByRole('cell', { name: long('2026-11-12') }));
    const form = await screen.findByRole('dialog', { name: 'Nowe wydarzenie' });
    expect(within(form).getByLabelText(/^Data rozpoczęcia/)).toHaveProperty('value', '12.11.2026');
    expect(within(form).getByLabelText(/^Data zakończenia/)).toHaveProperty('value', '12.11.2026');
  });

  it('opens it from the keyboard: Tab to a day, then Enter or Space', async () => {
    const user = userEvent.setup();
    renderCalendar();
    const grid = await screen.findByRole('table', { name: 'Kalendarz miesiąca listopad 2026' }, { timeout: 20_000 });
    const day = within(grid).getByRole('button', { name: long('2026-11-30') });
    day.focus();
    await user.keyboard('{Enter}');
    const form = await screen.findByRole('dialog', { name: 'Nowe wydarzenie' });
    expect(within(form).getByLabelText(/^Data rozpoczęcia/)).toHaveProperty('value', '30.11.2026');
    await user.click(within(form).getByRole('button', { name: 'Anuluj' }));
    await screen.findByRole('table', { name: 'Kalendarz miesiąca listopad 2026' });
    expect(screen.queryByRole('dialog', { name: 'Nowe wydarzenie' })).toBeNull();
    within(grid)
      .getByRole('button', { name: long('2026-12-03') })
      .focus();
    await user.keyboard(' ');
    const again = await screen.findByRole('dialog', { name: 'Nowe wydarzenie' });
    expect(within(again).getByLabelText(/^Data rozpoczęcia/)).toHaveProperty('value', '03.12.2026');
  });

  it('opens a timed event at the hour clicked in the week', async () => {
    const user = userEvent.setup();
    renderCalendar('?view=week&date=2026-11-26');
    await screen.findByRole('list', { name: /^Tydzień/ }, { timeout: 20_000 });
    await user.click(screen.getByRole('button', { name: `${long('2026-11-24')}, 14:00` }));
    const form = await screen.findByRole('dialog', { name: 'Nowe wydarzenie' });
    expect(within(form).getByLabelText(/^Data rozpoczęcia/)).toHaveProperty('value', '24.11.2026');
    expect(within(form).getByRole('checkbox', { name: 'Cały dzień' })).toHaveProperty('checked', false);
    expect(within(form).getByLabelText(/^Godzina rozpoczęcia/)).toHaveProperty('value', '14:00');
    expect(within(form).getByLabelText(/^Godzina zakończenia/)).toHaveProperty('value', '15:00');
  });
});
