// The partner and contact forms check their entity's draft schema as the user types: every message is in the
// user's language, never a field path or the schema library's own words.
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

/** No field path (`legalBasis.signedDate`, `areas.0`) and none of zod's own English words reach the page. */
function expectNoRawMessages() {
  const text = document.body.textContent ?? '';
  expect(text).not.toMatch(/legalBasis|areas\.\d|funding\.\d|languages\.\d|Too (big|small)|Invalid input|expected/);
}

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

  it('says an own area that is too long in words by its field, in either language', async () => {
    await freshDatabase();
    const user = userEvent.setup();
    renderInApp(<PartnerForm onSaved={() => undefined} onCancel={() => undefined} />);
    const own = screen
      .getAllByLabelText('Inne obszary')
      .find((e): e is HTMLInputElement => e instanceof HTMLInputElement && e.type !== 'hidden')!;
    await user.click(own);
    await user.paste('W'.repeat(101));
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Za długi tekst')).toBeTruthy();
    expect(own.getAttribute('aria-invalid')).toBe('true');
    expectNoRawMessages();

    await changeLanguage('en');
    expect(await screen.findByText('Text too long')).toBeTruthy();
    expect(await listPartners()).toEqual([]);
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
    expectNoRawMessages();
  });

  it('requires a name once the field was emptied, and refuses one longer than the contact schema allows', async () => {
    await freshDatabase();
    const user = userEvent.setup();
    renderInApp(<ContactForm partnerId="p1" onDone={() => undefined} />);
    const name = screen.getByRole('textbox', { name: /Imię i nazwisko/ });
    await user.type(name, 'A');
    await user.clear(name);
    expect(await screen.findByText('To pole jest wymagane')).toBeTruthy();
    await user.click(name);
    await user.paste('A'.repeat(201));
    expect(await screen.findByText('Za długi tekst')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Zapisz' }));
    expect(screen.getByText('Za długi tekst')).toBeTruthy();
    expectNoRawMessages();
  });
});
