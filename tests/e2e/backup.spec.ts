import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from './clock';

/** What a person sees of the office: the dashboard's counts and the partner towns' rows. */
async function officeAsSeen(page: Page) {
  await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Pulpit' }).click();
  const overview = page.getByRole('heading', { name: 'Przegląd' }).locator('..');
  await expect(overview.getByRole('listitem').first()).toBeVisible();
  const counts = await overview.getByRole('listitem').allInnerTexts();
  await page
    .getByRole('navigation', { name: 'Nawigacja główna' })
    .getByRole('link', { name: 'Gminy partnerskie' })
    .click();
  const table = page.getByRole('table', { name: 'Gminy partnerskie' });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  // Name, country, relation, status and start date (the last-contact column fills in later).
  const partners = (await table.getByRole('row').allInnerTexts())
    .map((row) => row.split('\t').slice(0, 5).join(' | '))
    .sort();
  return { counts, partners };
}

async function openSettings(page: Page) {
  await page
    .getByRole('navigation', { name: 'Nawigacja główna' })
    .getByRole('link', { name: 'Ustawienia i kopie' })
    .click();
  await expect(page.getByRole('heading', { name: 'Kopia zapasowa' })).toBeVisible();
}

test('backs up the example office, restores it into an empty database and shows the same partners, events and visits', async ({
  page,
  browser,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Wczytaj przykładowe dane' }).click();
  await expect(page.getByText('6 gmin partnerskich')).toBeVisible();
  const original = await officeAsSeen(page);
  expect(original.counts).toEqual([
    '6 gmin partnerskich',
    expect.stringMatching(/wydarze/),
    expect.stringMatching(/wizyt/),
  ]);

  await openSettings(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Utwórz kopię teraz' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^twinning-desk-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
  const file = await download.path();
  const { version } = JSON.parse(await readFile('package.json', 'utf8')) as { version: string };
  expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({
    format: 'twinning-desk-backup',
    appVersion: version,
    counts: { partners: 6 },
  });
  // The app's version, as the storage section of the settings shows it, is the package's.
  await page
    .getByRole('navigation', { name: 'Sekcje ustawień' })
    .getByRole('link', { name: 'Przechowywanie danych' })
    .click();
  await expect(page.getByText(`Twinning Desk, wersja ${version}`)).toBeVisible();

  // Another, empty browser profile: the office's data is wiped.
  const fresh = await browser.newContext({ locale: 'pl-PL', timezoneId: 'Europe/Warsaw' });
  const empty = await fresh.newPage();
  await empty.goto('/');
  await expect(empty.getByRole('button', { name: 'Wczytaj przykładowe dane' })).toBeVisible();
  await openSettings(empty);
  const choosing = empty.waitForEvent('filechooser');
  await empty.getByRole('button', { name: 'Przywróć z pliku…' }).click();
  await (await choosing).setFiles(file);

  const dialog = empty.getByRole('dialog', { name: 'Przywrócić tę kopię?' });
  const preview = dialog.getByRole('table', { name: 'Co zostanie zastąpione' });
  await expect(preview.getByRole('row', { name: 'Gminy partnerskie 0 6' })).toBeVisible();
  await expect(dialog.getByText(/Daty w kopii: od 10 lipca 1992/)).toBeVisible();
  // The checked records wait in the worker that checked them (it started and serves requests), not in the page.
  const worker = empty.workers().find((w) => /backupWorker-[\w-]+\.js$/.test(w.url()));
  expect(await worker?.evaluate(() => typeof self.onmessage)).toBe('function');
  await dialog.getByRole('button', { name: 'Przywróć dane z kopii' }).click();
  await expect(empty.getByText('Przywrócono dane z kopii', { exact: false })).toBeVisible();

  expect(await officeAsSeen(empty)).toEqual(original);

  // The safety copy made before the restore is listed and restorable in two clicks.
  await openSettings(empty);
  const list = empty.getByRole('table', { name: 'Lista kopii automatycznych' });
  // (The daily backup may have been made beside it by now, with the restored data: take the safety copy's row.)
  const safety = list.getByRole('row', { name: /przed przywróceniem/ });
  await expect(safety).toBeVisible();
  await safety.getByRole('button', { name: /^Przywróć kopię z / }).click();
  await expect(
    empty.getByRole('dialog', { name: 'Przywrócić tę kopię?' }).getByRole('row', { name: 'Gminy partnerskie 6 0' }),
  ).toBeVisible();
  await fresh.close();
});

test('refuses a damaged file with a clear message and changes nothing', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Wczytaj przykładowe dane' }).click();
  const before = await officeAsSeen(page);
  await openSettings(page);
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Przywróć z pliku…' }).click();
  await (
    await choosing
  ).setFiles({
    name: 'kopia.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"twinning-desk-backup","formatVersion":1'),
  });
  await expect(page.getByRole('dialog').getByRole('alert')).toHaveText(
    'Plik nie jest kopią zapasową: jest uszkodzony albo ucięty.',
  );
  await page.getByRole('dialog').getByRole('button', { name: 'Zamknij' }).click();
  expect(await officeAsSeen(page)).toEqual(before);
});

