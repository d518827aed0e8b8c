import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../shared/export/csv';
import { funderSummary, insurerRows, mayShareMedical, healthNotesWithheld } from '../../../shared/exchanges/lists';
import { validateImport, type ImportContext } from '../../../shared/exchanges/importCsv';
import { person } from './fixtures';

const towns = { home: { name: 'Swarzędz', country: 'PL' }, ronn: { name: 'Ronnenberg', country: 'DE' } } as const;
const town = (ref: string | undefined) => towns[(ref ?? 'home') as keyof typeof towns];
const headers = {
  lastName: 'Nazwisko',
  firstName: 'Imię',
  birthDate: 'Data urodzenia',
  sendingTown: 'Gmina',
  dietaryNotes: 'Dieta',
  medicalNotes: 'Zdrowie',
};

describe('the insurer list', () => {
  it('holds name, birth date and sending town, sorted by surname, without notes unless chosen', () => {
    const list = [
      person({
        firstName: 'Łucja',
        lastName: 'Żak',
        birthDate: '2011-02-03',
        dietaryNotes: 'wegańska',
        consents: { medical: { givenOn: '2027-05-01', givenBy: 'Ewa Żak' } },
      }),
      person({ firstName: 'Jörg', lastName: 'Bäcker', birthDate: '2010-01-01', birthYear: 2010, sendingTown: 'ronn' }),
      person({ lastName: 'Wycofany', status: 'withdrawn' }),
    ];
    expect(insurerRows(list, town, headers)).toEqual([
      ['Nazwisko', 'Imię', 'Data urodzenia', 'Gmina'],
      ['Bäcker', 'Jörg', { date: '2010-01-01' }, 'Ronnenberg'],
      ['Żak', 'Łucja', { date: '2011-02-03' }, 'Swarzędz'],
    ]);
    expect(insurerRows(list, town, headers, '2027-07-01')[2]).toEqual([
      'Żak',
      'Łucja',
      { date: '2011-02-03' },
      'Swarzędz',
      'wegańska',
      '',
    ]);
  });

  it('carries dietary and medical notes only for people whose medical consent is in force on the export day', () => {
    const given = { givenOn: '2027-05-01', givenBy: 'Ewa Nowak' };
    const list = [
      person({ lastName: 'Adamek', medicalNotes: 'astma', dietaryNotes: 'bez orzechów', consents: { medical: given } }),
      person({ lastName: 'Bień', medicalNotes: 'cukrzyca', dietaryNotes: 'bez cukru' }),
      person({
        lastName: 'Cisek',
        medicalNotes: 'padaczka',
        consents: { medical: { ...given, withdrawnOn: '2027-06-15' } },
      }),
      person({
        lastName: 'Dudek',
        medicalNotes: 'alergia na osy',
        consents: { medical: { ...given, withdrawnOn: '2027-08-01' } },
      }),
      person({
        lastName: 'Ekiert',
        medicalNotes: 'okulary',
        consents: { medical: { ...given, givenOn: '2027-07-05' } },
      }),
      person({ lastName: 'Fijał' }),
      person({ lastName: 'Gaweł', dietaryNotes: 'celiakia, bez glutenu' }),
      person({ lastName: 'Wycofana', medicalNotes: 'nie ma jej na liście', status: 'withdrawn' }),
    ];
    const rows = insurerRows(list, town, headers, '2027-07-01');
    expect(rows[0]).toEqual(['Nazwisko', 'Imię', 'Data urodzenia', 'Gmina', 'Dieta', 'Zdrowie']);
    expect(rows.slice(1).map((r) => [r[0], r[4], r[5]])).toEqual([
      ['Adamek', 'bez orzechów', 'astma'],
      // Diet is health data too (allergies, coeliac disease): it follows the same consent.
      ['Bień', '', ''],
      ['Cisek', '', ''],
      ['Dudek', '', 'alergia na osy'],
      ['Ekiert', '', ''],
      ['Fijał', '', ''],
      ['Gaweł', '', ''],
    ]);
    expect(rows.flat().join(' ')).not.toMatch(/cukr|gluten/);
    expect(healthNotesWithheld(list, '2027-07-01').map((p) => p.lastName)).toEqual([
      'Bień',
      'Cisek',
      'Ekiert',
      'Gaweł',
    ]);
    expect(healthNotesWithheld(list, '2027-08-01').map((p) => p.lastName)).toEqual(['Bień', 'Cisek', 'Dudek', 'Gaweł']);
    expect(insurerRows(list, town, headers).flat().join(' ')).not.toMatch(/astma|orzechów|osy/);
  });

  it('takes a consent withdrawn on the export day as no longer in force', () => {
    const p = person({ consents: { medical: { givenOn: '2027-05-01', givenBy: 'Ewa', withdrawnOn: '2027-07-01' } } });
    expect(mayShareMedical(p, '2027-06-30')).toBe(true);
    expect(mayShareMedical(p, '2027-07-01')).toBe(false);
    expect(mayShareMedical(person({ consents: {} }), '2027-07-01')).toBe(false);
  });
});

