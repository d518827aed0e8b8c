// The year view: weekday headings over each month, and a legend naming each kind beside its chip colour, as the days show it.
import { screen, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { beforeEach, expect, it } from 'vitest';
import { formatDate } from '../../../shared/i18n/dates';
import { saveEvent } from '../../../renderer/db/repositories/events';
import { CalendarPage } from '../../../renderer/features/calendar/CalendarPage';
import { freshDatabase } from '../../helpers/db';
import { useFixedToday } from '../../helpers/clock';
import { renderInApp } from '../../helpers/render';

useFixedToday();

beforeEach(async () => {
  await freshDatabase();
  await saveEvent({
    title: 'Turniej piłkarski',
    kind: 'sports',
    allDay: true,
    start: '2026-06-13',
    end: '2026-06-13',
    host: 'home',
    partnerIds: [],
    status: 'planned',
  });
});

it('heads every month with the weekdays and names each kind beside its colour', async () => {
  renderInApp(
    <Routes>
      <Route path="/calendar" element={<CalendarPage />} />
    </Routes>,
    '/calendar?view=year&date=2026-06-01',
  );
  const year = await screen.findByRole('list', { name: 'Rok 2026' }, { timeout: 20_000 });
  const months = within(year).getAllByRole('listitem');
  expect(months).toHaveLength(12);
  for (const month of months)
    expect(month.textContent).toContain(['pon.', 'wt.', 'śr.', 'czw.', 'pt.', 'sob.', 'niedz.'].join(''));

  const legend = screen.getByRole('list', { name: 'Rodzaje wydarzeń' });
  const entries = within(legend).getAllByRole('listitem');
  expect(entries.map((e) => e.textContent)).toEqual([
    'Obóz / wymiana młodzieży',
    'Dni Europy / festyn',
    'Konferencja',
    'Zawody sportowe',
    'Wydarzenie kulturalne',
    'Wizyta studyjna',
    'Rocznica',
    'Termin',
    'Inne',
    'Wizyta delegacji',
  ]);
  const swatch = (text: string) =>
    (entries.find((e) => e.textContent === text)!.querySelector('[aria-hidden]') as HTMLElement).style.background;
  expect(swatch('Zawody sportowe')).toBe('var(--mantine-color-orange-filled)');

  // the day of the tournament carries a dot of the same colour, and says its count in words
  const day = await screen.findByRole('button', {
    name: `${formatDate('2026-06-13', 'pl', 'weekdayLong')}, 1 wydarzenie`,
  });
  expect(day.querySelector('[data-kinds]')?.getAttribute('data-kinds')).toBe('orange');
  const dot = day.querySelector('[data-kinds] > span') as HTMLElement;
  expect(dot.style.background).toBe(swatch('Zawody sportowe'));
});
