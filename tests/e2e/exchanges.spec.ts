// Youth camp journeys: registering a group, the ratio warning and missing consents, the insurer list
// with Polish letters intact; anonymising a past camp leaves its canary names in no export.
import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from './clock';
import ExcelJS from 'exceljs';

async function loadExample(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Wczytaj przykładowe dane' }).click();
  await expect(page.getByText('6 gmin partnerskich')).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Nawigacja główna' })
    .getByRole('link', { name: 'Wymiany młodzieży' })
    .click();
}

async function openEdition(page: Page, year?: number) {
  if (year) {
    const select = page.getByLabel('Edycja obozu');
    const value = await select.locator('option', { hasText: `${year}:` }).getAttribute('value');
    await select.selectOption(value!);
  }
  await page.getByRole('link', { name: 'Otwórz edycję' }).click();
  await expect(page.getByRole('tab', { name: /Uczestnicy/ })).toBeVisible();
}

async function importCsv(page: Page, lines: string[]) {
  await page.getByRole('button', { name: 'Importuj z CSV' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Wybierz plik CSV' }).click();
  await (
    await chooser
  ).setFiles({ name: 'uczestnicy.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\r\n'), 'utf-8') });
  await page.getByRole('button', { name: new RegExp(`^Importuj ${lines.length - 1} os`) }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
}

async function download(page: Page, button: string): Promise<Download> {
  const pending = page.waitForEvent('download');
  await page.getByRole('button', { name: button, exact: true }).click();
  return pending;
}

const text = async (d: Download) => readFileSync((await d.path())!, 'utf-8');

async function xlsxText(d: Download): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const bytes = readFileSync((await d.path())!);
  await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const cells: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value)))));
  return cells.join('\n');
}

const HEADER =
  'Nazwisko;Imię;Data urodzenia;Rola;Gmina wysyłająca;Rodzic lub opiekun prawny;Telefon rodzica lub opiekuna;Zgoda rodzica – data;Zgoda rodzica – kto';