test('backs up with a passphrase and asks for it on restore', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Wczytaj przykładowe dane' }).click();
  await openSettings(page);
  await page.getByRole('checkbox', { name: 'Zaszyfruj kopię hasłem' }).check();
  await page.getByLabel('Hasło kopii', { exact: true }).fill('Ronnenberg1992');
  await page.getByLabel('Powtórz hasło').fill('Ronnenberg1992');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Utwórz kopię teraz' }).click();
  const file = await (await downloading).path();
  expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({
    format: 'twinning-desk-backup-encrypted',
    kdf: { iterations: 600000 },
  });

  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Przywróć z pliku…' }).click();
  await (await choosing).setFiles(file);
  const dialog = page.getByRole('dialog', { name: 'Kopia zaszyfrowana' });
  await dialog.getByLabel('Hasło kopii').fill('zle haslo');
  await dialog.getByRole('button', { name: 'Otwórz kopię' }).click();
  await expect(dialog.getByText('Nieprawidłowe hasło albo plik został zmieniony.')).toBeVisible();
  await dialog.getByLabel('Hasło kopii').fill('Ronnenberg1992');
  await dialog.getByRole('button', { name: 'Otwórz kopię' }).click();
  await expect(
    page.getByRole('dialog', { name: 'Przywrócić tę kopię?' }).getByRole('row', { name: 'Gminy partnerskie 6 6' }),
  ).toBeVisible();
});

test('backs up in the backup worker with a progress bar and Cancel; cancelled, no file is saved', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Wczytaj przykładowe dane' }).click();
  await expect(page.getByText('6 gmin partnerskich')).toBeVisible();
  await openSettings(page);
  let downloads = 0;
  page.on('download', () => downloads++);
  // The backup worker is held back, so the backup is still under way while the test presses Cancel.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  let workerAsked = 0;
  await page.context().route(/backupWorker-[\w-]+\.js$/, async (route) => {
    workerAsked++;
    await held;
    await route.continue();
  });
  const card = page.getByRole('heading', { name: 'Kopia zapasowa' }).locator('..');
  await page.getByRole('button', { name: 'Utwórz kopię teraz' }).click();
  await expect(card.getByRole('progressbar', { name: 'Postęp' })).toHaveAttribute('aria-valuenow', '0');
  await expect.poll(() => workerAsked).toBeGreaterThan(0);
  await card.getByRole('button', { name: 'Anuluj' }).click();
  await expect(card.getByRole('progressbar', { name: 'Postęp' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Utwórz kopię teraz' })).toBeEnabled();
  release();

  // Backed up again to the end, the one file saved is the whole office.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Utwórz kopię teraz' }).click();
  const file = await (await downloading).path();
  expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ counts: { partners: 6 } });
  expect(downloads).toBe(1);
});

