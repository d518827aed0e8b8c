import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../../../renderer/i18n';
import { PartnerForm } from '../../../renderer/features/partners/PartnerForm';
import { ContactForm } from '../../../renderer/features/partners/ContactForm';
import { listPartners } from '../../../renderer/db/repositories/partners';
import { freshDatabase } from '../../helpers/db';
import { renderInApp } from '../../helpers/render';

afterEach(async () => {
  await changeLanguage('pl');
});

describe('partner form', () => {
  it('shows its validation messages in Polish, then in English after the switch, and stores nothing', async () => {
    await freshDatabase();
    const onSaved = vi.fn();
    const user = userEvent.setup();
    renderInApp(<PartnerForm onSaved={onSaved} onCancel={() => undefined} />);
    await user.type(screen.getByRole('textbox', { name: 'Strona internetowa' }), 'not a site');
    expect(await screen.findByText('Podaj adres strony, np. www.ronnenberg.de')).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: 'Liczba mieszkańców' }), '12a');
    expect(await screen.findByText('Podaj liczbę całkowitą nieujemną')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Zapisz' }));
    expect(await screen.findByText('To pole jest wymagane')).toBeTruthy();
    expect(screen.getByText('Wybierz kraj')).toBeTruthy();

    await changeLanguage('en');
    expect(await screen.findByText('This field is required')).toBeTruthy();
    expect(screen.getByText('Enter a web address, e.g. www.ronnenberg.de')).toBeTruthy();
    expect(screen.getByText('Enter a whole number, zero or more')).toBeTruthy();
    expect(screen.getByText('Choose a country')).toBeTruthy();
    expect(screen.queryByText('To pole jest wymagane')).toBeNull();
    expect(onSaved).not.toHaveBeenCalled();
    expect(await listPartners()).toEqual([]);
  });

  it('checks a date as it is typed and an award year', async () => {
    await changeLanguage('en');
    const user = userEvent.setup();
    renderInApp(<PartnerForm onSaved={() => undefined} onCancel={() => undefined} />);
    await user.click(screen.getByRole('button', { name: 'Add award' }));
    await user.type(screen.getByRole('textbox', { name: 'Year' }), '1900');
    expect(await screen.findByText('Enter a year from 1955')).toBeTruthy();
  });
});

describe('contact form', () => {
  it('rejects a malformed e-mail and phone in both languages', async () => {
    await freshDatabase();
    const user = userEvent.setup();
    renderInApp(<ContactForm partnerId="p1" onDone={() => undefined} />);
    await user.type(screen.getByRole('textbox', { name: 'E-mail' }), 'anna@');
    await user.type(screen.getByRole('textbox', { name: 'Telefon' }), 'abc');
    expect(await screen.findByText('Nieprawidłowy adres e-mail')).toBeTruthy();
    expect(screen.getByText('Nieprawidłowy numer telefonu')).toBeTruthy();
    await changeLanguage('en');
    await waitFor(() => expect(screen.getByText('Invalid e-mail address')).toBeTruthy());
  });
});
