import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';

/** What a person sees of the office: the dashboard's counts and the partner towns' rows. */
async function officeAsSeen(page: Page) {
  await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Pulpit' }).click();
  const overview = page.getByRole('heading', { name: 'Przegląd' }).locator('..');
  await expect(overview.getByRole('listitem').first()).toBeVisible();
  const counts = await overview.getByRole('listitem').allInnerTexts();
  await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Gminy partnerskie' }).click();
  const table = page.getByRole('table', { name: 'Gminy partnerskie' });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  // Name, country, relation, status and start date (the last-contact column fills in later).
  const partners = (await table.getByRole('row').allInnerTexts()).map((row) => row.split('\t').slice(0, 5).join(' | ')).sort();
  return { counts, partners };
}

async function openSettings(page: Page) {
  await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Ustawienia i kopie' }).click();
  await expect(page.getByRole('heading', { name: 'Kopia zapasowa' })).toBeVisible();
}

test('backs up the example office, restores it into an empty database and shows the same partners, events and visits', async ({ page, browser }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Wczytaj przykładowe dane' }).click();
  await expect(page.getByText('6 gmin partnerskich')).toBeVisible();
  const original = await officeAsSeen(page);
  expect(original.counts).toEqual(['6 gmin partnerskich', expect.stringMatching(/wydarze/), expect.stringMatching(/wizyt/)]);

  await openSettings(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Utwórz kopię teraz' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^twinning-desk-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
  const file = await download.path();
  expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ format: 'twinning-desk-backup', counts: { partners: 6 } });

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
  await dialog.getByRole('button', { name: 'Przywróć dane z kopii' }).click();
  await expect(empty.getByText('Przywrócono dane z kopii', { exact: false })).toBeVisible();

  expect(await officeAsSeen(empty)).toEqual(original);

  // The safety copy made before the restore is listed and restorable in two clicks.
  await openSettings(empty);
  const list = empty.getByRole('table', { name: 'Lista kopii automatycznych' });
  await expect(list.getByRole('row', { name: /przed przywróceniem/ })).toBeVisible();
  await list.getByRole('button', { name: /^Przywróć kopię z / }).first().click();
  await expect(empty.getByRole('dialog', { name: 'Przywrócić tę kopię?' }).getByRole('row', { name: 'Gminy partnerskie 6 0' })).toBeVisible();
  await fresh.close();
});

test('refuses a damaged file with a clear message and changes nothing', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Wczytaj przykładowe dane' }).click();
  const before = await officeAsSeen(page);
  await openSettings(page);
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Przywróć z pliku…' }).click();
  await (await choosing).setFiles({ name: 'kopia.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"twinning-desk-backup","formatVersion":1') });
  await expect(page.getByRole('dialog').getByRole('alert')).toHaveText('Plik nie jest kopią zapasową: jest uszkodzony albo ucięty.');
  await page.getByRole('dialog').getByRole('button', { name: 'Zamknij' }).click();
  await page.screenshot({ path: '/tmp/e2e-art-backup/settings.png', fullPage: true });
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
  expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ format: 'twinning-desk-backup-encrypted', kdf: { iterations: 600000 } });

  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Przywróć z pliku…' }).click();
  await (await choosing).setFiles(file);
  const dialog = page.getByRole('dialog', { name: 'Kopia zaszyfrowana' });
  await dialog.getByLabel('Hasło kopii').fill('zle haslo');
  await dialog.getByRole('button', { name: 'Otwórz kopię' }).click();
  await expect(dialog.getByText('Nieprawidłowe hasło albo plik został zmieniony.')).toBeVisible();
  await dialog.getByLabel('Hasło kopii').fill('Ronnenberg1992');
  await dialog.getByRole('button', { name: 'Otwórz kopię' }).click();
  await expect(page.getByRole('dialog', { name: 'Przywrócić tę kopię?' }).getByRole('row', { name: 'Gminy partnerskie 6 6' })).toBeVisible();
});

test('tells when another window upgrades the database, then opens the newer database read-only', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Wczytaj przykładowe dane' }).click();
  await expect(page.getByText('6 gmin partnerskich')).toBeVisible();
  // Another window of a newer app upgrades the database under this one.
  await page.evaluate(() => new Promise<void>((resolve, reject) => {
    const request = indexedDB.open('twinning-desk', 20);
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(new Error('upgrade failed'));
  }));
  await expect(page.getByRole('heading', { name: 'Baza danych została zamknięta' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Inne okno aplikacji zaktualizowało lub usunęło bazę danych' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: 'Tryb tylko do odczytu' })).toBeVisible();
  await expect(page.getByText('6 gmin partnerskich')).toBeVisible();
  await openSettings(page);
  await page.getByRole('button', { name: 'Utwórz kopię teraz' }).click();
  await expect(page.getByText('Tę bazę zapisała nowsza wersja aplikacji')).toBeVisible();
});