test('registers twelve minors and a chaperone from Ronnenberg, fixes consents, exports the insurer list', async ({
  page,
}) => {
  await loadExample(page);
  await openEdition(page);

  await page.getByRole('button', { name: 'Dodaj uczestnika' }).click();
  const form = page.getByRole('dialog', { name: 'Nowy uczestnik' });
  await form.getByRole('textbox', { name: /^Imię/ }).fill('Günther');
  await form.getByRole('textbox', { name: /^Nazwisko/ }).fill('Brückner');
  await form.getByLabel(/^Data urodzenia/).fill('1979-04-12');
  await form.getByLabel('Rola').selectOption({ label: 'opiekun' });
  await form.getByLabel('Gmina wysyłająca').selectOption({ label: 'Ronnenberg' });
  await form.getByRole('button', { name: 'Zapisz' }).click();
  await expect(form).toBeHidden();

  await page.getByRole('button', { name: 'Dodaj uczestnika' }).click();
  await form.getByRole('textbox', { name: /^Imię/ }).fill('Łucja');
  await form.getByRole('textbox', { name: /^Nazwisko/ }).fill('Żółkiewska');
  await form.getByLabel(/^Data urodzenia/).fill('2013-02-28');
  await form.getByLabel('Gmina wysyłająca').selectOption({ label: 'Ronnenberg' });
  await form.getByRole('button', { name: 'Zapisz' }).click();
  await expect(
    form.getByText('Dla osoby niepełnoletniej podaj rodzica lub opiekuna i jego telefon').first(),
  ).toBeVisible();
  await form.getByLabel('Rodzic lub opiekun prawny').fill('Ślęzak Grażyna');
  await form.getByLabel('Telefon rodzica lub opiekuna').fill('+49 5109 123456');
  await expect(form.getByLabel('Informacje medyczne')).toBeHidden();
  await form.getByRole('button', { name: 'Pokaż dane wrażliwe (dieta, zdrowie)' }).click();
  await form.getByLabel('Informacje medyczne').fill('astma – inhalator w plecaku');
  await form.getByRole('button', { name: 'Zapisz' }).click();
  await expect(form).toBeHidden();

  const minors = Array.from({ length: 11 }, (_, i) => {
    const consent = i === 4 ? ';' : `2027-05-0${(i % 9) + 1};Rodzic ${i}`;
    return `Kowalczyk-${'ĄĆĘŁŃÓŚŹŻ'[i % 9]}${i};Zoë ${i};${10 + (i % 9)}.03.2013;uczestnik;Ronnenberg;Rodzic ${i};+49 5109 ${100000 + i};${consent}`;
  });
  await importCsv(page, [HEADER, ...minors]);
  await expect(page.getByText('13 osób')).toBeVisible();

  await page.getByRole('tab', { name: /Gotowość/ }).click();
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: 'Za mało opiekunów z gminy Ronnenberg (niepełnoletnich: 12, opiekunów: 1, wymaganych: 2).' }),
  ).toBeVisible();
  const checklist = page.getByRole('list', { name: 'Do poprawienia przed obozem' });
  await expect(checklist.getByText('Brak zgody rodzica:')).toHaveCount(2);

  for (let round = 0; round < 2; round++) {
    await checklist.getByRole('listitem').filter({ hasText: 'Brak zgody rodzica:' }).first().getByRole('link').click();
    const edit = page.getByRole('dialog', { name: 'Dane uczestnika' });
    await edit.getByLabel('Zgoda rodzica: data udzielenia').fill('2027-06-01');
    await edit.getByLabel('Zgoda rodzica: kto udzielił').fill('Rodzic (zgoda pisemna)');
    await edit.getByRole('button', { name: 'Zapisz' }).click();
    await expect(edit).toBeHidden();
    await page.getByRole('tab', { name: /Gotowość/ }).click();
  }
  await expect(checklist.getByText('Brak zgody rodzica:')).toHaveCount(0);
  await expect(checklist.getByText(/Za mało opiekunów z gminy Ronnenberg/)).toBeVisible();

  await page.getByRole('tab', { name: /Listy i eksport/ }).click();
  const csv = await download(page, 'Lista dla ubezpieczyciela (CSV)');
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  const content = await text(csv);
  expect(content.charCodeAt(0)).toBe(0xfeff);
  expect(content).toContain('Nazwisko;Imię;Data urodzenia;Gmina wysyłająca');
  expect(content).toContain('Żółkiewska;Łucja;2013-02-28;Ronnenberg');
  expect(content).toContain('Brückner;Günther;1979-04-12;Ronnenberg');
  expect(content).toContain('Kowalczyk-Ó5;Zoë 5;2013-03-15;Ronnenberg');
  expect(content.split('\r\n').filter(Boolean)).toHaveLength(14);
  expect(content).not.toContain('astma');

  const xlsx = await xlsxText(await download(page, 'Lista dla ubezpieczyciela (XLSX)'));
  expect(xlsx).toContain('Żółkiewska');
  expect(xlsx).not.toContain('astma');

  await page.getByLabel('Dołącz dane wrażliwe (dieta, zdrowie)').check();
  // Łucja's parents gave no consent to share medical information: her notes stay out, and the page says so.
  await expect(page.getByText(/^Bez diety i informacji medycznych: 1 osoba\./)).toBeVisible();
  expect(await text(await download(page, 'Lista dla ubezpieczyciela (CSV)'))).not.toContain('astma');

  await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Pulpit' }).click();
  const widget = page.getByRole('region', { name: 'Obozy młodzieżowe' });
  await expect(widget.getByText('13 osób')).toBeVisible();
  await expect(widget.getByText('1 sprawa do poprawienia')).toBeVisible();

  // Global search finds a camp participant typed without Polish letters and opens the person.
  await page.keyboard.press('Control+K');
  const search = page.getByRole('combobox', { name: 'Szukaj gmin, kontaktów, wydarzeń, wizyt, zadań i upominków' });
  await search.fill('lucja zolkiewska');
  await expect(
    page.getByRole('group', { name: 'Uczestnicy obozów' }).getByRole('option', { name: /Łucja Żółkiewska/ }),
  ).toBeVisible();
  await search.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /Łucja Żółkiewska/ })).toBeVisible();
});

