// The date input: typed DD.MM.RRRR in Polish and DD/MM/YYYY in English, a calendar in the app's language.
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { DateField } from '../../../renderer/app/DateField';
import { changeLanguage } from '../../../renderer/i18n';
import { renderInApp } from '../../helpers/render';

afterEach(async () => {
  await changeLanguage('pl');
});

function Harness({ initial = '' }: { initial?: string }) {
  const [value, setValue] = useState(initial);
  return (
    <>
      <DateField label="Data" value={value} onChange={(e) => setValue(e.currentTarget.value)} />
      <output aria-label="stored">{value}</output>
    </>
  );
}

describe('the date field', () => {
  it('shows a stored date in the short Polish form and stores what is typed as DD.MM.RRRR', async () => {
    const user = userEvent.setup();
    renderInApp(<Harness initial="2027-07-10" />);
    const input = screen.getByRole('textbox', { name: 'Data' });
    expect(input).toHaveProperty('value', '10.07.2027');
    expect(input.getAttribute('placeholder')).toBe('DD.MM.RRRR');

    await user.clear(input);
    await user.type(input, '8.8.2027');
    expect(screen.getByLabelText('stored').textContent).toBe('2027-08-08');
    await user.tab();
    expect(input).toHaveProperty('value', '08.08.2027');
  });

  it('keeps text that is not a date as typed, so the form can say what is wrong', async () => {
    const user = userEvent.setup();
    renderInApp(<Harness />);
    const input = screen.getByRole('textbox', { name: 'Data' });
    await user.type(input, '31.02.2027');
    expect(screen.getByLabelText('stored').textContent).toBe('31.02.2027');
    await user.tab();
    expect(input).toHaveProperty('value', '31.02.2027');
  });

  it('opens a calendar in Polish whose day sets the date', async () => {
    const user = userEvent.setup();
    renderInApp(<Harness initial="2027-07-10" />);
    await user.click(screen.getByRole('button', { name: 'Wybierz datę z kalendarza' }));
    const grid = await screen.findByRole('grid', { name: /lipiec 2027/ });
    expect(within(grid).getByText('pon')).toBeTruthy();
    await user.click(within(grid).getByRole('button', { name: /piątek, 23 lipca 2027/ }));
    expect(screen.getByLabelText('stored').textContent).toBe('2027-07-23');
    expect(screen.getByRole('textbox', { name: 'Data' })).toHaveProperty('value', '23.07.2027');
  });

  it('follows the app’s language, not the system’s: English shows DD/MM/YYYY and an English calendar', async () => {
    const user = userEvent.setup();
    await act(() => changeLanguage('en'));
    renderInApp(<Harness initial="2027-07-10" />);
    const input = screen.getByRole('textbox', { name: 'Data' });
    expect(input).toHaveProperty('value', '10/07/2027');
    await user.clear(input);
    await user.type(input, '23/07/2027');
    expect(screen.getByLabelText('stored').textContent).toBe('2027-07-23');
    await user.click(screen.getByRole('button', { name: 'Pick a date from the calendar' }));
    const grid = await screen.findByRole('grid', { name: /July 2027/ });
    expect(within(grid).getByRole('button', { name: /Friday, 23 July 2027, selected/ })).toBeTruthy();
  });
});
