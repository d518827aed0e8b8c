// The gift form checks the gift's draft as the user types, like the other visit forms: a message appears by the
// field once it was touched, every message once Save was pressed, in the user's language, and nothing is stored.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../renderer/db/db';
import { savePartner } from '../../../renderer/db/repositories/partners';
import { createVisit } from '../../../renderer/db/repositories/visits';
import { GiftForm } from '../../../renderer/features/visits/GiftForm';
import { changeLanguage } from '../../../renderer/i18n';
import { freshDatabase } from '../../helpers/db';
import { renderInApp } from '../../helpers/render';

afterEach(async () => {
  await changeLanguage('pl');
});

async function visitOfDuclair() {
  await freshDatabase();
  const town = await savePartner({ name: 'Duclair', country: 'FR', relationKind: 'partnership', status: 'active' });
  const visit = await createVisit({
    direction: 'incoming',
    partnerIds: [town.id],
    title: 'Delegacja z Duclair',
    start: '2027-05-12',
    end: '2027-05-13',
    status: 'planned',
  });
  return { town, visit };
}

describe('the gift form', () => {
  it('says a wrong currency as it is typed and an emptied description when the field is left empty', async () => {
    const { town, visit } = await visitOfDuclair();
    const onDone = vi.fn();
    const user = userEvent.setup();
    renderInApp(<GiftForm visit={visit} partnerOptions={[{ value: town.id, label: 'Duclair' }]} onDone={onDone} />);
    expect(screen.queryByText('To pole jest wymagane')).toBeNull();

    const description = screen.getByRole('textbox', { name: /Opis/ });
    await user.type(description, 'Album');
    await user.clear(description);
    expect(await screen.findByText('To pole jest wymagane')).toBeTruthy();

    await user.type(screen.getByRole('textbox', { name: /Wartość/ }), '120');
    const currency = screen.getByRole('textbox', { name: 'Waluta' });
    await user.clear(currency);
    await user.type(currency, 'E1');
    expect(await screen.findByText('Podaj kod waluty, np. PLN')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/value\.currency|Invalid|Too small|expected/);

    await changeLanguage('en');
    expect(await screen.findByText('Enter a currency code, e.g. EUR')).toBeTruthy();
    expect(screen.getByText('This field is required')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onDone).not.toHaveBeenCalled();
    expect(await db.gifts.count()).toBe(0);
  });

  it('shows every message once Save is pressed on an untouched form, and saves once they are fixed', async () => {
    const { town, visit } = await visitOfDuclair();
    const onDone = vi.fn();
    const user = userEvent.setup();
    renderInApp(<GiftForm visit={visit} partnerOptions={[{ value: town.id, label: 'Duclair' }]} onDone={onDone} />);
    await user.click(screen.getByRole('button', { name: 'Zapisz' }));
    expect(await screen.findByText('To pole jest wymagane')).toBeTruthy();
    expect(await db.gifts.count()).toBe(0);

    await user.type(screen.getByRole('textbox', { name: /Opis/ }), 'Album o Swarzędzu');
    expect(screen.queryByText('To pole jest wymagane')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Zapisz' }));
    await vi.waitFor(() => expect(onDone).toHaveBeenCalled());
    expect((await db.gifts.toArray()).map((g) => g.description)).toEqual(['Album o Swarzędzu']);
  });
});
