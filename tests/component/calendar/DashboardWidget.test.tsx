// The dashboard's week card: an overdue task shows with the overdue badge and its date, and opens its record.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useParams } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/calendar/dates';
import { formatDate } from '../../../shared/i18n/dates';
import { todayIso } from '../../../renderer/app/today';
import { savePartner } from '../../../renderer/db/repositories/partners';
import { saveTask, setTaskDone } from '../../../renderer/db/repositories/tasks';
import { saveVisit } from '../../../renderer/db/repositories/visits';
import { HomePage } from '../../../renderer/features/home/HomePage';
import { freshDatabase } from '../../helpers/db';
import { renderInApp } from '../../helpers/render';

/** The card's long date, e.g. “14 listopada 2026”. */
const long = (iso: string) => formatDate(iso, 'pl', 'long');

function VisitStandIn() {
  return <p>Strona wizyty {useParams().visitId}</p>;
}

beforeEach(async () => {
  await freshDatabase();
});

describe('the week card on the dashboard', () => {
  it('shows an overdue follow-up with the overdue badge and opens its visit; done and later tasks stay off', async () => {
    const user = userEvent.setup();
    const partner = await savePartner({
      name: 'Ronnenberg',
      country: 'DE',
      relationKind: 'partnership',
      status: 'active',
    });
    const visit = await saveVisit({
      direction: 'incoming',
      partnerIds: [partner.id],
      title: 'Delegacja z Ronnenbergu',
      start: addDays(todayIso(), -40),
      end: addDays(todayIso(), -38),
      status: 'done',
    });
    const due = addDays(todayIso(), -12);
    await saveTask({ title: 'Wysłać podziękowania', due, visitId: visit.id, partnerId: partner.id });
    const done = await saveTask({ title: 'Rozliczyć delegację', due, visitId: visit.id });
    await setTaskDone(done.id, true);
    await saveTask({ title: 'Zaplanować rewizytę', due: addDays(todayIso(), 30), visitId: visit.id });
    renderInApp(
      <Routes>
        <Route path="/" element={<HomePage />} />
        <Route path="/visits/:visitId" element={<VisitStandIn />} />
      </Routes>,
    );

    const card = await screen.findByRole('region', { name: 'Najbliższe 7 dni' }, { timeout: 10_000 });
    const list = await within(card).findByRole('list', { name: 'Zadania do wykonania' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]!.textContent).toBe(`Wysłać podziękowania po terminie ${long(due)}`);
    expect(within(items[0]!).getByText('po terminie')).toBeTruthy();

    await user.click(within(items[0]!).getByRole('link', { name: 'Wysłać podziękowania' }));
    expect(await screen.findByText(`Strona wizyty ${visit.id}`)).toBeTruthy();
  });
});