describe('the funder summary', () => {
  it('counts people per country, age group and role, and person-days', () => {
    const list = [
      person({ birthDate: '2015-08-01', birthYear: 2015 }),
      person({ birthDate: '2012-01-01', birthYear: 2012, sendingTown: 'ronn' }),
      person({ role: 'chaperone', birthDate: '1980-01-01', birthYear: 1980, sendingTown: 'ronn' }),
      person({ status: 'noShow' }),
    ];
    const s = funderSummary(list, '2027-07-10', 11, town);
    expect(s).toMatchObject({ total: 3, days: 11, personDays: 33, byCountry: { PL: 1, DE: 2 } });
    expect(s.byAgeGroup).toEqual({ upTo12: 1, from13to17: 1, from18to25: 0, from26: 1 });
    expect(s.byRole).toEqual({ participant: 2, chaperone: 1, leader: 0 });
  });
});

const ctx: ImportContext = {
  eventId: 'camp',
  occurrence: '2027-07-10',
  firstDay: '2027-07-10',
  columnNames: {
    lastName: ['Nazwisko'],
    firstName: ['Imię'],
    birthDate: ['Data urodzenia'],
    role: ['Rola'],
    sendingTown: ['Gmina wysyłająca'],
    guardianName: ['Rodzic lub opiekun prawny'],
    guardianPhone: ['Telefon rodzica'],
    travelDocumentExpiry: ['Dokument ważny do'],
    parentalConsentOn: ['Zgoda rodzica – data'],
    parentalConsentBy: ['Zgoda rodzica – kto'],
    imageConsentOn: ['Zgoda na wizerunek – data'],
    imageConsentBy: ['Zgoda na wizerunek – kto'],
    medicalConsentOn: ['Zgoda medyczna – data'],
    medicalConsentBy: ['Zgoda medyczna – kto'],
  },
  roleNames: { participant: ['uczestnik'], chaperone: ['opiekun'], leader: ['kierownik'] },
  towns: [
    { ref: 'home', name: 'Swarzędz' },
    { ref: 'ronn', name: 'Ronnenberg' },
  ],
};