const CANARIES = ['Kanarkowiczówna', 'Qzyrtańska', 'Żwirblik-Vyx', 'Opiekunqwerty', 'alergia-kanarek-77'];

function expectNoCanary(content: string, where: string) {
  for (const name of CANARIES) expect(content, `${where} holds ${name}`).not.toContain(name);
}

async function goTo(page: Page, link: string) {
  await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: link }).click();
}

async function backUp(page: Page): Promise<Buffer> {
  await goTo(page, 'Ustawienia i kopie');
  const d = await download(page, 'Utwórz kopię teraz');
  return readFileSync((await d.path())!);
}

test('anonymising a past camp leaves its participants in no export, even after restoring an older backup', async ({
  page,
}) => {
  await loadExample(page);
  await openEdition(page, 2019);
  await importCsv(page, [
    HEADER,
    `Kanarkowiczówna;Ola;2007-02-28;uczestnik;Duclair;Opiekunqwerty Jan;+33 2 35 00 00 01;2019-05-01;Opiekunqwerty Jan`,
    `Qzyrtańska;Iga;2008-06-30;uczestnik;Swarzędz;Opiekunqwerty Ewa;+48 61 000 00 02;2019-05-02;Opiekunqwerty Ewa`,
    `Żwirblik-Vyx;Marek;1970-01-15;kierownik;Swarzędz;;;;`,
  ]);
  await page.getByRole('link', { name: 'Qzyrtańska Iga' }).click();
  const edit = page.getByRole('dialog', { name: 'Dane uczestnika' });
  await edit.getByRole('button', { name: 'Pokaż dane wrażliwe (dieta, zdrowie)' }).click();
  await edit.getByLabel('Uwagi dietetyczne').fill('alergia-kanarek-77');
  await edit.getByRole('button', { name: 'Zapisz' }).click();
  await expect(edit).toBeHidden();

  const olderBackup = await backUp(page);
  expect(olderBackup.toString('utf-8')).toContain('Kanarkowiczówna');

  await goTo(page, 'Wymiany młodzieży');
  await page.getByRole('link', { name: 'Dane osobowe (RODO)' }).click();
  await expect(page.getByText('1 edycja obozu jest po terminie przechowywania.')).toBeVisible();
  await page.getByRole('button', { name: 'Zaznacz wszystkie po terminie' }).click();
  await page.getByRole('button', { name: 'Anonimizuj zaznaczone…' }).click();
  const preview = page.getByRole('dialog', { name: 'Co zmieni anonimizacja' });
  await expect(preview.getByText('Zmienione zostaną 3 osoby.')).toBeVisible();
  await expect(preview.getByRole('cell', { name: 'Kanarkowiczówna Ola' })).toBeVisible();
  await preview.getByRole('button', { name: 'Anonimizuj 3 osoby' }).click();
  const outcome = page.getByRole('dialog', { name: 'Gotowe' });
  await expect(outcome.getByText('Zanonimizowano 3 osoby')).toBeVisible();
  await outcome.getByRole('button', { name: 'Zamknij' }).click();
  await expect(preview).toBeHidden();
  await expect(page.getByText('Żadne dane nie są po terminie przechowywania.')).toBeVisible();

  // Restoring the backup made before the run must not bring the names back.
  await goTo(page, 'Ustawienia i kopie');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Przywróć z pliku…' }).click();
  await (await chooser).setFiles({ name: 'kopia.json', mimeType: 'application/json', buffer: olderBackup });
  await page.getByRole('button', { name: 'Przywróć dane z kopii' }).click();
  await expect(page.getByText('Przywrócono dane z kopii').first()).toBeVisible();

  const exports: [string, string][] = [];
  await goTo(page, 'Wymiany młodzieży');
  await openEdition(page, 2019);
  await expect(page.getByText('3 osoby', { exact: true })).toBeVisible();
  exports.push(['camp page', await page.locator('main').innerText()]);
  await page.getByRole('tab', { name: /Listy i eksport/ }).click();
  await page.getByLabel('Dołącz dane wrażliwe (dieta, zdrowie)').check();
  exports.push(['insurer CSV', await text(await download(page, 'Lista dla ubezpieczyciela (CSV)'))]);
  exports.push(['insurer XLSX', await xlsxText(await download(page, 'Lista dla ubezpieczyciela (XLSX)'))]);
  exports.push(['funder CSV', await text(await download(page, 'Podsumowanie (CSV)'))]);
  exports.push(['funder XLSX', await xlsxText(await download(page, 'Podsumowanie (XLSX)'))]);
  expect(exports.at(-2)![1]).toContain('Uczestnicy razem;;3');
  await page.getByRole('link', { name: 'Lista obecności do druku' }).click();
  exports.push(['attendance list', await page.locator('main').innerText()]);
  await page.goBack();
  await page.getByRole('tab', { name: /Uczestnicy/ }).click();
  await page
    .getByRole('link', { name: /^Dane osoby:/ })
    .first()
    .click();
  await page.getByLabel('Dołącz dane wrażliwe (dieta, zdrowie)').check();
  const personJson = await text(await download(page, 'Eksportuj dane osoby (JSON)'));
  // The birth year gave way to the age band at the camp.
  expect(JSON.parse(personJson).person).not.toHaveProperty('birthYear');
  expect(JSON.parse(personJson).person.ageBand).toMatch(/^(upTo12|from13to17|from18to25|from26)$/);
  exports.push(['person JSON', personJson]);

  await goTo(page, 'Sprawozdania');
  await page.getByLabel('Rok').fill('2019');
  await page.getByLabel('Rok').blur();
  exports.push(['report CSV', await text(await download(page, 'Tabele CSV'))]);
  exports.push(['report XLSX', await xlsxText(await download(page, 'Tabele XLSX'))]);

  await goTo(page, 'Kalendarz');
  await page.getByRole('button', { name: 'Eksport ICS' }).click();
  const ics = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Eksportuj wszystko (ICS)' }).click();
  exports.push(['ICS', await text(await ics)]);

  await goTo(page, 'Wizyty delegacji');
  await page.getByRole('link', { name: 'Wizyta studyjna: edukacja ekologiczna mieszkańców' }).click();
  await page.getByRole('tab', { name: 'Teczka delegacji' }).click();
  exports.push(['dossier HTML', await text(await download(page, 'Teczka HTML'))]);

  exports.push(['backup', (await backUp(page)).toString('utf-8')]);

  expect(exports.length).toBe(12);
  for (const [where, content] of exports) expectNoCanary(content, where);
});

