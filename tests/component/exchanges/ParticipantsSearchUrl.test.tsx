// The participants' search stays in the address: a person's page and its link back to the camp keep it.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { CampPage } from '../../../renderer/features/exchanges/CampPage';
import { PersonPage } from '../../../renderer/features/exchanges/PersonPage';
import { renderInApp } from '../../helpers/render';
import { adult, CAMP_TITLE, EDITION, exampleCamp, registerPeople } from './campSetup';

function Where() {
  const location = useLocation();
  return <output aria-label="adres">{location.pathname + location.search}</output>;
}

describe('the participants’ search', () => {
  it('is kept in the address and comes back with the link from a person’s page to the camp', async () => {
    const { eventId } = await exampleCamp();
    await registerPeople([adult(eventId, 'Anna', 'Kowalska'), adult(eventId, 'Ola', 'Nowakowska')]);
    renderInApp(
      <>
        <Routes>
          <Route path="/exchanges/:eventId/:occurrence" element={<CampPage />} />
          <Route path="/exchanges/person/:participantId" element={<PersonPage />} />
        </Routes>
        <Where />
      </>,
      `/exchanges/${eventId}/${EDITION}?tab=participants`,
    );
    await screen.findByRole('heading', { name: CAMP_TITLE, level: 1 });
    const user = userEvent.setup();
    await user.type(screen.getByRole('textbox', { name: 'Filtruj uczestników' }), 'Nowakowska');
    const table = screen.getByRole('table', { name: 'Uczestnicy obozu' });
    expect(
      within(table)
        .getAllByRole('link', { name: /^(Kowalska|Nowakowska) / })
        .map((a) => a.textContent),
    ).toEqual(['Nowakowska Ola']);
    expect(screen.getByLabelText('adres').textContent).toContain('q=Nowakowska');

    await user.click(within(table).getByRole('link', { name: 'Dane osoby: Ola Nowakowska' }));
    await user.click(await screen.findByRole('link', { name: 'Wróć do obozu' }));
    await screen.findByRole('heading', { name: CAMP_TITLE, level: 1 });
    expect(screen.getByRole('textbox', { name: 'Filtruj uczestników' })).toHaveProperty('value', 'Nowakowska');
    expect(
      within(screen.getByRole('table', { name: 'Uczestnicy obozu' }))
        .getAllByRole('link', { name: /^(Kowalska|Nowakowska) / })
        .map((a) => a.textContent),
    ).toEqual(['Nowakowska Ola']);
  });
});
