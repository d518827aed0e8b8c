import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ListsTab } from '../../../renderer/features/exchanges/ListsTab';
import type { CampContext } from '../../../renderer/features/exchanges/context';
import { changeLanguage } from '../../../renderer/i18n';
import { renderInApp } from '../../helpers/render';
import { person } from '../../unit/exchanges/fixtures';

const given = { givenOn: '2020-05-01', givenBy: 'Ewa Nowak' };
const ctx: CampContext = {
  eventId: 'camp',
  occurrence: '2020-07-10',
  occ: {
    eventId: 'camp',
    key: '2020-07-10',
    start: '2020-07-10',
    end: '2020-07-20',
    title: 'Obóz w Swarzędzu',
    cancelled: false,
  },
  participants: [
    person({ firstName: 'Ola', lastName: 'Zgodna', medicalNotes: 'astma', consents: { medical: given } }),
    person({ firstName: 'Iga', lastName: 'Bezzgody', medicalNotes: 'cukrzyca' }),
    person({
      firstName: 'Jan',
      lastName: 'Wycofał',
      medicalNotes: 'padaczka',
      consents: { medical: { ...given, withdrawnOn: '2020-06-01' } },
    }),
    person({ firstName: 'Piotr', lastName: 'Zdrowy' }),
    person({ firstName: 'Kasia', lastName: 'Glutenowa', dietaryNotes: 'celiakia' }),
  ],
  rooms: [],
  town: () => ({ name: 'Swarzędz', country: 'PL' }),
  towns: [],
  minorsPerAdult: 10,
  issues: [],
};

describe('the insurer list with sensitive data', () => {
  it('says how many people lose their diet and medical notes for want of consent, and who, in Polish and English', async () => {
    const user = userEvent.setup();
    renderInApp(<ListsTab {...ctx} />);
    expect(screen.queryByText(/Bez diety i informacji medycznych/)).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Dołącz dane wrażliwe (dieta, zdrowie)' }));
    expect(
      screen.getByText(
        'Bez diety i informacji medycznych: 3 osoby. Nie mają zgody na udostępnienie informacji medycznych albo została wycofana.',
      ),
    ).toBeTruthy();
    expect(screen.getByText('Bezzgody Iga, Wycofał Jan, Glutenowa Kasia')).toBeTruthy();

    await changeLanguage('en');
    try {
      expect(
        await screen.findByText(
          'Diet and medical information left out for 3 people: there is no consent to share medical information, or it was withdrawn.',
        ),
      ).toBeTruthy();
    } finally {
      await changeLanguage('pl');
    }
  });
});
