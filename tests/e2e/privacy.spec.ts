// The data-protection officer's canary check: a minor with a unique value in every field, backed up,
// anonymised; every IndexedDB store, every exported file and a fresh profile restored from the older
// backup are searched for every canary value, and hold none.
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Download, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';

/** One unique value per field of the child's record, and the forms the UI writes dates in. */
const CANARY = {
  firstName: 'Kanarynka',
  lastName: 'Qwxpolska',
  birthDate: '2011-03-17',
  guardianName: 'Opiekunzyxw Teodora',
  guardianPhone: '+48 611 909 737',
  travelDocumentExpiry: '2029-11-13',
  parentalBy: 'Zgodziwska Parentalna',
  parentalOn: '2019-04-23',
  imageBy: 'Wizerunkowa Zgodniczka',
  imageOn: '2019-04-24',
  medicalBy: 'Medycyńska Zgodniczka',
  medicalOn: '2019-04-26',
  dietaryNotes: 'dieta-kanarek-41',
  medicalNotes: 'zdrowie-kanarek-42',
} as const;
const polishDate = (iso: string) => iso.split('-').reverse().join('.');
const DATES = [CANARY.birthDate, CANARY.travelDocumentExpiry, CANARY.parentalOn, CANARY.imageOn, CANARY.medicalOn];
const NEEDLES = [...Object.values(CANARY), ...DATES.map(polishDate)];

/** Canary hits in one place's text, by needle. */
function hits(content: string): number {
  return NEEDLES.reduce((n, needle) => n + content.split(needle).length - 1, 0);
}

/** Every IndexedDB database and store of the origin, and localStorage, as searchable text. */
async function storageDump(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    const text = (value: unknown) =>
      JSON.stringify(value, (_k, v: unknown) =>
        v instanceof Uint8Array || v instanceof ArrayBuffer ? new TextDecoder().decode(v) : v,
      );
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const out: Record<string, string> = {};
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await request(indexedDB.open(name));
      for (const store of Array.from(db.objectStoreNames)) {
        out[`IndexedDB ${name}/${store}`] = text(await request(db.transaction(store).objectStore(store).getAll()));
      }
      db.close();
    }
    out.localStorage = text({ ...localStorage });
    return out;
  });
}

async function goTo(page: Page, link: string) {
  await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: link }).click();
}

async function download(page: Page, button: string): Promise<Download> {
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: button, exact: true }).click();
  return pending;
}

const fileText = async (d: Download) => readFileSync((await d.path())!, 'utf-8');

async function xlsxText(d: Download): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const bytes = readFileSync((await d.path())!);
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const cells: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value)))));
  return cells.join('\n');
}

async function openEdition(page: Page, year: number) {
  await goTo(page, 'Wymiany młodzieży');
  const select = page.getByLabel('Edycja obozu');
  const value = await select.locator('option', { hasText: `${year}:` }).getAttribute('value');
  await select.selectOption(value!);
  await page.getByRole('link', { name: 'Otwórz edycję' }).click();
  await expect(page.getByRole('tab', { name: /Uczestnicy/ })).toBeVisible();
}

async function addCanaryChild(page: Page) {
  await page.getByRole('button', { name: 'Dodaj uczestnika' }).click();
  const form = page.getByRole('dialog', { name: 'Nowy uczestnik' });
  await form.getByRole('textbox', { name: /^Imię/ }).fill(CANARY.firstName);
  await form.getByRole('textbox', { name: /^Nazwisko/ }).fill(CANARY.lastName);
  await form.getByLabel(/^Data urodzenia/).fill(CANARY.birthDate);
  await form.getByLabel('Gmina wysyłająca').selectOption({ label: 'Duclair' });
  await form.getByLabel('Rodzic lub opiekun prawny').fill(CANARY.guardianName);
  await form.getByLabel('Telefon rodzica lub opiekuna').fill(CANARY.guardianPhone);
  await form.getByLabel('Dokument podróży ważny do').fill(CANARY.travelDocumentExpiry);
  const consent = async (kind: string, on: string, by: string) => {
    await form.getByLabel(`${kind}: data udzielenia`).fill(on);
    await form.getByLabel(`${kind}: kto udzielił`).fill(by);
  };
  await consent('Zgoda rodzica', CANARY.parentalOn, CANARY.parentalBy);
  await consent('Zgoda na wizerunek', CANARY.imageOn, CANARY.imageBy);
  await consent('Zgoda na udostępnienie informacji medycznych', CANARY.medicalOn, CANARY.medicalBy);
  await form.getByRole('button', { name: 'Pokaż dane wrażliwe (dieta, zdrowie)' }).click();
  await form.getByLabel('Uwagi dietetyczne').fill(CANARY.dietaryNotes);
  await form.getByLabel('Informacje medyczne').fill(CANARY.medicalNotes);
  await form.getByRole('button', { name: 'Zapisz' }).click();
  await expect(form).toBeHidden();
}