test('in English, exports one person’s record without sensitive notes, then erases the person', async ({ page }) => {
  await loadExample(page);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('link', { name: 'Open edition' }).click();
  await page.getByRole('button', { name: 'Add participant' }).click();
  const form = page.getByRole('dialog', { name: 'New participant' });
  await form.getByRole('textbox', { name: /^First name/ }).fill('Astrid');
  await form.getByRole('textbox', { name: /^Last name/ }).fill('Öberg');
  await form.getByLabel(/^Birth date/).fill('1990-05-05');
  await form.getByLabel('Role').selectOption({ label: 'leader' });
  await form.getByRole('button', { name: 'Show sensitive data (diet, health)' }).click();
  await form.getByLabel('Dietary notes').fill('laktosfri');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();

  await page.getByRole('link', { name: 'Personal record: Astrid Öberg' }).click();
  await expect(page.getByRole('heading', { name: 'Personal record: Astrid Öberg' })).toBeVisible();
  await expect(page.getByText('laktosfri')).toBeHidden();
  await page.getByRole('button', { name: 'Show sensitive data (diet, health)' }).click();
  await expect(page.getByText('laktosfri')).toBeVisible();
  const json = JSON.parse(await text(await download(page, "Export this person's data (JSON)")));
  expect(json.person).toMatchObject({
    firstName: 'Astrid',
    lastName: 'Öberg',
    birthDate: '1990-05-05',
    role: 'leader',
  });
  expect(JSON.stringify(json)).not.toContain('laktosfri');

  // An automatic backup now holds the person (the daily one may too, depending on the machine's pace):
  // the erasure rewrites every automatic backup that holds them, and names them.
  await page
    .getByRole('navigation', { name: 'Main navigation' })
    .getByRole('link', { name: 'Settings & backup' })
    .click();
  await page.getByRole('button', { name: 'Make an automatic backup now' }).click();
  await expect(page.getByText('Automatic backup made')).toBeVisible();
  await page.goBack();
  await page.getByRole('button', { name: "Erase this person's data" }).click();
  await page
    .getByRole('dialog', { name: "Erase this person's data?" })
    .getByRole('button', { name: 'Erase for good' })
    .click();
  const erased = page.getByRole('dialog', { name: "The person's data was erased" });
  await expect(erased.getByText(/^Automatic backups rewritten without these people: /)).toBeVisible();
  await expect(erased.getByText('No automatic backup held these people.')).toBeHidden();
  await erased.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('tab', { name: 'Participants (0)' })).toBeVisible();
  await page.getByRole('link', { name: 'Youth exchanges' }).first().click();
  await page.getByRole('link', { name: 'Personal data (GDPR)' }).click();
  await expect(page.getByRole('table', { name: 'Record of anonymisations and erasures' })).toContainText(
    'erased 1 person',
  );
});

