// The report's period: a year, any date range (an impossible one refused with a message), and back to the year.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { homeTownSetting, writeSetting } from '../../../renderer/db/repositories/settings';
import { ReportsPage } from '../../../renderer/features/reports/ReportsPage';
import { freshDatabase } from '../../helpers/db';
import { renderInApp } from '../../helpers/render';
import { seedReport, Y } from './reportData';
import { useFixedToday } from '../../helpers/clock';

/** A row's text as shown: a figure button's cell shows its figure (its name, read out, says what it counts). */
const shownText = (row: HTMLElement) =>
  [...row.querySelectorAll('td, th')]
    .map((cell) => cell.querySelector('[aria-hidden="true"]')?.textContent ?? cell.textContent)
    .join('');

useFixedToday(`${Y}-11-26`);

beforeEach(async () => {
  await freshDatabase();
  await seedReport();
});

async function openReport() {
  const user = userEvent.setup();
  const view = renderInApp(<ReportsPage />);
  const ready = (period: string) =>
    waitFor(() =>
      expect(view.container.querySelector('[data-report-ready]')?.getAttribute('data-report-ready')).toBe(period),
    );
  await ready(`${Y}-01-01/${Y}-12-31`);
  return { user, view, ready };
}

const visitsTable = () => screen.getByRole('table', { name: 'Wizyty delegacji według partnera' });

describe('the report period', () => {
  it('refuses a range that ends before it starts, then shows the figures of a valid range and returns to the year', async () => {
    const { user, ready } = await openReport();
    const apply = screen.getByRole('button', { name: 'Dowolny okres' });
    expect(apply).toHaveProperty('disabled', true);

    fireEvent.change(screen.getByLabelText('Od'), { target: { value: `${Y}-06-01` } });
    fireEvent.change(screen.getByLabelText('Do'), { target: { value: `${Y}-05-01` } });
    expect(await screen.findByText('Początek okresu musi być przed jego końcem')).toBeTruthy();
    expect(apply).toHaveProperty('disabled', true);
    await ready(`${Y}-01-01/${Y}-12-31`);
    expect(screen.getByRole('button', { name: 'Pokaż listę: Wizyty przyjazdowe (2)' })).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Do'), { target: { value: `${Y}-10-31` } });
    await waitFor(() => expect(screen.queryByText('Początek okresu musi być przed jego końcem')).toBeNull());
    expect(apply).toHaveProperty('disabled', false);
    await user.click(apply);
    await ready(`${Y}-06-01/${Y}-10-31`);
    // June–October: Duclair's incoming visit and the outgoing one; the camp is the only event.
    expect(await screen.findByRole('button', { name: 'Pokaż listę: Wizyty przyjazdowe (1)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Pokaż listę: Wizyty wyjazdowe (1)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Pokaż listę: Wydarzenia (1)' })).toBeTruthy();
    expect(within(visitsTable()).getAllByRole('row').map(shownText)).toEqual([
      'PartnerPrzyjazdoweWyjazdowe',
      'Duclair11',
      'Ronnenberg01',
      'Razem11',
    ]);

    await user.click(screen.getByRole('button', { name: 'Cały rok' }));
    await ready(`${Y}-01-01/${Y}-12-31`);
    expect(await screen.findByRole('button', { name: 'Pokaż listę: Wizyty przyjazdowe (2)' })).toBeTruthy();
  });

  it('shows another year typed into the year field', async () => {
    const { user, ready } = await openReport();
    const year = screen.getByLabelText('Rok');
    await user.clear(year);
    await user.type(year, String(Y - 1));
    await ready(`${Y - 1}-01-01/${Y - 1}-12-31`);
    expect(within(visitsTable()).getAllByRole('row').map(shownText)).toEqual([
      'PartnerPrzyjazdoweWyjazdowe',
      'Ronnenberg10',
      'Razem10',
    ]);
    expect(screen.queryByRole('button', { name: /Wizyty wyjazdowe/ })).toBeNull();
  });

  it('names the municipality above the figures once the office has a profile, and only the period before', async () => {
    const first = await openReport();
    expect(await screen.findByText(`Okres 01.01.${Y} – 31.12.${Y}`)).toBeTruthy();
    first.view.unmount();
    await writeSetting(homeTownSetting, { name: 'Tczew', country: 'PL' });
    await openReport();
    expect(await screen.findByText(`Tczew: okres 01.01.${Y} – 31.12.${Y}`)).toBeTruthy();
  });
});
