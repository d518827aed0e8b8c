// Partner towns in Chromium: add with a contact, find by folded name, dashboard anniversary, CSV round trip, broken import.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from './clock';

/** A start date whose 10th anniversary falls in the month after today (2026-11-26). */
const TEN_YEARS_AGO_NEXT_MONTH = '2016-12-15';

async function openPartners(page: Page) {
  await page
    .getByRole('navigation', { name: 'Nawigacja główna' })
    .getByRole('link', { name: 'Gminy partnerskie' })
    .click();
  await expect(page.getByRole('heading', { name: 'Gminy partnerskie', level: 1 })).toBeVisible();
}

async function importFile(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByRole('button', { name: 'Importuj z CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import gmin partnerskich z CSV' });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Wybierz plik CSV' }).click();
  await (await chooser).setFiles(file);
  return dialog;
}

test('adds a partner with a contact, finds it without Polish letters, sees its anniversary, exports and imports it back', async ({
  page,
  browser,
}) => {
  const since = TEN_YEARS_AGO_NEXT_MONTH;
  await page.goto('/');
  await openPartners(page);

  await page.getByRole('button', { name: 'Dodaj gminę partnerską' }).click();
  const form = page.getByRole('form', { name: 'Nowa gmina partnerska' });
  await form.getByRole('button', { name: 'Zapisz' }).click();
  await expect(form.getByText('To pole jest wymagane')).toBeVisible();
  await form.getByRole('textbox', { name: 'Nazwa', exact: true }).fill('Łęczyca');
  await form.getByRole('combobox', { name: 'Kraj' }).fill('Pols');
  await page.getByRole('option', { name: 'Polska' }).click();
  await form.getByLabel('Region').fill('łódzkie');
  await form.getByLabel('Liczba mieszkańców').fill('13500');
  await form.getByLabel('Strona internetowa').fill('www.leczyca.info.pl');
  await form.getByLabel('Data rozpoczęcia współpracy').fill(since);
  await form.getByLabel('Numer uchwały').fill('XII/123/2016');
  await form.getByLabel('Organ, który podjął uchwałę').fill('Rada Miejska w Swarzędzu');
  const attach = async (file: { name: string; mimeType: string; buffer: Buffer }) => {
    const chooser = page.waitForEvent('filechooser');
    await form.getByRole('button', { name: 'Dołącz dokument umowy' }).click();
    await (await chooser).setFiles(file);
  };
  await attach({ name: 'skan.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(11 * 1024 * 1024) });
  await expect(form.getByRole('alert')).toContainText('Plik jest za duży: dokument może mieć najwyżej 10 MB.');
  await attach({ name: 'umowa.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 umowa partnerska') });
  await expect(form.getByText('Do zapisania: umowa.pdf')).toBeVisible();
  await form.getByRole('button', { name: 'Zapisz' }).click();

  await expect(page.getByRole('heading', { name: 'Łęczyca', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Dodaj kontakt' }).click();
  const contactForm = page.getByRole('form', { name: 'Nowy kontakt' });
  await contactForm.getByLabel('Imię i nazwisko').fill('Żaneta Wójcik');
  await contactForm.getByLabel('E-mail').fill('zaneta@');
  await expect(contactForm.getByText('Nieprawidłowy adres e-mail')).toBeVisible();
  await contactForm.getByLabel('E-mail').fill('zaneta.wojcik@leczyca.pl');
  await contactForm.getByRole('button', { name: 'Zapisz' }).click();
  await expect(
    page.getByRole('table', { name: 'Kontakty' }).getByRole('cell', { name: 'Żaneta Wójcik', exact: true }),
  ).toBeVisible();

  await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Pulpit' }).click();
  const anniversaries = page.getByRole('region', { name: 'Zbliżające się rocznice' });
  await expect(anniversaries.getByRole('link', { name: 'Łęczyca' })).toBeVisible();
  await expect(anniversaries).toContainText('10 lat współpracy');

  await page.keyboard.press('Control+K');
  const search = page.getByRole('combobox', { name: 'Szukaj gmin, kontaktów, wydarzeń, wizyt, zadań i upominków' });
  await search.fill('zaneta wojcik');
  await expect(page.getByRole('option', { name: /Żaneta Wójcik/ })).toBeVisible();
  await search.fill('leczyca');
  await expect(
    page.getByRole('group', { name: 'Gminy partnerskie' }).getByRole('option', { name: /Łęczyca/ }),
  ).toBeVisible();
  await search.press('Enter');
  await expect(page.getByRole('heading', { name: 'Łęczyca', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Podstawa prawna' })).toContainText('XII/123/2016');
  await expect(page.getByRole('region', { name: 'Podstawa prawna' })).toContainText('umowa.pdf');
  const documentDownload = page.waitForEvent('download');
  await page.getByRole('region', { name: 'Podstawa prawna' }).getByRole('button', { name: 'Pobierz' }).click();
  expect(await readFile(await (await documentDownload).path(), 'utf8')).toBe('%PDF-1.4 umowa partnerska');

  await openPartners(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Eksportuj CSV' }).click();
  const file = await (await download).path();
  const xlsx = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Eksportuj XLSX' }).click();
  expect((await xlsx).suggestedFilename()).toBe('gminy-partnerskie.xlsx');
  const exported = await readFile(file, 'utf8');
  expect(exported.startsWith('\uFEFF')).toBe(true);
  expect(exported).toContain('Łęczyca;');

  // A fresh browser context has an empty database: the wiped office.
  const fresh = await browser.newContext();
  const again = await fresh.newPage();
  await again.goto('/');
  await openPartners(again);
  await expect(again.getByText('0 gmin partnerskich')).toBeVisible();
  const dialog = await importFile(again, file);
  await expect(dialog.getByRole('table', { name: 'Podgląd' }).getByRole('cell', { name: 'Poprawny' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Zapisz gminy (1)' }).click();
  await expect(again.getByText('1 gmina partnerska')).toBeVisible();
  const table = again.getByRole('table', { name: 'Gminy partnerskie' });
  // Ten years without an event or visit: flagged as dormant in the list.
  await expect(table.getByRole('cell', { name: 'Łęczyca Brak kontaktu' })).toBeVisible();
  await expect(table.getByRole('cell', { name: 'Polska' })).toBeVisible();
  const reDownload = again.waitForEvent('download');
  await again.getByRole('button', { name: 'Eksportuj CSV' }).click();
  expect(await readFile(await (await reDownload).path(), 'utf8')).toBe(exported);
  await fresh.close();
});

test('a broken CSV shows per-line errors in the UI language and stores nothing', async ({ page }) => {
  await page.goto('/');
  await openPartners(page);
  const csv = [
    'Nazwa;Kraj (kod ISO);Rodzaj relacji;Status;Data rozpoczęcia współpracy',
    'Ronnenberg;DE;Partnerska;Aktywna;1992-06-01',
    ';FR;Partnerska;Aktywna;1992-06-01',
    'Duclair;FR;Sąsiedzka;Aktywna;30.02.2021',
  ].join('\r\n');
  const dialog = await importFile(page, {
    name: 'zepsuty.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  await expect(dialog.getByRole('alert')).toContainText('2 wiersze z błędami');
  const preview = dialog.getByRole('table', { name: 'Podgląd' });
  await expect(preview.getByRole('row', { name: /^3 / })).toContainText('Nazwa: To pole jest wymagane');
  await expect(preview.getByRole('row', { name: /^4 / })).toContainText(
    'Rodzaj relacji: Nieznany rodzaj relacji („Sąsiedzka”)',
  );
  await expect(preview.getByRole('row', { name: /^4 / })).toContainText('Taka data nie istnieje');
  await expect(dialog.getByRole('button', { name: /Zapisz gminy/ })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Anuluj' }).click();
  await expect(page.getByText('0 gmin partnerskich')).toBeVisible();
});

test('a long list shows the rows in view on screen and every row when printed', async ({ page }) => {
  await page.goto('/');
  await openPartners(page);
  const lines = Array.from({ length: 300 }, (_, i) => `Gmina ${String(i).padStart(3, '0')};DE;Partnerska;Aktywna`);
  const csv = ['Nazwa;Kraj;Rodzaj relacji;Status', ...lines].join('\r\n');
  const dialog = await importFile(page, { name: 'dlugi.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await dialog.getByRole('button', { name: 'Zapisz gminy (300)' }).click();
  await expect(page.getByText('300 gmin partnerskich')).toBeVisible();
  const table = page.getByRole('table', { name: 'Gminy partnerskie' });
  await expect(table).toHaveAttribute('aria-rowcount', '301');
  await expect(table.getByRole('link', { name: 'Gmina 000' })).toBeVisible();
  expect(await table.getByRole('link').count()).toBeLessThan(300);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(table.getByRole('link')).toHaveCount(300);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Dodaj gminę partnerską' })).toBeHidden();
  await expect(table.getByRole('link', { name: 'Gmina 299' })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect.poll(() => table.getByRole('link').count()).toBeLessThan(300);
});

/** `count` towns, one a line, the line at `blank` (if any) without its name. */
function townsCsv(count: number, blank?: number): Buffer {
  const lines = Array.from({ length: count }, (_, i) =>
    i === blank ? ';DE;Partnerska;Aktywna' : `Miasto ${String(i).padStart(5, '0')};DE;Partnerska;Aktywna`,
  );
  return Buffer.from(['Nazwa;Kraj;Rodzaj relacji;Status', ...lines].join('\r\n'), 'utf8');
}

test('a CSV of 2,000 towns is checked off the page with progress; its one bad line is found, the fixed file stored', async ({
  page,
}) => {
  await page.goto('/');
  await openPartners(page);
  const dialog = await importFile(page, { name: 'miasta.csv', mimeType: 'text/csv', buffer: townsCsv(2000, 1500) });
  const preview = dialog.getByRole('table', { name: 'Podgląd' });
  // The bar, or on a fast machine already the preview it led to.
  await expect(
    dialog.getByRole('progressbar', { name: 'Wczytywanie pliku miasta.csv…' }).or(preview).first(),
  ).toBeVisible();
  await expect(dialog.getByRole('alert')).toContainText('1 wiersz z błędami');
  await expect(preview).toHaveAttribute('aria-rowcount', '2001');
  // Only the rows in view are drawn; the bad one is found by showing only the rows with problems.
  expect(await preview.getByRole('row').count()).toBeLessThan(100);
  await dialog.getByRole('checkbox', { name: 'Pokaż tylko wiersze z problemami' }).check();
  await expect(preview).toHaveAttribute('aria-rowcount', '2');
  await expect(preview.getByRole('row', { name: /^1502 / })).toContainText('Nazwa: To pole jest wymagane');
  await expect(dialog.getByRole('button', { name: /Zapisz gminy/ })).toBeDisabled();

  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Wybierz plik CSV' }).click();
  await (await chooser).setFiles({ name: 'poprawione.csv', mimeType: 'text/csv', buffer: townsCsv(2000) });
  await expect(dialog.getByText('Plik: poprawione.csv')).toBeVisible();
  await dialog.getByRole('button', { name: 'Zapisz gminy (2000)' }).click();
  await expect(dialog).toBeHidden();
  const table = page.getByRole('table', { name: 'Gminy partnerskie' });
  await expect(table).toHaveAttribute('aria-rowcount', '2001');
});

test('Cancel while a big CSV is read leaves the import with nothing chosen', async ({ page }) => {
  await page.goto('/');
  await openPartners(page);
  const dialog = await importFile(page, { name: 'ogromny.csv', mimeType: 'text/csv', buffer: townsCsv(150_000) });
  const bar = dialog.getByRole('progressbar', { name: 'Wczytywanie pliku ogromny.csv…' });
  await expect(bar).toBeVisible();
  await dialog.getByRole('button', { name: 'Anuluj wczytywanie pliku ogromny.csv' }).click();
  await expect(bar).toBeHidden();
  await expect(dialog.getByRole('button', { name: 'Wybierz plik CSV' })).toBeEnabled();
  await expect(dialog.getByText('Plik: ogromny.csv')).toBeHidden();
  await expect(dialog.getByRole('table', { name: 'Podgląd' })).toBeHidden();
  await expect(page.getByText('0 gmin partnerskich')).toBeVisible();
});

test('filters by a custom area, status and text, sorts in Polish order and exports exactly the rows shown', async ({
  page,
}) => {
  await page.goto('/');
  await openPartners(page);
  const csv = [
    'Nazwa;Kraj;Rodzaj relacji;Status;Obszary współpracy',
    'Lublin;PL;Partnerska;Aktywna;Festiwal jabłek',
    'Malbork;PL;Partnerska;Aktywna;Festiwal jabłek',
    'Łódź;PL;Partnerska;Aktywna;Kultura, Festiwal jabłek',
    'Ronnenberg;DE;Bliźniacza;Aktywna;Festiwal jabłek',
    'Duclair;FR;Partnerska;Uśpiona;Festiwal jabłek',
    'Gehrden;DE;Partnerska;Aktywna;Kultura',
  ].join('\r\n');
  const dialog = await importFile(page, {
    name: 'obszary.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  await dialog.getByRole('button', { name: 'Zapisz gminy (6)' }).click();
  await expect(page.getByText('6 gmin partnerskich')).toBeVisible();
  const table = page.getByRole('table', { name: 'Gminy partnerskie' });
  const filters = page.getByRole('search', { name: 'Filtry listy' });

  await filters.getByRole('combobox', { name: 'Obszar współpracy' }).click();
  await page.getByRole('group', { name: 'Inne obszary' }).getByRole('option', { name: 'Festiwal jabłek' }).click();
  await filters.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Aktywna' }).click();
  await filters.getByRole('combobox', { name: 'Kraj' }).click();
  await page.getByRole('option', { name: 'Polska' }).click();
  await expect(page.getByText('3 gminy partnerskie')).toBeVisible();
  await expect(table.getByRole('link')).toHaveText(['Lublin', 'Łódź', 'Malbork']);
  await table.getByRole('button', { name: /Nazwa/ }).click();
  await expect(table.getByRole('columnheader', { name: /Nazwa/ })).toHaveAttribute('aria-sort', 'descending');
  await expect(table.getByRole('link')).toHaveText(['Malbork', 'Łódź', 'Lublin']);
  await filters.getByRole('textbox', { name: 'Filtruj po nazwie' }).fill('O');
  await expect(page.getByText('2 gminy partnerskie')).toBeVisible();
  await expect(table.getByRole('link')).toHaveText(['Malbork', 'Łódź']);

  const xlsx = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Eksportuj XLSX' }).click();
  const bytes = await readFile(await (await xlsx).path());
  const { Workbook } = (await import('exceljs')).default;
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  expect(sheet.rowCount).toBe(3);
  expect([2, 3].map((r) => sheet.getRow(r).getCell(header.indexOf('Nazwa') + 1).text)).toEqual(['Malbork', 'Łódź']);
  expect(sheet.getRow(3).getCell(header.indexOf('Obszary współpracy') + 1).text).toBe('Kultura, Festiwal jabłek');

  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Eksportuj CSV' }).click();
  const lines = (await readFile(await (await csvDownload).path(), 'utf8')).trim().split(/\r?\n/);
  expect(lines.slice(1).map((l) => l.split(';')[0])).toEqual(['Malbork', 'Łódź']);

  // The filters and the sorting live in the address: a town's page and back (by its link or the browser) keeps them.
  await table.getByRole('link', { name: 'Łódź' }).click();
  await expect(page.getByRole('heading', { name: 'Łódź', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: /Wróć do listy/ }).click();
  await expect(table.getByRole('link')).toHaveText(['Malbork', 'Łódź']);
  await expect(filters.getByRole('textbox', { name: 'Filtruj po nazwie' })).toHaveValue('O');
  await expect(filters.getByRole('combobox', { name: 'Kraj' })).toHaveValue('Polska');
  await expect(table.getByRole('columnheader', { name: /Nazwa/ })).toHaveAttribute('aria-sort', 'descending');
  await table.getByRole('link', { name: 'Malbork' }).click();
  await expect(page.getByRole('heading', { name: 'Malbork', level: 1 })).toBeVisible();
  await page.goBack();
  await expect(table.getByRole('link')).toHaveText(['Malbork', 'Łódź']);
  await expect(filters.getByRole('combobox', { name: 'Status' })).toHaveValue('Aktywna');

  await filters.getByRole('button', { name: 'Wyczyść filtry' }).click();
  await expect(page.getByText('6 gmin partnerskich')).toBeVisible();
  await expect(filters.getByRole('textbox', { name: 'Filtruj po nazwie' })).toHaveValue('');
  await expect(filters.getByRole('combobox', { name: 'Obszar współpracy' })).toHaveValue('');
  await expect(table.getByRole('link')).toHaveText(['Ronnenberg', 'Malbork', 'Łódź', 'Lublin', 'Gehrden', 'Duclair']);
});
