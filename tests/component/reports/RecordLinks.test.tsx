// Every figure of the report opens exactly the records it counts: table cells, totals, summary cards and amounts.
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReportsPage } from '../../../renderer/features/reports/ReportsPage';
import { changeLanguage } from '../../../renderer/i18n';
import { freshDatabase } from '../../helpers/db';
import { renderInApp } from '../../helpers/render';
import { seedReport, Y } from './reportData';
import { useFixedToday } from '../../helpers/clock';

useFixedToday(`${Y}-11-26`);

beforeEach(async () => {
  await freshDatabase();
  await seedReport();
});

afterEach(async () => {
  await changeLanguage('pl');
});

async function openReport() {
  const user = userEvent.setup();
  const view = renderInApp(<ReportsPage />);
  await waitFor(() =>
    expect(view.container.querySelector(`[data-report-ready="${Y}-01-01/${Y}-12-31"]`)).not.toBeNull(),
  );
  return user;
}

/** Clicks the figure named `name` and returns the names of the records its list shows, then closes the list. */
async function recordsBehind(user: UserEvent, name: string | RegExp): Promise<string[]> {
  await user.click(await screen.findByRole('button', { name }));
  const dialog = await screen.findByRole('dialog');
  const links = await within(dialog).findAllByRole('link');
  const names = links.map((l) => l.textContent ?? '').sort();
  await user.keyboard('{Escape}');
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  return names;
}

const IN_R = `${Y}-05-12 · Przyjazd z Ronnenbergu`;
const OUT = `${Y}-09-01 · Wyjazd do Ronnenbergu i Duclair`;
const IN_D = `${Y}-10-03 · Przyjazd z Duclair`;

describe('the report’s record links', () => {
  it('opens incoming visits from the incoming count, outgoing from the outgoing count, all of them from the totals', async () => {
    const user = await openReport();
    const table = 'Pokaż listę: Wizyty delegacji według partnera';
    expect(await recordsBehind(user, `${table} – Ronnenberg, Przyjazdowe (1)`)).toEqual([IN_R]);
    expect(await recordsBehind(user, `${table} – Ronnenberg, Wyjazdowe (1)`)).toEqual([OUT]);
    expect(await recordsBehind(user, `${table} – Duclair, Przyjazdowe (1)`)).toEqual([IN_D]);
    expect(await recordsBehind(user, `${table} – Razem, Przyjazdowe (2)`)).toEqual([IN_R, IN_D]);
    expect(await recordsBehind(user, `${table} – Razem, Wyjazdowe (1)`)).toEqual([OUT]);
  });

  it('opens the records behind each summary card', async () => {
    const user = await openReport();
    expect(await recordsBehind(user, 'Pokaż listę: Aktywni partnerzy (2)')).toEqual(['Duclair', 'Ronnenberg']);
    expect(await recordsBehind(user, 'Pokaż listę: Wydarzenia (3)')).toEqual([
      `${Y}-05-09 · Dni Europy`,
      `${Y}-07-10 · Obóz młodzieży`,
      `${Y}-11-20 · Konferencja miast`,
    ]);
    expect(await recordsBehind(user, 'Pokaż listę: Wizyty przyjazdowe (2)')).toEqual([IN_R, IN_D]);
    expect(await recordsBehind(user, 'Pokaż listę: Wizyty wyjazdowe (1)')).toEqual([OUT]);
    expect(await recordsBehind(user, 'Pokaż listę: Uczestnicy wymian (2)')).toEqual(['Marie Dubois', 'Ola Nowak']);
  });

  it('opens the visits whose cost lines make up each amount, per category, programme and currency total', async () => {
    const user = await openReport();
    // Hotel in PLN: 1200 at the incoming visit + 300 at the outgoing one; last year's 999 is not counted.
    expect(await recordsBehind(user, /^Pokaż listę: Koszty według kategorii – hotel, PLN \(1\s500,00\szł\)$/)).toEqual([
      IN_R,
      OUT,
    ]);
    expect(await recordsBehind(user, /^Pokaż listę: Koszty według kategorii – travel, EUR \(150,00\s€\)$/)).toEqual([
      OUT,
    ]);
    expect(
      await recordsBehind(
        user,
        /^Pokaż listę: Koszty według programu finansowania – bez przypisania, PLN \(1\s500,00\szł\)$/,
      ),
    ).toEqual([IN_R, OUT]);
    expect(await recordsBehind(user, /^Pokaż listę: Koszty razem \(w walutach\) – PLN \(1\s500,00\szł\)$/)).toEqual([
      IN_R,
      OUT,
    ]);
    expect(await recordsBehind(user, /^Pokaż listę: Koszty razem \(w walutach\) – EUR \(150,00\s€\)$/)).toEqual([OUT]);
    // The currency itself is a label, not a figure.
    const totals = screen.getByRole('region', { name: 'Koszty razem (w walutach)' });
    expect(within(totals).queryByRole('button', { name: /^PLN$/ })).toBeNull();
  });

  it('opens events and participants from every count of their tables', async () => {
    const user = await openReport();
    expect(await recordsBehind(user, 'Pokaż listę: Wydarzenia według partnera – Duclair (2)')).toEqual([
      `${Y}-07-10 · Obóz młodzieży`,
      `${Y}-11-20 · Konferencja miast`,
    ]);
    expect(await recordsBehind(user, 'Pokaż listę: Wydarzenia według rodzaju – Dni Europy / festyn (1)')).toEqual([
      `${Y}-05-09 · Dni Europy`,
    ]);
    expect(await recordsBehind(user, 'Pokaż listę: Uczestnicy według kraju – Francja (1)')).toEqual(['Marie Dubois']);
    expect(await recordsBehind(user, 'Pokaż listę: Gminy partnerskie – Aktywne (2)')).toEqual([
      'Duclair',
      'Ronnenberg',
    ]);
  });

  it('names the figures’ links in English in the English interface', async () => {
    await changeLanguage('en');
    const user = await openReport();
    expect(await recordsBehind(user, 'Show the list: Delegation visits by partner – Ronnenberg, Incoming (1)')).toEqual(
      [IN_R],
    );
    expect(await recordsBehind(user, 'Show the list: Delegation visits by partner – Total, Outgoing (1)')).toEqual([
      OUT,
    ]);
    expect(await recordsBehind(user, 'Show the list: Incoming visits (2)')).toEqual([IN_R, IN_D]);
    expect(await recordsBehind(user, /^Show the list: Total costs \(per currency\) – PLN \(PLN\s1,500\.00\)$/)).toEqual(
      [IN_R, OUT],
    );
  });
});