test('tells when another window upgrades the database, then opens the newer database read-only', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Wczytaj przykładowe dane' }).click();
  await expect(page.getByText('6 gmin partnerskich')).toBeVisible();
  // Another window of a newer app upgrades the database under this one.
  await page.evaluate(async () => {
    // One version past whatever this build declares (Dexie stores version n as n × 10).
    const current = (await indexedDB.databases()).find((d) => d.name === 'twinning-desk')?.version ?? 0;
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('twinning-desk', current + 10);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(new Error('upgrade failed'));
    });
  });
  await expect(page.getByRole('heading', { name: 'Baza danych została zamknięta' })).toBeVisible();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Inne okno aplikacji zaktualizowało lub usunęło bazę danych' }),
  ).toBeVisible();

  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'Tryb tylko do odczytu' })).toBeVisible();
  await expect(page.getByText('6 gmin partnerskich')).toBeVisible();
  await openSettings(page);
  await page.getByRole('button', { name: 'Utwórz kopię teraz' }).click();
  await expect(page.getByText('Tę bazę zapisała nowsza wersja aplikacji')).toBeVisible();
});

test('a database that cannot be opened is rebuilt from the newest automatic backup, after confirmation', async ({
  page,
}) => {
  // While the flag is set, opening the office's database fails the way a damaged database does
  // (an UnknownError, also on Dexie's retry); deleting the database cures it.
  await page.addInitScript(() => {
    const damaged = () => localStorage.getItem('e2e.damageDatabase') === '1';
    const { open, deleteDatabase } = IDBFactory.prototype;
    IDBFactory.prototype.deleteDatabase = function (this: IDBFactory, name: string) {
      if (name === 'twinning-desk') localStorage.removeItem('e2e.damageDatabase');
      return deleteDatabase.call(this, name);
    };
    IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
      if (name !== 'twinning-desk' || !damaged()) return open.call(this, name, version);
      const request = {
        error: new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError'),
        readyState: 'done',
        onerror: null,
        onsuccess: null,
        onupgradeneeded: null,
        onblocked: null,
      } as unknown as IDBOpenDBRequest;
      const event = Object.defineProperty(new Event('error'), 'target', { value: request });
      setTimeout(() => request.onerror?.call(request, event as never));
      return request;
    };
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'Wczytaj przykładowe dane' }).click();
  await expect(page.getByText('6 gmin partnerskich')).toBeVisible();
  await openSettings(page);
  await page.getByRole('button', { name: 'Utwórz kopię automatyczną teraz' }).click();
  await expect(page.getByText('Utworzono kopię automatyczną')).toBeVisible();

  // A partner entered after the backup: the recovery brings back the backup, so it will be gone.
  await page
    .getByRole('navigation', { name: 'Nawigacja główna' })
    .getByRole('link', { name: 'Gminy partnerskie' })
    .click();
  await page.getByRole('button', { name: 'Dodaj gminę partnerską' }).click();
  const form = page.getByRole('form', { name: 'Nowa gmina partnerska' });
  await form.getByRole('textbox', { name: 'Nazwa', exact: true }).fill('Łęczyca');
  await form.getByRole('combobox', { name: 'Kraj' }).fill('Pols');
  await page.getByRole('option', { name: 'Polska' }).click();
  await form.getByRole('button', { name: 'Zapisz' }).click();
  await expect(page.getByRole('heading', { name: 'Łęczyca', level: 1 })).toBeVisible();

  await page.evaluate(() => localStorage.setItem('e2e.damageDatabase', '1'));
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Nie można otworzyć bazy danych', level: 1 })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Twoje dane nie zostały usunięte' })).toBeVisible();
  await expect(page.getByText(/Najnowsza kopia automatyczna: .*\(rekordy: \d+\)/)).toBeVisible();
  await page.getByRole('button', { name: 'Przywróć najnowszą kopię automatyczną' }).click();
  await expect(page.getByText(/Zastąpić bazę, której nie można otworzyć/)).toBeVisible();
  await page.getByRole('button', { name: 'Potwierdź' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Przywrócono dane' })).toBeVisible();

  // The app starts again on the backup's data.
  await expect(page.getByText('6 gmin partnerskich')).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Nawigacja główna' })
    .getByRole('link', { name: 'Gminy partnerskie' })
    .click();
  await expect(page.getByRole('table', { name: 'Gminy partnerskie' }).getByRole('row')).toHaveCount(7);
  await expect(page.getByRole('cell', { name: 'Łęczyca' })).toHaveCount(0);
});

