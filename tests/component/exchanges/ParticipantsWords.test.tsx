// The participants of a camp as the table names them: surname first and said so, consent words that fit an adult,
// status words that fit anyone — in Polish and English.
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { changeLanguage } from '../../../renderer/i18n';
import { adult, exampleCamp, openCamp, registerPeople } from './campSetup';

async function campWithAdultAndMinor() {
  const { eventId } = await exampleCamp();
  await registerPeople([
    adult(eventId, 'Anna', 'Kowalska', { status: 'registered' }),
    adult(eventId, 'Ola', 'Nowak', {
      birthDate: '2014-03-02',
      birthYear: 2014,
      role: 'participant',
      status: 'confirmed',
      guardianName: 'Maria Nowak',
      guardianPhone: '+48 600 100 200',
    }),
  ]);
  await openCamp(eventId, 'participants');
  return screen.getByRole('table', { name: /^(Uczestnicy obozu|Camp participants)$/ });
}

const rowOf = (table: HTMLElement, surname: string) =>
  within(table)
    .getByRole('link', { name: new RegExp(`^${surname} `) })
    .closest('tr')!;
const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('the camp’s participants table', () => {
  afterEach(async () => {
    await changeLanguage('pl');
  });

  it('names the surname-first order in its header and sort, marks an adult’s parental consent as not applicable, and uses status words that fit anyone', async () => {
    const table = await campWithAdultAndMinor();
    const header = within(table).getByRole('columnheader', { name: 'Nazwisko i imię' });
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(header.getAttribute('title')).toBe('Posortowano według nazwiska');
    // Kowalska before Nowak: by surname, and shown surname first.
    expect(
      within(table)
        .getAllByRole('link', { name: /^(Kowalska|Nowak) / })
        .map((a) => a.textContent),
    ).toEqual(['Kowalska Anna', 'Nowak Ola']);
    const kowalska = cells(rowOf(table, 'Kowalska'));
    const nowak = cells(rowOf(table, 'Nowak'));
    // Name, age, role, town, status, parental consent, image consent, record.
    expect([kowalska[4], kowalska[5]]).toEqual(['zgłoszenie', 'nie dotyczy']);
    expect(within(rowOf(table, 'Kowalska')).getByText('nie dotyczy').getAttribute('title')).toBe(
      'Osoba pełnoletnia w dniu rozpoczęcia obozu: zgoda rodzica nie jest potrzebna',
    );
    // A minor without consent still shows that none is given.
    expect([nowak[4], nowak[5]]).toEqual(['udział potwierdzony', 'brak']);
    // Every status in the table (the example camp's people too) is one of the words that fit anyone.
    const statuses = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => cells(r)[4]);
    const anyone = ['zgłoszenie', 'udział potwierdzony', 'obecność', 'nieobecność', 'rezygnacja'];
    expect(statuses.filter((s) => !anyone.includes(s!))).toEqual([]);
  });

  it('says the same in English', async () => {
    await changeLanguage('en');
    const table = await campWithAdultAndMinor();
    expect(within(table).getByRole('columnheader', { name: 'Surname, first name' }).title).toBe('Sorted by surname');
    expect(cells(rowOf(table, 'Kowalska')).slice(4, 6)).toEqual(['registered', 'not applicable']);
    expect(cells(rowOf(table, 'Nowak')).slice(4, 6)).toEqual(['confirmed', 'none']);
  });
});
