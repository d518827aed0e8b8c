import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { TODAY, expect, test, type Page } from './clock';

async function addMember(page: Page, name: string, role: string) {
  await page.getByRole('button', { name: 'Dodaj osobę' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nowa osoba w delegacji' });
  await dialog.getByLabel('Imię i nazwisko').fill(name);
  await dialog.getByLabel('Funkcja').fill(role);
  await dialog.getByRole('button', { name: 'Zapisz' }).click();
  await expect(dialog).toBeHidden();
}

async function addItem(page: Page, day: string, from: string, to: string, activity: string, place: string) {
  await page.getByRole('button', { name: 'Dodaj punkt programu' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nowy punkt programu' });
  await dialog.getByLabel('Dzień').fill(day);
  await dialog.getByLabel('Od godziny').fill(from);
  await dialog.getByLabel('Do godziny').fill(to);
  await dialog.getByRole('textbox', { name: 'Punkt programu' }).fill(activity);
  await dialog.getByLabel('Miejsce').fill(place);
  await dialog.getByRole('button', { name: 'Zapisz' }).click();
  await expect(dialog).toBeHidden();
}

async function recordGift(page: Page, description: string) {
  await page.getByRole('button', { name: 'Dodaj upominek' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nowy upominek' });
  await dialog.getByLabel('Od kogo / dla kogo').fill('Burmistrz Ronnenbergu');
  await dialog.getByLabel('Opis').fill(description);
  await dialog.getByRole('button', { name: 'Zapisz' }).click();
  return dialog;
}

test('plans an incoming visit from Ronnenberg and exports its dossier in English', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Wczytaj przykładowe dane' }).click();
  await expect(page.getByText('6 gmin partnerskich')).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Nawigacja główna' })
    .getByRole('link', { name: 'Wizyty delegacji' })
    .click();
  await page.getByRole('button', { name: 'Nowa wizyta' }).click();
  const form = page.getByRole('dialog', { name: 'Nowa wizyta delegacji' });
  await form.getByRole('combobox', { name: 'Gminy partnerskie' }).click();
  await page.getByRole('option', { name: 'Ronnenberg' }).click();
  await form.getByLabel('Tytuł').fill('Wizyta burmistrza Ronnenbergu');
  await form.getByRole('textbox', { name: 'Od', exact: true }).fill('2031-05-12');
  await form.getByRole('textbox', { name: 'Do', exact: true }).fill('2031-05-13');
  await form.getByRole('button', { name: 'Zapisz' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wizyta burmistrza Ronnenbergu' })).toBeVisible();

  await addMember(page, 'Marlene Brandt', 'Bürgermeisterin');
  await addMember(page, 'Jürgen Weiß', 'Ratsherr');
  await addMember(page, 'Anna Kowalczyk', 'tłumaczka');
  const members = page.getByRole('table', { name: 'Skład delegacji' });
  await expect(members.getByRole('row')).toHaveCount(4);
  await members.getByRole('button', { name: 'Przesuń wyżej: Anna Kowalczyk' }).click();
  await expect(members.getByRole('row').nth(2)).toContainText('Anna Kowalczyk');

  await page.getByRole('tab', { name: 'Program' }).click();
  await addItem(page, '2031-05-12', '10:00', '11:30', 'Powitanie w ratuszu', 'Ratusz, sala sesyjna');
  await addItem(page, '2031-05-12', '12:00', '13:00', 'Obiad z radnymi', 'Restauracja Pod Wagą');
  await addItem(page, '2031-05-13', '09:00', '12:00', 'Zwiedzanie szkoły i boiska', 'Szkoła Podstawowa nr 1');
  await addItem(page, '2031-05-13', '11:00', '12:30', 'Spotkanie z młodzieżą', 'Ośrodek Kultury');
  await expect(page.getByRole('main').getByRole('alert')).toContainText('2 punkty programu nakładają się na siebie');
  await expect(page.getByRole('table', { name: /12 maja 2031/ }).getByRole('row')).toHaveCount(3);

  await page.getByRole('tab', { name: 'Upominki' }).click();
  await expect(await recordGift(page, 'Album o Swarzędzu')).toBeHidden();
  await expect(page.getByRole('table', { name: 'Upominki tej wizyty' })).toContainText('Album o Swarzędzu');
  const again = await recordGift(page, 'album o swarzędzu');
  await expect(again.getByRole('alert')).toContainText('Ta gmina dostała już taki upominek');
  // The typed gift is not saved: Cancel asks first, and Discard closes the form.
  await again.getByRole('button', { name: 'Anuluj' }).click();
  await page.getByRole('dialog', { name: 'Odrzucić zmiany?' }).getByRole('button', { name: 'Odrzuć zmiany' }).click();
  await expect(again).toBeHidden();

  await page.getByRole('tab', { name: 'Teczka delegacji' }).click();
  await page.getByRole('radio', { name: 'English' }).check();
  const [html] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Teczka HTML' }).click(),
  ]);
  expect(html.suggestedFilename()).toBe('delegation-dossier-ronnenberg-2031-05-12.html');
  const page1 = await readFile((await html.path())!, 'utf8');
  expect(page1).toContain('<html lang="en">');
  expect(page1).toContain('Visit programme');
  expect(page1).toContain('Monday, 12 May 2031');
  expect(page1).toContain('Powitanie w ratuszu');
  expect(page1).toContain('Spotkanie z młodzieżą');
  expect(page1).toContain('Marlene Brandt');
  expect(page1).toContain('Album o Swarzędzu');

  const [docx] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Teczka DOCX (edytowalna)' }).click(),
  ]);
  expect(docx.suggestedFilename()).toMatch(/\.docx$/);
  const zip = await JSZip.loadAsync(await readFile((await docx.path())!));
  const xml = await zip.file('word/document.xml')!.async('string');
  expect(xml).toContain('Visit programme');
  expect(xml).toContain('Zwiedzanie szkoły i boiska');

  // The browser stand-in prints through a print-ready page in a hidden frame and the browser's print dialog.
  await page.getByRole('button', { name: 'Teczka PDF' }).click();
  const printed = page.frameLocator('[data-testid="platform-print-frame"]');
  await expect(printed.getByRole('heading', { name: 'Visit programme' })).toBeAttached();
  await expect(printed.getByText('Zwiedzanie szkoły i boiska')).toBeAttached();
});

test('estimates per diems from the office’s table and puts a follow-up on the dashboard', async ({ page }) => {
  const today = TODAY;
  await page.goto('/');
  await page.getByRole('button', { name: 'Wczytaj przykładowe dane' }).click();
  await expect(page.getByText('6 gmin partnerskich')).toBeVisible();

  await page.goto('/#/visits/settings');
  const rates = page.getByRole('region', { name: 'Tabela diet zagranicznych' });
  await expect(rates.getByText('Tabela jest pusta.')).toBeVisible();
  await rates.getByRole('combobox', { name: 'Państwo' }).fill('Szwe');
  await page.getByRole('option', { name: 'Szwecja' }).click();
  await rates.getByLabel('Waluta').fill('SEK');
  await rates.getByRole('textbox', { name: 'Dieta za dzień' }).fill('100');
  await rates.getByRole('button', { name: 'Dodaj' }).click();
  await rates.getByLabel('Źródło stawek (akt, numer, data)').fill('Test: stawka przykładowa');
  await rates.getByRole('button', { name: 'Zapisz tabelę diet' }).click();
  await expect(rates.getByRole('table')).toContainText('Szwecja');

  await page.goto('/#/visits');
  await page.getByRole('link', { name: /Wizyta studyjna/ }).click();
  await page.getByRole('button', { name: 'Dodaj osobę' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nowa osoba w delegacji' });
  await dialog.getByLabel('Imię i nazwisko').fill('Ewa Nowak');
  await dialog.getByLabel('Dokument podróży ważny do').fill('2000-01-01');
  await dialog.getByRole('button', { name: 'Zapisz' }).click();
  await expect(page.getByRole('main').getByRole('alert')).toContainText('Ewa Nowak: dokument ważny do 1 stycznia 2000');

  await page.getByRole('tab', { name: 'Koszty' }).click();
  const perDiem = page.getByRole('region', { name: 'Szacunek diet' });
  await expect(perDiem).toContainText('3 dni na osobę');
  await expect(perDiem).toContainText(/Diety razem: 300,00\sSEK/);
  const costForm = page.getByRole('form', { name: 'Nowy koszt' });
  await costForm.getByLabel('Kategoria').fill('Przelot');
  await costForm.getByRole('textbox', { name: 'Kwota' }).fill('1200');
  await costForm.getByRole('button', { name: 'Dodaj koszt' }).click();
  await expect(page.getByText(/Razem: 1\s?200,00\szł/)).toBeVisible();

  await page.getByRole('tab', { name: 'Po wizycie' }).click();
  const taskForm = page.getByRole('form', { name: 'Nowe zadanie po wizycie' });
  await taskForm.getByLabel('Zadanie').fill('Wysłać podziękowania do Järfälla');
  await taskForm.getByLabel('Odpowiada').fill('Referat');
  await taskForm.getByLabel('Termin').fill(today);
  await taskForm.getByRole('button', { name: 'Dodaj zadanie' }).click();
  await expect(page.getByRole('table', { name: 'Zadania po wizycie' })).toContainText(
    'Wysłać podziękowania do Järfälla',
  );

  await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Pulpit' }).click();
  await page.getByRole('link', { name: 'Wysłać podziękowania do Järfälla' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Wizyta studyjna/ })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('tab', { name: 'Costs' }).click();
  await expect(page.getByRole('region', { name: 'Per-diem estimate' })).toContainText('3 days per person');
});

test('hands out a dossier with the delegation’s health needs only when the user includes them', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Wczytaj przykładowe dane' }).click();
  await expect(page.getByText('6 gmin partnerskich')).toBeVisible();

  await page.goto('/#/visits');
  await page.getByRole('link', { name: /Wizyta studyjna/ }).click();
  await page.getByRole('button', { name: 'Dodaj osobę' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nowa osoba w delegacji' });
  await dialog.getByLabel('Imię i nazwisko').fill('Ewa Nowak');
  await dialog.getByLabel('Dieta', { exact: true }).fill('bez orzechów-kanarek-31');
  await dialog.getByLabel('Potrzeby dostępności').fill('wózek-kanarek-32');
  await dialog.getByLabel('Zgoda na przekazanie diety i potrzeb: data').fill('2020-01-15');
  await dialog.getByRole('button', { name: 'Zapisz' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('tab', { name: 'Teczka delegacji' }).click();
  const include = page.getByRole('checkbox', { name: 'Dołącz potrzeby żywieniowe i dotyczące dostępności' });
  await expect(include).not.toBeChecked();
  const preview = page.frameLocator('iframe[title="Podgląd teczki"]');
  await expect(preview.getByText('Ewa Nowak')).toBeVisible();
  await expect(preview.getByText('bez orzechów-kanarek-31')).toHaveCount(0);
  const save = async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Teczka HTML' }).click(),
    ]);
    return readFile((await download.path())!, 'utf8');
  };
  const without = await save();
  expect(without).toContain('Ewa Nowak');
  expect(without).not.toContain('kanarek-31');
  expect(without).not.toContain('kanarek-32');

  await include.check();
  await expect(preview.getByText('bez orzechów-kanarek-31')).toBeVisible();
  const withNeeds = await save();
  expect(withNeeds).toContain('bez orzechów-kanarek-31');
  expect(withNeeds).toContain('wózek-kanarek-32');
});

test('shows a visit in the calendar and on each partner’s timeline, and opens it from both', async ({ page }) => {
  // The visit falls on the 10th–12th of next month: one step forward from today's month.
  const [year, month] = TODAY.split('-').map(Number) as [number, number];
  const next = month === 12 ? { y: year + 1, m: 1 } : { y: year, m: month + 1 };
  const day = (d: number) => `${next.y}-${String(next.m).padStart(2, '0')}-${d}`;
  const title = 'Wizyta burmistrzów Ronnenberga i Duclair';
  await page.goto('/');
  await page.getByRole('button', { name: 'Wczytaj przykładowe dane' }).click();
  await expect(page.getByText('6 gmin partnerskich')).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Nawigacja główna' });

  await nav.getByRole('link', { name: 'Wizyty delegacji' }).click();
  await page.getByRole('button', { name: 'Nowa wizyta' }).click();
  const form = page.getByRole('dialog', { name: 'Nowa wizyta delegacji' });
  await form.getByRole('combobox', { name: 'Gminy partnerskie' }).click();
  await page.getByRole('option', { name: 'Ronnenberg' }).click();
  await page.getByRole('option', { name: 'Duclair' }).click();
  await form.getByLabel('Tytuł').fill(title);
  await form.getByRole('textbox', { name: 'Od', exact: true }).fill(day(10));
  await form.getByRole('textbox', { name: 'Do', exact: true }).fill(day(12));
  await form.getByRole('button', { name: 'Zapisz' }).click();
  const heading = page.getByRole('heading', { level: 1, name: title });
  await expect(heading).toBeVisible();

  // On paper the visit's page is its content only: no navigation, tabs or buttons; the heading and the members.
  await page.emulateMedia({ media: 'print' });
  await expect(heading).toBeVisible();
  await expect(page.getByRole('tabpanel')).toBeVisible();
  await expect(nav).toBeHidden();
  await expect(page.getByRole('tablist')).toBeHidden();
  for (const name of ['Drukuj', 'Edytuj', 'Usuń']) await expect(page.getByRole('button', { name })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('button', { name: 'Drukuj' })).toBeVisible();

  // The month view shows the three-day visit as one bar from its first day; a click opens the visit, not an event.
  await nav.getByRole('link', { name: 'Kalendarz' }).click();
  await expect(page.getByRole('heading', { name: 'Kalendarz', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Następny okres' }).click();
  const grid = page.getByRole('table', { name: /^Kalendarz miesiąca/ });
  const cell = (d: number) =>
    grid.getByRole('cell', {
      name: new RegExp(
        `, ${new Intl.DateTimeFormat('pl-PL', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(next.y, next.m - 1, d))}$`,
      ),
    });
  await expect(cell(10).getByRole('button', { name: title })).toHaveCount(1);
  for (const d of [9, 11, 12, 13]) await expect(cell(d).getByRole('button', { name: title })).toHaveCount(0);
  await expect(grid.getByRole('button', { name: title })).toHaveCount(1);
  const bar = await grid.getByRole('button', { name: title }).boundingBox();
  const box = async (d: number) => (await cell(d).boundingBox())!;
  // the bar reaches into the 12th and stops before the 13th
  expect(bar!.x + bar!.width).toBeGreaterThan((await box(12)).x);
  expect(bar!.x + bar!.width).toBeLessThanOrEqual((await box(13)).x);
  // On paper the calendar is its period and its view: no navigation, buttons or filters.
  await page.emulateMedia({ media: 'print' });
  await expect(grid.getByRole('button', { name: title }).first()).toBeVisible();
  await expect(page.getByTestId('calendar-period')).toBeVisible();
  for (const name of ['Nowe wydarzenie', 'Następny okres', 'Drukuj', 'Dziś'])
    await expect(page.getByRole('button', { name, exact: true })).toBeHidden();
  await expect(page.getByRole('group', { name: 'Filtry' })).toBeHidden();
  await expect(nav).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await grid.getByRole('button', { name: title }).first().click();
  await expect(heading).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Ronnenberg, Duclair');

  // The list view names it a delegation visit with its status, and opens it too.
  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Kalendarz', level: 1 })).toBeVisible();
  await page.getByRole('radiogroup', { name: 'Widok kalendarza' }).getByText('Lista').click();
  const agenda = page.getByRole('table', { name: 'Lista' });
  const row = agenda.getByRole('row').filter({ hasText: title });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Wizyta delegacji');
  await expect(row).toContainText('Planowana');
  await row.getByRole('button', { name: title }).click();
  await expect(heading).toBeVisible();

  // Each partner's timeline lists the visit and links to it.
  for (const partner of ['Ronnenberg', 'Duclair']) {
    await nav.getByRole('link', { name: 'Gminy partnerskie' }).click();
    await page.getByRole('main').getByRole('link', { name: partner, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: partner })).toBeVisible();
    const timeline = page.getByRole('region', { name: 'Historia współpracy' });
    const entry = timeline.getByRole('row').filter({ hasText: title });
    await expect(entry).toContainText('Wizyta');
    await expect(entry).toContainText('(przyjazdowa)');
    await entry.getByRole('link', { name: title }).click();
    await expect(heading).toBeVisible();
  }
});