describe('importing participants from CSV', () => {
  it('reads Polish headers, dotted dates and consents into drafts', () => {
    const csv = readCsv(
      'Nazwisko;Imię;Data urodzenia;Rola;Gmina wysyłająca;Rodzic lub opiekun prawny;Telefon rodzica;Zgoda rodzica – data;Zgoda rodzica – kto\r\n' +
        'Żółć;Łucja;3.2.2013;uczestnik;swarzędz;Ewa Żółć;tel. 600;;\r\n' +
        'Żółć;Jan;2013-02-03;Uczestnik;Ronnenberg;Ewa Żółć;+48 600 100 200;01.05.2027;Ewa Żółć\r\n',
    );
    const result = validateImport(csv, ctx);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([{ line: 2, column: 'guardianPhone', code: 'phone' }]);
    expect(result.drafts[1]).toMatchObject({
      firstName: 'Jan',
      sendingTown: 'ronn',
      consents: { parental: { givenOn: '2027-05-01', givenBy: 'Ewa Żółć' } },
    });
  });

  it('names every bad line and column and accepts a clean file', () => {
    const bad = readCsv(
      'lastName;firstName;birthDate;role;sendingTown\r\nA;B;2027-02-30;kapitan;Paris\r\n;C;2000-01-01;leader;Swarzędz\r\nD;E;2013-01-01;participant;Swarzędz\r\n',
    );
    const result = validateImport(bad, ctx);
    expect(result.ok ? [] : result.errors).toEqual([
      { line: 2, column: 'birthDate', code: 'date' },
      { line: 2, column: 'role', code: 'role' },
      { line: 2, column: 'sendingTown', code: 'town' },
      { line: 3, column: 'lastName', code: 'required' },
      { line: 4, column: 'guardianName', code: 'guardian' },
    ]);
    const good = validateImport(
      readCsv('lastName;firstName;birthDate;role;sendingTown\r\nKowal;Ola;1990-01-01;leader;Swarzędz\r\n'),
      ctx,
    );
    expect(good).toMatchObject({ ok: true, drafts: [{ lastName: 'Kowal', role: 'leader', birthYear: 1990 }] });
  });

  it('keeps the name each line gives, as read, when the line or the header is wrong', () => {
    const bad = readCsv(
      'lastName;firstName;birthDate;role;sendingTown\r\n Nowak ;Bartosz;31.02.2012;participant;Swarzędz\r\n;Ewa;2000-01-01;leader;Swarzędz\r\n',
    );
    expect(validateImport(bad, ctx)).toMatchObject({
      ok: false,
      names: [
        { lastName: 'Nowak', firstName: 'Bartosz' },
        { lastName: '', firstName: 'Ewa' },
      ],
    });
    expect(validateImport(readCsv('Nazwisko;Imię\r\nA;B\r\n'), ctx)).toMatchObject({
      ok: false,
      names: [{ lastName: 'A', firstName: 'B' }],
    });
    expect(validateImport(readCsv('Imię;Rola\r\nB;leader\r\n'), ctx)).toMatchObject({
      ok: false,
      names: [{ lastName: '', firstName: 'B' }],
    });
  });

  it('reads a file with mixed line ends line by line and names a NUL byte as the cause on its own line', () => {
    const csv = readCsv(
      'lastName;firstName;birthDate;role;sendingTown\r\n' +
        'Kowal;Ola;1990-01-01;leader;Swarzędz\n' +
        'Nowak;Ewa\u0000;1988-03-04;chaperone;Swarzędz\r' +
        'Lis;Jan;1985-05-06;leader;Ronnenberg;Ronnenberg\r\n',
    );
    expect(csv.rows).toHaveLength(3);
    const result = validateImport(csv, ctx);
    expect(result.ok ? [] : result.errors).toEqual([
      { line: 3, code: 'controlChars', count: 1 },
      { line: 4, code: 'extraCells', count: 1 },
    ]);
    expect(result.ok ? [] : result.names.map((n) => n.lastName)).toEqual(['Kowal', 'Nowak', 'Lis']);
  });

  it('names a damaged header as the cause, besides the columns it then lacks', () => {
    const result = validateImport(readCsv('lastName;firstName;birth\u0000Date;role;sendingTown\r\nA;B;C;D;E\r\n'), ctx);
    expect(result.ok ? [] : result.errors).toEqual([
      { line: 1, code: 'controlChars', count: 1 },
      { line: 1, column: 'birthDate', code: 'columnMissing' },
    ]);
  });

  it('refuses a file without the required columns', () => {
    expect(validateImport(readCsv('Nazwisko;Imię\r\nA;B\r\n'), ctx)).toMatchObject({
      ok: false,
      errors: [
        { line: 1, column: 'birthDate', code: 'columnMissing' },
        { line: 1, column: 'role', code: 'columnMissing' },
        { line: 1, column: 'sendingTown', code: 'columnMissing' },
      ],
    });
  });
});
