import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { changeLanguage } from '../../../renderer/i18n';
import { platform } from '../../../renderer/platform';
import { serveFile, type FileWork } from '../../../renderer/app/fileSession';
import type { ParticipantRun, WorkerReply, WorkerRequest } from '../../../renderer/features/exchanges/csvBackground';
import { participantCsvWork } from '../../../renderer/features/exchanges/csvWork';
import { ok } from '../../../shared/result';
import { fakeWorker } from '../../helpers/fakeWorker';
import { exampleCamp, openCamp } from './campSetup';

/** While `held` is set, the check waits for it: the test sees the reading state as long as it needs. */
const gate = vi.hoisted(() => ({ held: undefined as Promise<void> | undefined }));
vi.mock('../../../renderer/features/exchanges/csvWork', async (importOriginal) => {
  const real = await importOriginal<{ participantCsvWork: FileWork<ParticipantRun, WorkerReply> }>();
  return {
    participantCsvWork: async (request: WorkerRequest, post: (reply: WorkerReply) => void, alive?: () => boolean) => {
      await gate.held;
      await real.participantCsvWork(request, post, alive);
    },
  };
});

afterEach(() => {
  gate.held = undefined;
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const HEADER =
  'Nazwisko;Imię;Data urodzenia;Rola;Gmina wysyłająca;Rodzic lub opiekun prawny;Telefon rodzica lub opiekuna';

const utf8 = (lines: string[]) => new TextEncoder().encode(lines.join('\r\n'));

/** What Excel saves as "CSV" on a Polish Windows: Windows-1250, here for the letters the test uses. */
const CP1250: Record<string, number> = {
  ą: 0xb9,
  ć: 0xe6,
  ę: 0xea,
  ł: 0xb3,
  ń: 0xf1,
  ó: 0xf3,
  ś: 0x9c,
  ź: 0x9f,
  ż: 0xbf,
  Ż: 0xaf,
  Ł: 0xa3,
  Ś: 0x8c,
};
const cp1250 = (lines: string[]) => Uint8Array.from([...lines.join('\r\n')].map((c) => CP1250[c] ?? c.charCodeAt(0)));

async function chooseFile(user: UserEvent, fileName: string, data: Uint8Array) {
  vi.spyOn(platform, 'openFile').mockResolvedValueOnce(ok({ fileName, data }));
  await user.click(screen.getByRole('button', { name: 'Wybierz plik CSV' }));
  return screen.findByRole('alert', { name: fileName });
}

/** Each preview row as [line, name, errors]. */
function preview(dialog: HTMLElement, language: 'pl' | 'en' = 'pl') {
  const table = within(dialog).getByRole('table', { name: language === 'pl' ? 'Podgląd importu' : 'Import preview' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => {
      const cells = within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent);
      return [cells[0], cells[1], cells[5]];
    });
}

async function openImport(user: UserEvent) {
  await user.click(screen.getByRole('button', { name: 'Importuj z CSV' }));
  return screen.findByRole('dialog', { name: 'Import uczestników z pliku CSV' });
}

describe('importing participants from CSV', () => {
  it('shows every bad line with its reason, in Polish and English, and stores nothing', async () => {
    const { db, eventId } = await exampleCamp();
    const user = userEvent.setup();
    await openCamp(eventId, 'participants');
    const dialog = await openImport(user);

    const alert = await chooseFile(
      user,
      'zgłoszenia.csv',
      utf8([
        HEADER,
        'Kowalska;Anna;1990-01-01;opiekun;Swarzędz;;',
        'Nowak;Bartosz;31.02.2012;uczestnik;Swarzędz;Ewa Nowak;+48 600 100 200',
        'Wiśniewska;Celina;2011-05-05;pływak;Berlin;Jan Wiśniewski;+48 600 100 201',
        'Zieliński;Dawid;2013-03-03;uczestnik;Ronnenberg;;',
        ';Ewa;2000-01-01;kierownik;Duclair;;',
        'Lis;Olga;2012-06-06;uczestnik;Duclair;Piotr Lis;dzwoń wieczorem',
      ]),
    );
    expect(alert.textContent).toContain(
      'Plik ma 6 błędów. Popraw je i wczytaj plik ponownie; nic nie zostało zapisane.',
    );
    expect(preview(dialog)).toEqual([
      ['2', 'Kowalska Anna', ''],
      // A bad line still names whom it is about, as the file spells it, whatever else is wrong with it.
      ['3', 'Nowak Bartosz', 'Data urodzenia: nieprawidłowa data (DD.MM.RRRR lub RRRR-MM-DD)'],
      [
        '4',
        'Wiśniewska Celina',
        'Rola: nieznana rola (uczestnik, opiekun, kierownik); Gmina wysyłająca: nieznana gmina: wpisz gminę macierzystą lub partnerską z rejestru',
      ],
      [
        '5',
        'Zieliński Dawid',
        'Rodzic lub opiekun prawny: osoba niepełnoletnia: podaj rodzica lub opiekuna i jego telefon',
      ],
      ['6', 'Ewa', 'Nazwisko: brak wartości'],
      ['7', 'Lis Olga', 'Telefon rodzica lub opiekuna: nieprawidłowy numer telefonu'],
    ]);
    // All or nothing: the one good line cannot be imported on its own.
    const confirm = within(dialog).getByRole('button', { name: 'Importuj 0 osób' });
    expect(confirm).toHaveProperty('disabled', true);

    await changeLanguage('en');
    try {
      await within(dialog).findByText('The file has 6 errors. Fix them and load the file again; nothing was stored.');
      expect(preview(dialog, 'en')[2]).toEqual([
        '4',
        'Wiśniewska Celina',
        'Role: unknown role (participant, chaperone, leader); Sending town: unknown town: use the home municipality or a partner town from the register',
      ]);
      expect(preview(dialog, 'en')[3]![2]).toBe(
        'Parent or legal guardian: a minor: give a parent or guardian and their phone',
      );
    } finally {
      await changeLanguage('pl');
    }

    await user.click(within(dialog).getByRole('button', { name: 'Anuluj' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await db.participants.count()).toBe(0);
    expect(screen.getByRole('tab', { name: 'Uczestnicy (0)' })).toBeTruthy();
  });

  it('names the required columns a header lacks', async () => {
    const { db, eventId } = await exampleCamp();
    const user = userEvent.setup();
    await openCamp(eventId, 'participants');
    const dialog = await openImport(user);
    await chooseFile(user, 'lista.csv', utf8(['Nazwisko;Imię;Rola', 'Kowalska;Anna;opiekun', ';;kierownik']));
    expect(within(dialog).getByText('Data urodzenia: brak kolumny w nagłówku')).toBeTruthy();
    // The lines still show whom they are about; a line without any name shows a dash.
    expect(preview(dialog)).toEqual([
      ['2', 'Kowalska Anna', ''],
      ['3', '—', ''],
    ]);
    expect(within(dialog).getByText('Gmina wysyłająca: brak kolumny w nagłówku')).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'Importuj 0 osób' })).toHaveProperty('disabled', true);
    expect(await db.participants.count()).toBe(0);
  });

  it('imports every line of a good file, Windows-1250 letters intact, after a bad one was refused', async () => {
    const { db, eventId } = await exampleCamp();
    const user = userEvent.setup();
    await openCamp(eventId, 'participants');
    const dialog = await openImport(user);
    await chooseFile(
      user,
      'pierwsza.csv',
      utf8([HEADER, 'Nowak;Bartosz;31.02.2012;uczestnik;Swarzędz;Ewa Nowak;+48 600 100 200']),
    );
    expect(within(dialog).getByRole('button', { name: 'Importuj 0 osób' })).toHaveProperty('disabled', true);

    const alert = await chooseFile(
      user,
      'poprawiona.csv',
      cp1250([
        HEADER,
        'Żółkiewska;Łucja;28.02.2013;uczestnik;Ronnenberg;Grażyna Żółkiewska;+49 5109 123456',
        'Świątek;Michał;1985-04-12;kierownik;Swarzędz;;',
        'Nowak;Bartosz;28.02.2012;uczestnik;Swarzędz;Ewa Nowak;+48 600 100 200',
      ]),
    );
    expect(alert.textContent).toContain('Gotowe do importu: 3 osoby.');
    expect(preview(dialog).map(([line, name, errors]) => [line, name, errors])).toEqual([
      ['2', 'Żółkiewska Łucja', ''],
      ['3', 'Świątek Michał', ''],
      ['4', 'Nowak Bartosz', ''],
    ]);
    await user.click(within(dialog).getByRole('button', { name: 'Importuj 3 osoby' }));

    expect(await screen.findByText('Zaimportowano 3 osoby')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const table = await screen.findByRole('table', { name: 'Uczestnicy obozu' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(4));
    expect(within(table).getByRole('link', { name: 'Żółkiewska Łucja' })).toBeTruthy();
    const stored = await db.participants.toArray();
    expect(stored.map((p) => `${p.lastName} ${p.firstName} ${p.birthDate} ${p.role} ${p.status}`).sort()).toEqual([
      'Nowak Bartosz 2012-02-28 participant registered',
      'Świątek Michał 1985-04-12 leader registered',
      'Żółkiewska Łucja 2013-02-28 participant registered',
    ]);
    expect(stored.find((p) => p.lastName === 'Żółkiewska')!.guardianName).toBe('Grażyna Żółkiewska');
    expect(new Set(stored.map((p) => `${p.eventId} ${p.occurrence}`))).toEqual(new Set([`${eventId} 2027-07-10`]));
  });

  it('Cancel while a file is checked leaves nothing chosen; the next file is checked as usual', async () => {
    const { db, eventId } = await exampleCamp();
    const user = userEvent.setup();
    await openCamp(eventId, 'participants');
    const dialog = await openImport(user);
    gate.held = new Promise<void>(() => undefined);
    vi.spyOn(platform, 'openFile').mockResolvedValueOnce(
      ok({ fileName: 'duża.csv', data: utf8([HEADER, 'Kowalska;Anna;1990-01-01;opiekun;Swarzędz;;']) }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Wybierz plik CSV' }));
    expect(within(dialog).getByRole('progressbar', { name: 'Wczytywanie pliku duża.csv…' })).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Anuluj wczytywanie pliku duża.csv' }));
    expect(within(dialog).queryByRole('progressbar')).toBeNull();
    expect(within(dialog).queryByRole('table')).toBeNull();
    expect(within(dialog).getByRole('button', { name: 'Importuj 0 osób' })).toHaveProperty('disabled', true);

    gate.held = undefined;
    const alert = await chooseFile(user, 'mała.csv', utf8([HEADER, 'Świątek;Michał;1985-04-12;kierownik;Swarzędz;;']));
    expect(alert.textContent).toContain('Gotowe do importu: 1 osoba.');
    expect(preview(dialog)).toEqual([['2', 'Świątek Michał', '']]);
    expect(await db.participants.count()).toBe(0);
  });

  it('hands the file to its worker, keeping no bytes, and Save stores what the worker read', async () => {
    vi.stubGlobal('Worker', fakeWorker(serveFile(participantCsvWork)));
    const { db, eventId } = await exampleCamp();
    const user = userEvent.setup();
    await openCamp(eventId, 'participants');
    const dialog = await openImport(user);
    const data = utf8([
      HEADER,
      'Kowalska;Anna;1990-01-01;opiekun;Swarzędz;;',
      'Lis;Olga;2012-05-01;uczestnik;Swarzędz;Jan Lis;+48 600 100 200',
    ]);
    const alert = await chooseFile(user, 'lista.csv', data);
    expect(alert.textContent).toContain('Gotowe do importu: 2 osoby.');
    expect(data.byteLength).toBe(0);
    await user.click(within(dialog).getByRole('button', { name: 'Importuj 2 osoby' }));
    expect(await screen.findByText('Zaimportowano 2 osoby')).toBeTruthy();
    expect((await db.participants.toArray()).map((p) => p.lastName).sort()).toEqual(['Kowalska', 'Lis']);
  });
});
