// A multi-day event is one bar per week row in the month (title once per piece, marks at the cuts) and a bar in the week's all-day band.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { formatDate } from '../../../shared/i18n/dates';
import { saveEvent } from '../../../renderer/db/repositories/events';
import { CalendarPage } from '../../../renderer/features/calendar/CalendarPage';
import { freshDatabase } from '../../helpers/db';
import { useFixedToday } from '../../helpers/clock';
import { renderInApp } from '../../helpers/render';

useFixedToday();

const long = (iso: string) => formatDate(iso, 'pl', 'weekdayLong');
const TITLE = 'Forum miast partnerskich';

beforeEach(async () => {
  await freshDatabase();
  // Friday 20 to Wednesday 25 November 2026: it crosses from one week row into the next.
  await saveEvent({
    title: TITLE,
    kind: 'conference',
    allDay: true,
    start: '2026-11-20',
    end: '2026-11-25',
    host: 'home',
    partnerIds: [],
    status: 'planned',
  });
});

function renderCalendar(query: string) {
  renderInApp(
    <Routes>
      <Route path="/calendar" element={<CalendarPage />} />
    </Routes>,
    `/calendar${query}`,
  );
}

/** The box that gives a piece its width across the days (the chip sits in it, inside its drag handle). */
const bar = (piece: HTMLElement) => piece.closest<HTMLElement>('[data-testid="day-bar"]')!;

describe('multi-day events', () => {
  it('are drawn in the month as one bar per week row, starting in its first day of the row, cut marks where it goes on', async () => {
    renderCalendar('?view=month&date=2026-11-01');
    const grid = await screen.findByRole('table', { name: 'Kalendarz miesiąca listopad 2026' }, { timeout: 20_000 });
    const pieces = await within(grid).findAllByRole('button', { name: TITLE });
    expect(pieces).toHaveLength(2);
    const first = within(grid).getByRole('cell', { name: long('2026-11-20') });
    const second = within(grid).getByRole('cell', { name: long('2026-11-23') });
    expect(first.contains(pieces[0]!)).toBe(true);
    expect(second.contains(pieces[1]!)).toBe(true);
    // the first piece goes on into the next week; the second began in the week before
    expect(pieces[0]!.querySelector('[data-cut="after"]')).not.toBeNull();
    expect(pieces[0]!.querySelector('[data-cut="before"]')).toBeNull();
    expect(pieces[1]!.querySelector('[data-cut="before"]')).not.toBeNull();
    expect(pieces[1]!.querySelector('[data-cut="after"]')).toBeNull();
    // the days in between hold no copy of it, and the bar reaches over them
    for (const day of ['2026-11-21', '2026-11-22', '2026-11-24', '2026-11-25'])
      expect(
        within(within(grid).getByRole('cell', { name: long(day) })).queryByRole('button', { name: TITLE }),
      ).toBeNull();
    expect(bar(pieces[0]!).style.width).toBe('calc(300% + 14px)');
    expect(bar(pieces[1]!).style.width).toBe('calc(300% + 14px)');
  });

  it('sit in the week view as a bar in the all-day band, not once per day', async () => {
    renderCalendar('?view=week&date=2026-11-23');
    const week = await screen.findByRole('list', { name: /^Tydzień/ }, { timeout: 20_000 });
    const pieces = await within(week).findAllByRole('button', { name: TITLE });
    expect(pieces).toHaveLength(1);
    const monday = within(week).getByRole('listitem', { name: long('2026-11-23') });
    expect(monday.contains(pieces[0]!)).toBe(true);
    expect(pieces[0]!.querySelector('[data-cut="before"]')).not.toBeNull();
    expect(bar(pieces[0]!).style.width).toBe('calc(300% + 28px)');
  });
});

describe('a busy week row in the month', () => {
  it('draws three lines of bars and counts the others in each day they cover, all shown in the week', async () => {
    // Four more events over Monday 16 to Thursday 19 November: five bars would need five lines.
    for (const n of [1, 2, 3, 4])
      await saveEvent({
        title: `Obóz ${n}`,
        kind: 'youthCamp',
        allDay: true,
        start: '2026-11-16',
        end: n % 2 ? '2026-11-19' : '2026-11-18',
        host: 'home',
        partnerIds: [],
        status: 'planned',
      });
    renderCalendar('?view=month&date=2026-11-01');
    const grid = await screen.findByRole('table', { name: 'Kalendarz miesiąca listopad 2026' }, { timeout: 20_000 });
    await within(grid).findAllByRole('button', { name: /^Obóz/ });
    const drawn = within(grid)
      .getAllByRole('button', { name: /^Obóz/ })
      .map((b) => b.getAttribute('aria-label'));
    // the longest first where they start together: the two to Thursday (in either order), then one to Wednesday
    expect(drawn).toHaveLength(3);
    expect(drawn.slice(0, 2).sort()).toEqual(['Obóz 1', 'Obóz 3']);
    expect(drawn[2]).toMatch(/^Obóz [24]$/);
    const day = (iso: string) => within(grid).getByRole('cell', { name: long(iso) });
    expect(within(day('2026-11-16')).getByRole('button', { name: '+1 więcej' })).toBeTruthy();
    expect(within(day('2026-11-18')).getByRole('button', { name: '+1 więcej' })).toBeTruthy();
    // the hidden bar ends on Wednesday; Friday's bar (the forum) takes the first line, free again by then
    expect(within(day('2026-11-19')).queryByRole('button', { name: /więcej/ })).toBeNull();
    expect(within(day('2026-11-20')).getByRole('button', { name: TITLE })).toBeTruthy();

    within(day('2026-11-17')).getByRole('button', { name: '+1 więcej' }).click();
    const week = await screen.findByRole('list', { name: /^Tydzień/ }, { timeout: 20_000 });
    for (const n of [1, 2, 3, 4]) expect(within(week).getByRole('button', { name: `Obóz ${n}` })).toBeTruthy();
  });
});

describe('the view switch', () => {
  it('is a radio group of native radios (the arrow keys move between them as anywhere): a click changes the view', async () => {
    const user = userEvent.setup();
    renderCalendar('?view=month&date=2026-11-01');
    const views = await screen.findByRole('radiogroup', { name: 'Widok kalendarza' });
    expect(within(views).getByRole('radio', { name: 'Miesiąc' })).toHaveProperty('checked', true);
    await user.click(within(views).getByText('Tydzień'));
    expect(await screen.findByRole('list', { name: /^Tydzień/ }, { timeout: 20_000 })).toBeTruthy();
    expect(within(views).getByRole('radio', { name: 'Tydzień' })).toHaveProperty('checked', true);
    await user.click(within(views).getByText('Lista'));
    expect(await screen.findByRole('table', { name: 'Lista' }, { timeout: 20_000 })).toBeTruthy();
    expect(within(views).getByRole('radio', { name: 'Lista' })).toHaveProperty('checked', true);
  });
});