async function backUp(page: Page): Promise<Buffer> {
  await goTo(page, 'Ustawienia i kopie');
  const d = await download(page, 'Utwórz kopię teraz');
  return readFileSync((await d.path())!);
}

/** Every file the app can export (and the camp's pages), each as text. */
async function everyExport(page: Page): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  await openEdition(page, 2019);
  out['camp page'] = await page.locator('main').innerText();
  await page.getByRole('tab', { name: /Listy i eksport/ }).click();
  await page.getByLabel('Dołącz dane wrażliwe (dieta, zdrowie)').check();
  out['insurer CSV'] = await fileText(await download(page, 'Lista dla ubezpieczyciela (CSV)'));
  out['insurer XLSX'] = await xlsxText(await download(page, 'Lista dla ubezpieczyciela (XLSX)'));
  out['funder CSV'] = await fileText(await download(page, 'Podsumowanie (CSV)'));
  out['funder XLSX'] = await xlsxText(await download(page, 'Podsumowanie (XLSX)'));
  await page.getByRole('link', { name: 'Lista obecności do druku' }).click();
  out['attendance list'] = await page.locator('main').innerText();
  await page.goBack();
  await page.getByRole('tab', { name: 'Zakwaterowanie' }).click();
  await page.getByRole('link', { name: 'Lista zakwaterowania do druku' }).click();
  out['rooming list'] = await page.locator('main').innerText();
  await page.goBack();
  await page.getByRole('tab', { name: /Uczestnicy/ }).click();
  await page
    .getByRole('link', { name: /^Dane osoby:/ })
    .first()
    .click();
  out['person page'] = await page.locator('main').innerText();
  await page.getByLabel('Dołącz dane wrażliwe (dieta, zdrowie)').check();
  out['person JSON'] = await fileText(await download(page, 'Eksportuj dane osoby (JSON)'));

  await goTo(page, 'Sprawozdania');
  await page.getByLabel('Rok').fill('2019');
  await page.getByLabel('Rok').blur();
  out['report CSV'] = await fileText(await download(page, 'Tabele CSV'));
  out['report XLSX'] = await xlsxText(await download(page, 'Tabele XLSX'));

  await goTo(page, 'Kalendarz');
  await page.getByRole('button', { name: 'Eksport ICS' }).click();
  const ics = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Eksportuj wszystko (ICS)' }).click();
  out.ICS = await fileText(await ics);

  await goTo(page, 'Wizyty delegacji');
  await page.getByRole('link', { name: 'Wizyta studyjna: edukacja ekologiczna mieszkańców' }).click();
  await page.getByRole('tab', { name: 'Teczka delegacji' }).click();
  out['dossier HTML'] = await fileText(await download(page, 'Teczka HTML'));

  out['backup file'] = (await backUp(page)).toString('utf-8');
  return out;
}