test('a child who came in 2019 and 2021: the person page finds both records, exports medical notes only with consent, erases both', async ({
  page,
}) => {
  const MEDICAL = `${HEADER};Zgoda medyczna – data;Zgoda medyczna – kto`;
  const addMedicalNote = async (name: string, note: string) => {
    await page.getByRole('link', { name }).click();
    const edit = page.getByRole('dialog', { name: 'Dane uczestnika' });
    await edit.getByRole('button', { name: 'Pokaż dane wrażliwe (dieta, zdrowie)' }).click();
    await edit.getByLabel('Informacje medyczne').fill(note);
    await edit.getByRole('button', { name: 'Zapisz' }).click();
    await expect(edit).toBeHidden();
  };
  await loadExample(page);
  await openEdition(page, 2019);
  await importCsv(page, [
    MEDICAL,
    'Kwiatkowska;Zuzanna;2009-04-12;uczestnik;Swarzędz;Anna Kwiatkowska;+48 600 111 222;2019-05-01;Anna Kwiatkowska;2019-05-02;Anna Kwiatkowska',
  ]);
  await addMedicalNote('Kwiatkowska Zuzanna', 'astma-2019-kanarek');
  await goTo(page, 'Wymiany młodzieży');
  await openEdition(page, 2021);
  await importCsv(page, [
    MEDICAL,
    'KWIATKOWSKA;zuzanna;12.04.2009;uczestnik;Swarzędz;Anna Kwiatkowska;+48 600 111 222;2021-05-01;Anna Kwiatkowska;;',
  ]);
  await addMedicalNote('KWIATKOWSKA zuzanna', 'alergia-2021-kanarek');

  await page.getByRole('link', { name: 'Dane osoby: zuzanna KWIATKOWSKA' }).click();
  await expect(page.getByRole('heading', { name: 'Zapisy tej osoby na obozach (2)' })).toBeVisible();
  const records = page.getByRole('table', { name: 'Zapisy tej osoby na obozach' }).getByRole('row');
  await expect(records).toHaveCount(3);
  await expect(records.nth(1)).toContainText('2019');
  await expect(records.nth(2)).toContainText('(ten zapis)');
  await page.getByLabel('Dołącz dane wrażliwe (dieta, zdrowie)').check();
  await expect(page.getByText(/^Bez diety i informacji medycznych: 1 zapis\./)).toBeVisible();
  const file = await text(await download(page, 'Eksportuj dane osoby (JSON)'));
  const json = JSON.parse(file) as { recordsFound: { occurrence: string }[] };
  expect(json.recordsFound.map((r) => r.occurrence.slice(0, 4))).toEqual(['2019', '2021']);
  expect(file).toContain('astma-2019-kanarek');
  expect(file).not.toContain('alergia-2021-kanarek');

  await page.getByRole('button', { name: 'Usuń dane tej osoby' }).click();
  const dialog = page.getByRole('dialog', { name: 'Usunąć dane osoby?' });
  await expect(dialog.getByLabel('Usuń wszystkie zapisy tej osoby (2), nie tylko ten')).toBeChecked();
  await dialog.getByRole('button', { name: 'Usuń trwale' }).click();
  await page.getByRole('dialog', { name: 'Usunięto dane osoby' }).getByRole('button', { name: 'Zamknij' }).click();
  await expect(page.getByRole('tab', { name: /Uczestnicy/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Kwiatkowska/i })).toHaveCount(0);
  await goTo(page, 'Wymiany młodzieży');
  await openEdition(page, 2019);
  await expect(page.getByRole('link', { name: /Kwiatkowska/i })).toHaveCount(0);
});

