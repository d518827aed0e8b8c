// A database written by a newer app: the same read-only explanation with or without data, add and edit
// buttons disabled with the reason, and a save attempt answered with "read-only", never "database error".
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseErrorScreen } from '../../../renderer/app/DatabaseErrorScreen';
import { db } from '../../../renderer/db/db';
import { classifyDatabaseError } from '../../../renderer/db/errors';
import { isReadOnly, openDatabase, ReadOnlyError } from '../../../renderer/db/open';
import { CURRENT_SCHEMA_VERSION, DATABASE_NAME, schemaVersions } from '../../../renderer/db/schema';
import { ReadOnlyNotice } from '../../../renderer/features/backup/ReadOnlyNotice';
import { ContactForm } from '../../../renderer/features/partners/ContactForm';
import { PartnersPage } from '../../../renderer/features/partners/PartnersPage';
import { changeLanguage } from '../../../renderer/i18n';
import { freshDatabase } from '../../helpers/db';
import { renderInApp } from '../../helpers/render';

afterEach(async () => {
  await changeLanguage('pl');
  await freshDatabase();
  await openDatabase();
});

const READ_ONLY =
  'Baza danych została zapisana przez nowszą wersję aplikacji. Możesz przeglądać dane, ale zmiany i kopie są zablokowane, żeby niczego nie uszkodzić. Zaktualizuj aplikację.';

/** What a newer app leaves on a fresh profile before it stored anything: its version, none of this version's tables. */
async function newerWithoutTables(): Promise<void> {
  db.close();
  await Dexie.delete(DATABASE_NAME);
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.open(DATABASE_NAME, (CURRENT_SCHEMA_VERSION + 1) * 10);
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(new Error('could not create the newer database'));
  });
}

async function newerWithPartner(): Promise<void> {
  db.close();
  await Dexie.delete(DATABASE_NAME);
  const future = new Dexie(DATABASE_NAME);
  const allStores = Object.assign({}, ...schemaVersions.map((v) => v.stores)) as Record<string, string>;
  future.version(CURRENT_SCHEMA_VERSION + 1).stores({ ...allStores, futureTable: 'id' });
  await future.open();
  await future.table('partners').put({
    id: 'p1',
    name: 'Duclair',
    country: 'FR',
    relationKind: 'partnership',
    status: 'active',
    languages: [],
    legalBasis: {},
    areas: [],
    funding: [],
    awards: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  });
  future.close();
}

describe('a database written by a newer app', () => {
  it('with no data, gives the same read-only explanation (not a "try again" screen), in Polish and English', async () => {
    await newerWithoutTables();
    const opened = await openDatabase();
    expect(opened).toEqual({ ok: false, problem: 'newerEmpty' });
    renderInApp(<DatabaseErrorScreen problem={opened.ok ? 'unknown' : opened.problem} />);
    expect(screen.getByRole('heading', { name: 'Tryb tylko do odczytu', level: 1 })).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain(READ_ONLY);
    expect(
      screen.getByText('Ta baza nie zawiera jeszcze żadnych danych, które ta wersja aplikacji umie pokazać.'),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Spróbuj ponownie' })).toBeNull();
    await changeLanguage('en');
    expect(await screen.findByRole('heading', { name: 'Read-only mode', level: 1 })).toBeTruthy();
    // The database is left as the newer app wrote it.
    expect((await indexedDB.databases()).find((d) => d.name === DATABASE_NAME)?.version).toBe(
      (CURRENT_SCHEMA_VERSION + 1) * 10,
    );
  });

  it('with data, disables adding with the reason and answers a save with "read-only"', async () => {
    await newerWithPartner();
    expect(await openDatabase()).toEqual({ ok: true, newerThanApp: true });
    expect(isReadOnly()).toBe(true);
    const page = renderInApp(
      <>
        <PartnersPage />
        <ReadOnlyNotice />
      </>,
      '/partners',
    );
    expect(await screen.findByRole('link', { name: 'Duclair' })).toBeTruthy();
    const add = screen.getByRole('button', { name: 'Dodaj gminę partnerską' });
    expect((add as HTMLButtonElement).disabled).toBe(true);
    expect(add.getAttribute('title')).toMatch(/^Tylko do odczytu: baza danych pochodzi z nowszej wersji aplikacji/);
    expect(add.getAttribute('aria-describedby')).toBe(screen.getByRole('status').id);

    // A form still open (or reached another way) is answered with the reason, and nothing is stored.
    page.unmount();
    const user = userEvent.setup();
    renderInApp(<ContactForm partnerId="p1" onDone={() => undefined} />);
    await user.type(screen.getByRole('textbox', { name: /^Imię i nazwisko/ }), 'Anna Nowak');
    await user.click(screen.getByRole('button', { name: 'Zapisz' }));
    expect(
      await screen.findByText(
        /^Nie udało się zapisać zmian w bazie danych\. Tylko do odczytu: baza danych pochodzi z nowszej wersji aplikacji/,
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/nieoczekiwany błąd bazy danych/)).toBeNull();
    await waitFor(async () => expect(await db.contacts.count()).toBe(0));
    expect(classifyDatabaseError(new ReadOnlyError())).toBe('readOnly');
  });
});
