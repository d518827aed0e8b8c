// Partners' calendars as real clients write them: zones by Windows name, broken parts, other charsets, and
// a Google export of thousands of events read off the main thread with progress, Cancel and a smooth preview.
import { expect, test, type Page } from './clock';
import { googleExport } from '../fixtures/ics/googleExport';
import { outlookExport, windows1250Export } from '../fixtures/ics/partnerFiles';

async function openCalendar(page: Page) {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Kalendarz' }).click();
  await expect(page.getByRole('heading', { name: 'Kalendarz', level: 1 })).toBeVisible();
}

async function importFile(page: Page, name: string, buffer: Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importuj ICS' }).click();
  await (await chooser).setFiles({ name, mimeType: 'text/calendar', buffer });
  return page.getByRole('dialog', { name: 'Import kalendarza partnera (ICS)' });
}

test('an Exchange export: Windows zones placed, the unknown zone named, broken parts listed, the rest imported at the right time', async ({
  page,
}) => {
  await openCalendar(page);
  const dialog = await importFile(page, 'exchange.ics', Buffer.from(outlookExport()));
  const preview = dialog.getByRole('table', { name: 'Podgląd' });
  await expect(preview).toBeVisible();

  const left = dialog
    .getByRole('alert', { name: 'Pominięte w imporcie' })
    .or(dialog.getByLabel('Pominięte w imporcie'));
  await expect(left).toContainText('Definicja strefy czasowej „Romance Standard Time” jest pusta lub nieczytelna');
  await expect(left).toContainText('Wydarzenia 6 („Zepsute”, UID broken-1@exchange) nie da się odczytać.');
  await expect(left).toContainText('ma nieistniejącą datę: 2027-02-30.');
  const zones = dialog.getByLabel('Strefy czasowe niezdefiniowane w pliku');
  await expect(zones).toContainText('„W. Europe Standard Time” (nazwa strefy Windows) odczytano jako Europe/Berlin.');
  await expect(zones).toContainText('„(UTC-03:00) Brasília” odczytano jako stałe UTC−03:00.');
  await expect(zones).toContainText(
    '„Customized Time Zone 1” to nieznana strefa czasowa: godziny przyjęto jako czas warszawski (Europe/Warsaw). Sprawdź je.',
  );
  await expect(preview.getByRole('row', { name: /Call with Ohio partners/ })).toContainText('15:00');
  await expect(preview.getByRole('row', { name: /Targi \(koniec przed początkiem\)/ })).toContainText(
    'Koniec zapisany w pliku (2027-03-18) jest przed początkiem',
  );
  await expect(preview.getByRole('row', { name: /Sprawozdanie/ })).toContainText(
    /Pole „opis” jest dłuższe, niż aplikacja przechowuje: skrócono je do 20\s000 znaków\./,
  );

  await dialog.getByRole('button', { name: 'Importuj 7 wydarzeń' }).click();
  await expect(dialog).toBeHidden();
  await page.goto('/#/calendar?view=agenda&date=2027-03-10');
  const list = page.getByRole('table', { name: 'Lista' });
  await expect(list.getByRole('row', { name: /Call with Ohio partners/ })).toContainText('15:00');
  await expect(list.getByRole('row', { name: /Reunião de geminação/ })).toContainText('18:00');
  await expect(list.getByRole('row', { name: /Posiedzenie komisji partnerskiej/ })).toContainText('10:00');
});

test('a Windows-1250 calendar is read as such, with Polish letters intact', async ({ page }) => {
  await openCalendar(page);
  const dialog = await importFile(page, 'terminarz.ics', Buffer.from(windows1250Export()));
  await expect(dialog.getByText('Plik nie jest w UTF-8: odczytano go jako Windows-1250.')).toBeVisible();
  await expect(dialog.getByRole('row', { name: /Wizyta delegacji z Łodzi/ })).toContainText('Urząd Gminy Swarzędz');
  await expect(dialog.getByText('�', { exact: false })).toHaveCount(0);
});

test('a Google export of thousands of events: progress at once, Cancel stops it, and the preview of 4,778 events is a virtual table', async ({
  page,
}) => {
  // Thousands of rows written to IndexedDB on a shared, loaded machine: more time than a click-through.
  await openCalendar(page);
  const dialog = await importFile(page, 'google-big.ics', Buffer.from(googleExport(9000)));
  await expect(dialog.getByRole('progressbar', { name: 'Wczytywanie pliku google-big.ics…' })).toBeVisible();
  await expect(dialog.getByText(/Wczytano \d+ z 9000 wydarzeń/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Anuluj' }).click();
  await expect(dialog).toBeHidden();

  const google = Buffer.from(googleExport(4778));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importuj ICS' }).click();
  await (await chooser).setFiles({ name: 'google.ics', mimeType: 'text/calendar', buffer: google });
  // From the file handed over to the preview shown (the figure the budget of 5 s is about).
  const started = Date.now();
  const preview = dialog.getByRole('table', { name: 'Podgląd' });
  await expect(preview).toBeVisible({ timeout: 60_000 });
  test.info().annotations.push({ type: 'preview of 4,778 events (ms)', description: String(Date.now() - started) });
  // Only the rows in view are in the page; the table says how many there are.
  await expect(preview).toHaveAttribute('aria-rowcount', '4779');
  expect(await preview.locator('tbody tr[data-index]').count()).toBeLessThan(60);
  await expect(preview.getByRole('row', { name: /Spotkanie 0: Ronnenberg/ })).toBeVisible();
  await dialog.getByRole('button', { name: 'Importuj 4778 wydarzeń' }).click();
  await expect(dialog).toBeHidden({ timeout: 150_000 });
  await expect(page.getByText('Zaimportowano 4778 wydarzeń')).toBeVisible();
});
