// The calendar's read starts with the navigation (the route's loader) and the page takes that read when it is drawn:
// the range is read once, not once by the loader and again by the page; a filter alone reads nothing again.
import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, Outlet, RouterProvider, type ShouldRevalidateFunctionArgs } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as events from '../../../renderer/db/repositories/events';
import { startCalendarRead, useCalendarRead } from '../../../renderer/features/calendar/calendarRead';
import { calendarRoutes } from '../../../renderer/features/calendar/routes';
import { visibleRange } from '../../../renderer/features/calendar/range';
import { Providers } from '../../../renderer/app/Providers';
import { freshDatabase } from '../../helpers/db';
import { useFixedToday } from '../../helpers/clock';

vi.mock('../../../renderer/db/repositories/events', async (importOriginal) => {
  const real = await importOriginal<typeof events>();
  return { ...real, calendarItemsInRange: vi.fn(real.calendarItemsInRange) };
});

useFixedToday();

// Not today's month, which the page reads when the URL names none.
const SEPTEMBER = visibleRange('month', '2026-09-01');
const reads = () => vi.mocked(events.calendarItemsInRange).mock.calls.filter(([from]) => from === SEPTEMBER.from);

beforeEach(async () => {
  await freshDatabase();
  vi.mocked(events.calendarItemsInRange).mockClear();
  await events.saveEvent({
    title: 'Dni Europy',
    kind: 'europeDays',
    allDay: true,
    start: '2026-09-14',
    end: '2026-09-14',
    host: 'home',
    partnerIds: [],
    status: 'planned',
  });
});

function Titles() {
  const read = useCalendarRead(SEPTEMBER);
  return <p>{read ? read.items.map((i) => i.title).join(', ') : 'reading'}</p>;
}

describe('the calendar read', () => {
  it('started before the page is drawn is the one the page shows: the range is read once', async () => {
    startCalendarRead(new URLSearchParams('view=month&date=2026-09-01'));
    await vi.waitFor(() => expect(reads()).toHaveLength(1));
    render(<Titles />);
    expect(await screen.findByText('Dni Europy')).toBeTruthy();
    expect(reads()).toHaveLength(1);
  });

  it('is started by the route as the calendar is navigated to, and the page opened that way reads nothing more', async () => {
    const router = createMemoryRouter(
      [{ path: '/', element: <Outlet />, children: [{ index: true, element: <p>Pulpit</p> }, ...calendarRoutes] }],
      { initialEntries: ['/'] },
    );
    render(
      <Providers>
        <RouterProvider router={router} />
      </Providers>,
    );
    await screen.findByText('Pulpit');
    // Where the navigation stood when the range was asked for: still loading means the route asked, not the page.
    const read = vi.mocked(events.calendarItemsInRange);
    const real = read.getMockImplementation()!;
    const asked: string[] = [];
    read.mockImplementation((...args) => {
      asked.push(router.state.navigation.state);
      return real(...args);
    });
    await router.navigate('/calendar?view=month&date=2026-09-01');
    expect(asked).toEqual(['loading']);
    const grid = await screen.findByRole('table', { name: 'Kalendarz miesiąca wrzesień 2026' }, { timeout: 20_000 });
    expect(await within(grid).findByRole('button', { name: /Dni Europy/ })).toBeTruthy();
    expect(reads()).toHaveLength(1);
  });

  it('is not started again for a filter, and is for another period', () => {
    const shouldRevalidate = calendarRoutes[0]!.shouldRevalidate!;
    const args = (from: string, to: string) =>
      ({
        currentUrl: new URL(`http://x/calendar?${from}`),
        nextUrl: new URL(`http://x/calendar?${to}`),
        defaultShouldRevalidate: true,
      }) as ShouldRevalidateFunctionArgs;
    expect(shouldRevalidate(args('view=month&date=2026-09-01', 'view=month&date=2026-09-01&kind=camp'))).toBe(false);
    expect(shouldRevalidate(args('view=month&date=2026-09-01', 'view=month&date=2026-12-01'))).toBe(true);
    expect(shouldRevalidate(args('view=month&date=2026-09-01', 'view=week&date=2026-09-01'))).toBe(true);
  });
});