test('checks a backup off the window with a progress bar and Cancel; cancelling restores nothing', async ({
  page,
  browser,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Wczytaj przykładowe dane' }).click();
  await expect(page.getByText('6 gmin partnerskich')).toBeVisible();
  await openSettings(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Utwórz kopię teraz' }).click();
  const file = await (await downloading).path();

  const fresh = await browser.newContext({ locale: 'pl-PL', timezoneId: 'Europe/Warsaw' });
  const empty = await fresh.newPage();
  // What the page posts to its workers, by kind: the file's handle may go, its bytes or text may not.
  await empty.addInitScript(() => {
    const posted: string[] = [];
    (window as unknown as { posted: string[] }).posted = posted;
    const kinds = (value: unknown, depth: number): string[] => {
      if (value instanceof File) return ['File'];
      if (value instanceof Blob) return ['Blob'];
      if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) return ['bytes'];
      if (typeof value === 'string') return value.length > 10_000 ? ['long text'] : [];
      if (!value || typeof value !== 'object' || depth > 6) return [];
      return Object.values(value).flatMap((v) => kinds(v, depth + 1));
    };
    const original = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: [StructuredSerializeOptions?]) {
      posted.push(...kinds(message, 0));
      return original.call(this, message, ...rest);
    } as Worker['postMessage'];
  });
  // The check's worker is held back, so the check is still running while the test looks at it.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  let workerAsked = 0;
  await fresh.route(/backupWorker-[\w-]+\.js$/, async (route) => {
    workerAsked++;
    await held;
    await route.continue();
  });
  await empty.goto('/');
  await expect(empty.getByRole('button', { name: 'Wczytaj przykładowe dane' })).toBeVisible();
  await openSettings(empty);
  const choosing = empty.waitForEvent('filechooser');
  await empty.getByRole('button', { name: 'Przywróć z pliku…' }).click();
  await (await choosing).setFiles(file);

  const dialog = empty.getByRole('dialog', { name: 'Przywrócić tę kopię?' });
  // The bar is there at once, still at 0 % (its filled part has no width yet) while the worker is held.
  await expect(dialog.getByRole('progressbar', { name: 'Postęp sprawdzania kopii' })).toHaveAttribute(
    'aria-valuenow',
    '0',
  );
  await expect(dialog.getByText(/Baza danych pozostaje bez zmian/)).toBeVisible();
  expect(workerAsked).toBe(1);
  await dialog.getByRole('button', { name: 'Anuluj' }).click();
  await expect(dialog).toBeHidden();
  release();

  // Nothing was restored: the database is still empty, and the list of partner towns too.
  await empty.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Pulpit' }).click();
  await expect(empty.getByRole('button', { name: 'Wczytaj przykładowe dane' })).toBeVisible();
  await expect(dialog).toBeHidden();

  // Checked again to the end, the same file shows its preview: the worker did the check.
  await openSettings(empty);
  const again = empty.waitForEvent('filechooser');
  await empty.getByRole('button', { name: 'Przywróć z pliku…' }).click();
  await (await again).setFiles(file);
  await expect(dialog.getByRole('row', { name: 'Gminy partnerskie 0 6' })).toBeVisible();
  // The worker was handed the chosen file itself, twice, and read it there: no bytes or text were posted to it.
  expect(await empty.evaluate(() => (window as unknown as { posted: string[] }).posted)).toEqual(['File', 'File']);
  await fresh.close();
});