test('a file with bad lines is refused as a whole; rooms are filled, one overfull is flagged, and the rooming list prints without the app around it', async ({
  page,
}) => {
  await loadExample(page);
  await openEdition(page);

  await page.getByRole('button', { name: 'Importuj z CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import uczestników z pliku CSV' });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Wybierz plik CSV' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'zgłoszenia.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      [
        HEADER,
        'Pokojowa;Anna;1988-03-01;opiekun;Swarzędz;;;;',
        'Pokojowy;Bartosz;30.02.1990;opiekun;Swarzędz;;;;',
        'Pokojowa;Celina;1991-05-05;opiekun;Atlantyda;;;;',
      ].join('\r\n'),
      'utf-8',
    ),
  });
  await expect(dialog.getByRole('alert')).toContainText(
    'Plik ma 2 błędy. Popraw je i wczytaj plik ponownie; nic nie zostało zapisane.',
  );
  const rows = dialog.getByRole('table', { name: 'Podgląd importu' }).getByRole('row');
  await expect(rows.filter({ hasText: /^3/ })).toContainText(
    'Data urodzenia: nieprawidłowa data (DD.MM.RRRR lub RRRR-MM-DD)',
  );
  await expect(rows.filter({ hasText: /^4/ })).toContainText('Gmina wysyłająca: nieznana gmina');
  await expect(dialog.getByRole('button', { name: 'Importuj 0 osób' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Anuluj' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('tab', { name: 'Uczestnicy (0)' })).toBeVisible();

  await importCsv(page, [
    HEADER,
    'Pokojowa;Anna;1988-03-01;opiekun;Swarzędz;;;;',
    'Pokojowy;Bartosz;28.02.1990;opiekun;Swarzędz;;;;',
    'Pokojowa;Celina;1991-05-05;kierownik;Ronnenberg;;;;',
  ]);
  await expect(page.getByRole('tab', { name: 'Uczestnicy (3)' })).toBeVisible();

  await page.getByRole('tab', { name: 'Zakwaterowanie' }).click();
  for (const room of ['Żuraw 1', 'Żuraw 2']) {
    await page.getByRole('textbox', { name: 'Nazwa pokoju' }).fill(room);
    await page.getByRole('textbox', { name: 'Liczba miejsc' }).fill('2');
    await page.getByRole('button', { name: 'Dodaj pokój' }).click();
    await expect(
      page.getByRole('table', { name: 'Pokoje' }).getByRole('cell', { name: room, exact: true }),
    ).toBeVisible();
  }
  const roomOf = (name: string) => page.getByRole('combobox', { name: `Pokój: ${name}` });
  for (const name of ['Anna Pokojowa', 'Bartosz Pokojowy', 'Celina Pokojowa']) {
    const option = await roomOf(name)
      .locator('option', { hasText: /^Żuraw 1 / })
      .getAttribute('value');
    await roomOf(name).selectOption(option!);
  }
  await expect(
    page.getByRole('alert').filter({ hasText: 'Pokój Żuraw 1 jest przepełniony (osób: 3, miejsc: 2)' }),
  ).toBeVisible();
  await page.getByRole('tab', { name: /Gotowość/ }).click();
  await expect(
    page
      .getByRole('list', { name: 'Do poprawienia przed obozem' })
      .getByRole('link', { name: 'Pokój Żuraw 1 jest przepełniony (osób: 3, miejsc: 2)' }),
  ).toBeVisible();

  await page.getByRole('tab', { name: 'Zakwaterowanie' }).click();
  await roomOf('Celina Pokojowa').selectOption({ label: 'Żuraw 2 (0/2)' });
  await expect(page.getByRole('alert').filter({ hasText: /przepełniony/ })).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Pokoje' }).getByRole('row', { name: /Żuraw 1/ })).toContainText(
    'zajęte: 2 / 2',
  );

  await page.getByRole('link', { name: 'Lista zakwaterowania do druku' }).click();
  await expect(page.getByRole('heading', { name: 'Lista zakwaterowania' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Żuraw 1' }).getByRole('row')).toHaveText([
    'Żuraw 1 — zajęte: 2 / 2',
    /Pokojowa Anna\s*Swarzędz\s*opiekun/,
    /Pokojowy Bartosz\s*Swarzędz\s*opiekun/,
  ]);
  await expect(page.getByRole('table', { name: 'Żuraw 2' }).getByRole('row')).toHaveText([
    'Żuraw 2 — zajęte: 1 / 2',
    /Pokojowa Celina\s*Ronnenberg\s*kierownik/,
  ]);
  await expect(page.getByText('Bez przydziału: —')).toBeVisible();

  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed++;
    };
  });
  await page.getByRole('button', { name: 'Drukuj' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Drukuj' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Nawigacja główna' })).toBeHidden();
  await expect(page.getByRole('table', { name: 'Żuraw 2' })).toBeVisible();
  // On paper the list takes the whole width: the navigation's space is gone once the layout settles.
  await expect.poll(async () => (await page.getByRole('table', { name: 'Żuraw 1' }).boundingBox())?.x).toBeLessThan(20);
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('link', { name: 'Wróć do obozu' }).click();
  await expect(page.getByRole('table', { name: 'Pokoje' })).toBeVisible();
});