/** A new, empty browser profile that keeps only the app's data folder (the stand-in's `twinning.dataFolder.*`). */
async function freshProfile(browser: Browser, from: Page) {
  const origin = new URL(from.url()).origin;
  const kept = await from.evaluate(() =>
    Object.entries({ ...localStorage })
      .filter(([name]) => name.startsWith('twinning.dataFolder.'))
      .map(([name, value]) => ({ name, value })),
  );
  const context = await browser.newContext({
    locale: 'pl-PL',
    timezoneId: 'Europe/Warsaw',
    storageState: { cookies: [], origins: [{ origin, localStorage: kept }] },
  });
  return context;
}

test('a minor’s canary values are nowhere after anonymisation: not in any store, export, or a fresh profile restored from an older backup', async ({
  page,
  browser,
}) => {
  const counts: Record<string, number> = {};
  const record = (prefix: string, places: Record<string, string>) => {
    for (const [where, content] of Object.entries(places)) counts[`${prefix}: ${where}`] = hits(content);
  };

  await page.goto('/');
  await page.getByRole('button', { name: 'Wczytaj przykładowe dane' }).click();
  await expect(page.getByText('6 gmin partnerskich')).toBeVisible();
  // No canary exists before the child is added: every hit later is theirs.
  expect(Object.values(await storageDump(page)).reduce((n, s) => n + hits(s), 0)).toBe(0);

  await openEdition(page, 2019);
  await addCanaryChild(page);
  const older = await backUp(page);
  for (const value of Object.values(CANARY)) expect(older.toString('utf-8')).toContain(value);
  await page.getByRole('button', { name: 'Utwórz kopię automatyczną teraz' }).click();
  await expect(page.getByText('Utworzono kopię automatyczną')).toBeVisible();

  await goTo(page, 'Wymiany młodzieży');
  await page.getByRole('link', { name: 'Dane osobowe (RODO)' }).click();
  await page.getByRole('checkbox', { name: /^Wybierz: .* 2019$/ }).check();
  await page.getByRole('button', { name: 'Anonimizuj zaznaczone…' }).click();
  const preview = page.getByRole('dialog', { name: 'Co zmieni anonimizacja' });
  await expect(preview.getByRole('cell', { name: `${CANARY.lastName} ${CANARY.firstName}` })).toBeVisible();
  await preview.getByRole('button', { name: /^Anonimizuj 1 osobę$/ }).click();
  const outcome = page.getByRole('dialog', { name: 'Gotowe' });
  await expect(outcome.getByText(/^Kopie automatyczne przepisane bez tych osób: /)).toBeVisible();
  await outcome.getByRole('button', { name: 'Zamknij' }).click();
  await expect(preview).toBeHidden();

  record('this profile', await storageDump(page));
  record('export', await everyExport(page));

  // A new computer or an emptied profile: only the app's data folder is left; the older backup is restored.
  const context = await freshProfile(browser, page);
  const fresh = await context.newPage();
  await fresh.goto('/');
  await expect(fresh.getByRole('button', { name: 'Wczytaj przykładowe dane' })).toBeVisible();
  await goTo(fresh, 'Ustawienia i kopie');
  const chooser = fresh.waitForEvent('filechooser');
  await fresh.getByRole('button', { name: 'Przywróć z pliku…' }).click();
  await (await chooser).setFiles({ name: 'kopia.json', mimeType: 'application/json', buffer: older });
  const dialog = fresh.getByRole('dialog', { name: 'Przywrócić tę kopię?' });
  await expect(dialog.getByText(/rejestr anonimizacji i usunięć \(1 wpis\)/)).toBeVisible();
  await expect(dialog.getByText('1 osoba zostanie ponownie zanonimizowana.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Przywróć dane z kopii' }).click();
  await expect(fresh.getByText('Przywrócono dane z kopii').first()).toBeVisible();
  record('fresh profile', await storageDump(fresh));
  record('fresh profile export', await everyExport(fresh));
  await context.close();

  console.log(`canary hits per place:\n${JSON.stringify(counts, null, 2)}`);
  await test
    .info()
    .attach('canary-hits.json', { body: JSON.stringify(counts, null, 2), contentType: 'application/json' });
  const found = Object.entries(counts).filter(([, n]) => n > 0);
  expect(found, 'places still holding canary values').toEqual([]);
});