test('puts two ticked people in one room at once from the rooming tab', async ({ page }) => {
  await loadExample(page);
  await openEdition(page);
  await importCsv(page, [
    HEADER,
    'Razem;Anna;1988-03-01;opiekun;Swarzędz;;;;',
    'Razem;Bartosz;1990-02-28;opiekun;Swarzędz;;;;',
    'Osobno;Celina;1991-05-05;kierownik;Ronnenberg;;;;',
  ]);
  await page.getByRole('tab', { name: 'Zakwaterowanie' }).click();
  await page.getByRole('textbox', { name: 'Nazwa pokoju' }).fill('Czapla');
  await page.getByRole('textbox', { name: 'Liczba miejsc' }).fill('2');
  await page.getByRole('button', { name: 'Dodaj pokój' }).click();
  const assignments = page.getByRole('table', { name: 'Przydział do pokoi' });
  await assignments.getByRole('checkbox', { name: 'Zaznacz: Anna Razem' }).check();
  await assignments.getByRole('checkbox', { name: 'Zaznacz: Bartosz Razem' }).check();
  await expect(page.getByText('Zaznaczono 2 osoby')).toBeVisible();
  const target = page.getByRole('combobox', { name: 'Pokój dla zaznaczonych' });
  await target.selectOption((await target.locator('option', { hasText: /^Czapla / }).getAttribute('value'))!);
  await page.getByRole('button', { name: 'Przydziel do pokoju' }).click();
  await expect(page.getByText('Przydzielono 2 osoby do pokoju Czapla')).toBeVisible();
  for (const name of ['Anna Razem', 'Bartosz Razem'])
    await expect(page.getByRole('combobox', { name: `Pokój: ${name}` }).locator('option:checked')).toHaveText(
      'Czapla (2/2)',
    );
  await expect(page.getByRole('combobox', { name: 'Pokój: Celina Osobno' }).locator('option:checked')).toHaveText(
    '— bez pokoju —',
  );
});
