import { readFile } from 'node:fs/promises';
import { TODAY, YEAR, expect, test, type Page } from './clock';
import ICAL from 'ical.js';

const year = YEAR;

async function loadExamplesAndOpenCalendar(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Wczytaj przykładowe dane' }).click();
  await expect(page.getByText('6 gmin partnerskich')).toBeVisible();
  await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Kalendarz' }).click();
  await expect(page.getByRole('heading', { name: 'Kalendarz', level: 1 })).toBeVisible();
}

async function pick(page: Page, label: string, option: string) {
  await page.getByRole('dialog').getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('creates the yearly camp with Ronnenberg and Duclair and finds it next July', async ({ page }) => {
  await loadExamplesAndOpenCalendar(page);
  await page.getByRole('button', { name: 'Nowe wydarzenie' }).click();
  const form = page.getByRole('dialog', { name: 'Nowe wydarzenie' });
  await form.getByLabel('Tytuł').fill('Letni obóz trzech miast');
  await pick(page, 'Rodzaj', 'Obóz / wymiana młodzieży');
  await form.getByLabel('Data rozpoczęcia').fill(`${year}-07-05`);
  await form.getByLabel('Data zakończenia').fill(`${year}-07-03`);
  await expect(form.getByText('Koniec nie może być przed początkiem')).toBeVisible();
  await form.getByLabel('Data zakończenia').fill(`${year}-07-15`);
  await expect(form.getByText('Koniec nie może być przed początkiem')).toHaveCount(0);
  await form.getByRole('combobox', { name: 'Gminy partnerskie' }).click();
  await page.getByRole('option', { name: 'Ronnenberg' }).click();
  await page.getByRole('option', { name: 'Duclair' }).click();
  await form.getByLabel('Koordynator').click();
  await pick(page, 'Powtarzanie', 'Co roku');
  await form.getByRole('button', { name: 'Zapisz' }).click();
  await expect(form).toBeHidden();

  // next July, reached with the "next period" button from today's month
  const steps = (year + 1) * 12 + 6 - (year * 12 + Number(TODAY.slice(5, 7)) - 1);
  for (let i = 0; i < steps; i += 1) await page.getByRole('button', { name: 'Następny okres' }).click();
  await expect(page.getByTestId('calendar-period')).toHaveText(`Lipiec ${year + 1}`);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('calendar-period')).toHaveText(`Sierpień ${year + 1}`);
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('calendar-period')).toHaveText(`Lipiec ${year + 1}`);
  const grid = page.getByRole('table', { name: `Kalendarz miesiąca lipiec ${year + 1}` });
  // Weeks start on Monday, with the weekday abbreviations Polish readers know.
  await expect(grid.getByRole('columnheader')).toHaveText(['pon.', 'wt.', 'śr.', 'czw.', 'pt.', 'sob.', 'niedz.']);
  await expect(
    grid
      .getByRole('cell', { name: new RegExp(`, 5 lipca ${year + 1}`) })
      .getByRole('button', { name: /Letni obóz trzech miast/ }),
  ).toBeVisible();
  await grid
    .getByRole('cell', { name: new RegExp(`, 5 lipca ${year + 1}`) })
    .getByRole('button', { name: /Letni obóz trzech miast/ })
    .click();
  const details = page.getByRole('dialog', { name: 'Letni obóz trzech miast' });
  await expect(details.getByRole('cell', { name: 'Ronnenberg, Duclair' })).toBeVisible();
  await expect(details.getByRole('cell', { name: 'co roku' })).toBeVisible();
  // Fête nationale on 14 July: Duclair takes part, so the French holiday is a clash
  await expect(details.getByText(/Święto \(Francja\): .*14 lipca/)).toBeVisible();

  // cancel only this year's camp: it stays visible, struck through and marked, the series goes on
  await details.getByRole('button', { name: 'Odwołaj ten termin' }).click();
  await expect(details).toBeHidden();
  const day5 = grid.getByRole('cell', { name: new RegExp(`, 5 lipca ${year + 1}`) });
  await expect(day5.getByRole('button', { name: /Letni obóz trzech miast · .*Odwołane/ })).toBeVisible();
  // keyboard: R = year view, → = next year, L = list of the month
  await page.keyboard.press('r');
  await expect(page.getByTestId('calendar-period')).toHaveText(`${year + 1}`);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('l');
  await expect(page.getByTestId('calendar-period')).toHaveText(`Lipiec ${year + 2}`);
  await expect(
    page.getByRole('table', { name: 'Lista' }).getByRole('button', { name: 'Letni obóz trzech miast' }),
  ).toBeVisible();
});

test('warns of the Polish holiday when an event falls on 15 August', async ({ page }) => {
  await loadExamplesAndOpenCalendar(page);
  await page.getByRole('button', { name: 'Nowe wydarzenie' }).click();
  const form = page.getByRole('dialog', { name: 'Nowe wydarzenie' });
  await form.getByLabel('Tytuł').fill('Piknik partnerski');
  await form.getByLabel('Data rozpoczęcia').fill(`${year + 1}-08-15`);
  const warning = form.getByRole('alert').filter({ hasText: 'Uwaga: możliwe kolizje' });
  await expect(warning).toContainText('Święto (Polska): Wniebowzięcie Najświętszej Maryi Panny');
  await form.getByLabel('Data rozpoczęcia').fill(`${year + 1}-08-17`);
  await expect(warning).toBeHidden();
});

test('exports every event to ICS that ical.js reads back', async ({ page }) => {
  await loadExamplesAndOpenCalendar(page);
  await page.getByRole('button', { name: 'Eksport ICS' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Eksportuj wszystko (ICS)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('kalendarz.ics');
  const text = await readFile((await download.path())!, 'utf8');
  expect(text).toContain('\r\n');
  const calendar = new ICAL.Component(ICAL.parse(text) as ConstructorParameters<typeof ICAL.Component>[0]);
  const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
  const camp = events.find((e) => e.summary === 'Wspólny obóz dzieci i młodzieży Swarzędz–Ronnenberg–Duclair');
  expect(camp).toBeDefined();
  expect(camp!.isRecurring()).toBe(true);
  expect(camp!.startDate.toString()).toBe('1992-07-10');
  expect(camp!.description).toContain('Ronnenberg, Duclair');
  expect(events.map((e) => e.summary)).toContain('Zjazd Europy w Tymbarku');
});

test('refuses a malformed ICS file with a message and imports a valid one after preview', async ({ page }) => {
  await loadExamplesAndOpenCalendar(page);
  let chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importuj ICS' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'zly.ics',
    mimeType: 'text/calendar',
    buffer: Buffer.from('BEGIN:VCALENDAR\r\nto nie jest kalendarz\r\n'),
  });
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: 'Plik nie jest poprawnym kalendarzem ICS. Nic nie zostało zaimportowane.' }),
  ).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Zamknij', exact: true }).last().click();

  chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Importuj ICS' }).click();
  const ics = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Ronnenberg//DE',
    'BEGIN:VEVENT',
    'UID:a@ronnenberg',
    'DTSTAMP:20260101T000000Z',
    `DTSTART;VALUE=DATE:${year + 1}0912`,
    `DTEND;VALUE=DATE:${year + 1}0914`,
    'SUMMARY:Stadtfest Ronnenberg',
    'LOCATION:Marktplatz',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:b@ronnenberg',
    'DTSTAMP:20260101T000000Z',
    `DTSTART:${year + 1}0920T080000Z`,
    `DTEND:${year + 1}0920T100000Z`,
    'SUMMARY:Ratssitzung',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
  await (await chooser).setFiles({ name: 'ronnenberg.ics', mimeType: 'text/calendar', buffer: Buffer.from(ics) });
  const dialog = page.getByRole('dialog', { name: 'Import kalendarza partnera (ICS)' });
  await expect(dialog.getByRole('table', { name: 'Podgląd' }).getByRole('row')).toHaveCount(3);
  await dialog.getByRole('checkbox', { name: 'Importuj „Ratssitzung”' }).uncheck();
  await dialog.getByRole('combobox', { name: 'Rodzaj: Stadtfest Ronnenberg' }).click();
  await page.getByRole('option', { name: 'Wydarzenie kulturalne' }).click();
  await dialog.getByRole('combobox', { name: 'Gmina partnerska dla zaznaczonych' }).click();
  await page.getByRole('option', { name: 'Ronnenberg' }).click();
  await dialog.getByText('Wybierz wydarzenia do zaimportowania').click();
  await dialog.getByRole('button', { name: 'Importuj 1 wydarzenie' }).click();
  await expect(dialog).toBeHidden();
  await page.goto(`/#/calendar?view=agenda&date=${year + 1}-09-01`);
  const list = page.getByRole('table', { name: 'Lista' });
  await expect(list.getByRole('button', { name: 'Stadtfest Ronnenberg' })).toBeVisible();
  await expect(list.getByText('Wydarzenie kulturalne')).toBeVisible();
  await expect(list.getByRole('button', { name: 'Ratssitzung' })).toHaveCount(0);

  // The agenda's filters stand in the address: another page and back keeps them.
  const filters = page.getByRole('group', { name: 'Filtry' });
  await filters.getByRole('combobox', { name: 'Rodzaj' }).click();
  await page.getByRole('option', { name: 'Konferencja' }).click();
  await expect(list.getByRole('button', { name: 'Stadtfest Ronnenberg' })).toHaveCount(0);
  await expect(page).toHaveURL(/kind=conference/);
  await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Pulpit' }).click();
  await expect(page.getByRole('heading', { name: 'Pulpit', level: 1 })).toBeVisible();
  await page.goBack();
  await expect(filters.getByRole('combobox', { name: 'Rodzaj' })).toHaveValue('Konferencja');
  await expect(page.getByTestId('calendar-period')).toHaveText(`Wrzesień ${year + 1}`);
  await expect(list.getByRole('button', { name: 'Stadtfest Ronnenberg' })).toHaveCount(0);
});

test('a task due today appears on the dashboard and opens the event it belongs to', async ({ page }) => {
  await loadExamplesAndOpenCalendar(page);
  const tasks = page.getByRole('group', { name: 'Dodaj zadanie' });
  await tasks.getByLabel('Zadanie').fill('Zadzwonić do Ronnenbergu w sprawie obozu');
  // Opening the picker lists the events near today; then typing narrows the list.
  const eventPicker = tasks.getByRole('combobox', { name: 'Powiązane wydarzenie' });
  await eventPicker.click();
  await expect(page.getByRole('option').first()).toBeVisible();
  await eventPicker.fill('Wspólny obóz');
  await page.getByRole('option', { name: /Wspólny obóz dzieci i młodzieży/ }).click();
  await tasks.getByRole('button', { name: 'Dodaj zadanie' }).click();
  await expect(
    page
      .getByRole('table', { name: 'Zadania' })
      .getByRole('cell', { name: 'Zadzwonić do Ronnenbergu w sprawie obozu', exact: true }),
  ).toBeVisible();

  await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Pulpit' }).click();
  const widget = page.getByRole('region', { name: 'Najbliższe 7 dni' });
  await widget.getByRole('link', { name: 'Zadzwonić do Ronnenbergu w sprawie obozu' }).click();
  await expect(
    page.getByRole('dialog', { name: 'Wspólny obóz dzieci i młodzieży Swarzędz–Ronnenberg–Duclair' }),
  ).toBeVisible();
});

test('moves one year of the camp series without touching the other years', async ({ page }) => {
  await loadExamplesAndOpenCalendar(page);
  const campTitle = 'Wspólny obóz dzieci i młodzieży Swarzędz–Ronnenberg–Duclair';
  const day = (y: number, label: string) =>
    page
      .getByRole('table', { name: `Kalendarz miesiąca lipiec ${y}` })
      .getByRole('cell', { name: new RegExp(`, ${label} ${y}$`) });

  await page.goto(`/#/calendar?view=month&date=${year + 1}-07-01`);
  await day(year + 1, '10 lipca')
    .getByRole('button', { name: new RegExp(campTitle) })
    .click();
  // The example's dates are the office's guess, and say so.
  await expect(
    page.getByRole('dialog', { name: campTitle }).getByText('Data przykładowa: źródło jej nie podaje.'),
  ).toBeVisible();
  await page.getByRole('dialog', { name: campTitle }).getByRole('button', { name: 'Edytuj ten termin' }).click();
  const form = page.getByRole('dialog', { name: /Edycja jednego terminu/ });
  await form.getByLabel('Tytuł').fill('Obóz jubileuszowy w Duclair');
  await form.getByLabel('Data rozpoczęcia').fill(`${year + 1}-07-12`);
  await form.getByLabel('Data zakończenia').fill(`${year + 1}-07-22`);
  await form.getByRole('button', { name: 'Zapisz' }).click();
  await expect(form).toBeHidden();

  await expect(day(year + 1, '12 lipca').getByRole('button', { name: /Obóz jubileuszowy w Duclair/ })).toBeVisible();
  // The day keeps only its own number (a button for a new event there): no item is left on it.
  await expect(day(year + 1, '11 lipca').getByRole('button')).toHaveText(['11']);
  await expect(day(year + 1, '12 lipca').getByRole('button', { name: new RegExp(campTitle) })).toHaveCount(0);

  await page.goto(`/#/calendar?view=month&date=${year + 2}-07-01`);
  await expect(day(year + 2, '10 lipca').getByRole('button', { name: new RegExp(campTitle) })).toBeVisible();
  await expect(page.getByRole('button', { name: /Obóz jubileuszowy w Duclair/ })).toHaveCount(0);
});

test('the week shows timed events at their hours, overlapping ones side by side, all-day ones above', async ({
  page,
}) => {
  await loadExamplesAndOpenCalendar(page);
  const day = `${year + 1}-07-13`;
  const addTimed = async (title: string, from: string, to: string) => {
    await page.getByRole('button', { name: 'Nowe wydarzenie' }).click();
    const form = page.getByRole('dialog', { name: 'Nowe wydarzenie' });
    await form.getByLabel('Tytuł').fill(title);
    await form.getByRole('checkbox', { name: 'Cały dzień' }).uncheck();
    await form.getByLabel('Data rozpoczęcia').fill(day);
    await form.getByLabel('Godzina rozpoczęcia').fill(from);
    await form.getByLabel('Data zakończenia').fill(day);
    await form.getByLabel('Godzina zakończenia').fill(to);
    await form.getByRole('button', { name: 'Zapisz' }).click();
    await expect(form).toBeHidden();
  };
  await addTimed('Spotkanie z burmistrzem', '10:00', '11:30');
  await addTimed('Konferencja prasowa', '11:00', '12:00');
  await addTimed('Kolacja dla delegacji', '19:00', '21:30');

  await page.goto(`/#/calendar?view=week&date=${day}`);
  await expect(page.getByTestId('calendar-period')).toHaveText(`12–18 lipca ${year + 1}`);
  await expect(page.getByTestId('calendar-period')).toHaveCSS('text-transform', 'none');
  const tuesday = page
    .getByRole('list', { name: /^Tydzień / })
    .getByRole('listitem', { name: new RegExp(`^wtorek, 13 lipca ${year + 1}`) });
  const mayor = tuesday.getByRole('button', { name: '10:00–11:30 Spotkanie z burmistrzem' });
  const press = tuesday.getByRole('button', { name: '11:00–12:00 Konferencja prasowa' });
  const dinner = tuesday.getByRole('button', { name: '19:00–21:30 Kolacja dla delegacji' });
  // The camp spans the week: one bar in the all-day band, not a copy in each day.
  const camp = page
    .getByRole('list', { name: /^Tydzień / })
    .getByRole('button', { name: /Wspólny obóz dzieci i młodzieży/ });
  await expect(dinner).toBeVisible();
  await expect(camp).toHaveCount(1);
  const box = async (button: typeof mayor) => {
    const b = await button.boundingBox();
    if (!b) throw new Error('not laid out');
    return b;
  };
  const [m, p, d, c] = [await box(mayor), await box(press), await box(dinner), await box(camp)];
  // the camp (all day) above the hours; the two meetings share the day's width; the dinner far below
  expect(c.y + c.height).toBeLessThanOrEqual(m.y);
  expect(p.x).toBeGreaterThanOrEqual(m.x + m.width - 2);
  expect(p.y).toBeGreaterThan(m.y);
  expect(m.height).toBeGreaterThan(p.height);
  expect(d.y).toBeGreaterThan(p.y + p.height + 5 * 30);
  expect(d.width).toBeGreaterThan(m.width * 1.5);
  await dinner.click();
  await expect(page.getByRole('dialog', { name: 'Kolacja dla delegacji' })).toBeVisible();
});

test('ICS import says which repeat rules it cannot store and offers their dates as single events, keeps a changed occurrence, and a second import of the file adds nothing by default', async ({
  page,
}) => {
  await loadExamplesAndOpenCalendar(page);
  const y = year + 1;
  const ics = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Duclair//FR',
    'BEGIN:VEVENT',
    'UID:fete@duclair',
    'DTSTAMP:20260101T000000Z',
    `DTSTART;VALUE=DATE:${y}0901`,
    'RRULE:FREQ=MONTHLY;BYMONTHDAY=1,15;COUNT=4',
    'SUMMARY:Fête de la rentrée',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:cours@duclair',
    'DTSTAMP:20260101T000000Z',
    `DTSTART;VALUE=DATE:${y}0907`,
    'RRULE:FREQ=WEEKLY;COUNT=3',
    'SUMMARY:Cours de polonais',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:cours@duclair',
    'DTSTAMP:20260101T000000Z',
    `RECURRENCE-ID;VALUE=DATE:${y}0914`,
    `DTSTART;VALUE=DATE:${y}0915`,
    'SUMMARY:Cours de polonais (mercredi)',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
  const importFile = async () => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Importuj ICS' }).click();
    await (await chooser).setFiles({ name: 'duclair.ics', mimeType: 'text/calendar', buffer: Buffer.from(ics) });
    return page.getByRole('dialog', { name: 'Import kalendarza partnera (ICS)' });
  };

  let dialog = await importFile();
  const preview = dialog.getByRole('table', { name: 'Podgląd' });
  await expect(preview.getByRole('row')).toHaveCount(3);
  await expect(preview.getByRole('row', { name: /Fête de la rentrée/ })).toContainText(
    'Powtarza się w sposób, którego aplikacja nie potrafi zapisać jako serii.',
  );
  await expect(
    dialog.getByRole('checkbox', { name: 'Importuj „Fête de la rentrée” jako pojedyncze wydarzenia' }),
  ).toBeChecked();
  await expect(preview.getByText('Importuj jego 4 terminy jako pojedyncze wydarzenia')).toBeVisible();
  await expect(preview.getByRole('row', { name: /Cours de polonais/ })).toContainText(
    '1 wystąpienie zmienione lub odwołane',
  );
  await dialog.getByRole('button', { name: 'Importuj 5 wydarzeń' }).click();
  await expect(dialog).toBeHidden();

  await page.goto(`/#/calendar?view=agenda&date=${y}-09-01`);
  const list = page.getByRole('table', { name: 'Lista' });
  await expect(list.getByRole('button', { name: 'Cours de polonais (mercredi)' })).toBeVisible();
  await expect(list.getByRole('button', { name: 'Fête de la rentrée' })).toHaveCount(2);

  dialog = await importFile();
  await expect(
    dialog.getByText('Już jest w kalendarzu (wcześniejszy import lub własny eksport). Zaznacz, aby dodać kopię.'),
  ).toHaveCount(2);
  await expect(dialog.getByRole('checkbox', { name: 'Importuj „Cours de polonais”' })).not.toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'Importuj „Fête de la rentrée”', exact: true })).not.toBeChecked();
  await expect(dialog.getByRole('button', { name: 'Importuj 0 wydarzeń' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Anuluj' }).click();
  await expect(list.getByRole('button', { name: 'Fête de la rentrée' })).toHaveCount(2);
  await expect(list.getByRole('button', { name: /^Cours de polonais/ })).toHaveCount(3);
});

test('a task tied to the camp and a visit falls due six weeks before the next camp and opens the visit', async ({
  page,
}) => {
  await loadExamplesAndOpenCalendar(page);
  const campYear = TODAY < `${year}-07-11` ? year : year + 1; // the next camp starting today or later
  const due = new Date(Date.UTC(campYear, 6, 10 - 42)).toISOString().slice(0, 10);
  const shown = (iso: string) => iso.split('-').reverse().join('.');
  const tasks = page.getByRole('group', { name: 'Dodaj zadanie' });
  await tasks.getByLabel('Zadanie', { exact: true }).fill('Pokazać obozowiczom materiały z Järfälli');
  // Opening the picker lists the events near today; then typing narrows the list.
  const eventPicker = tasks.getByRole('combobox', { name: 'Powiązane wydarzenie' });
  await eventPicker.click();
  await expect(page.getByRole('option').first()).toBeVisible();
  await eventPicker.fill('Wspólny obóz');
  await page.getByRole('option', { name: /Wspólny obóz dzieci i młodzieży/ }).click();
  // The visit is picked by keyboard: its list opens below the form, and scrolling to click an option can scroll the
  // picker out of its panel, which hides the list (the option then never becomes visible).
  const visitPicker = tasks.getByRole('combobox', { name: 'Powiązana wizyta' });
  await visitPicker.fill('ekolog');
  await expect(page.getByRole('option', { name: /Wizyta studyjna: edukacja ekologiczna mieszkańców/ })).toBeAttached();
  await visitPicker.press('ArrowDown');
  await visitPicker.press('Enter');
  await expect(visitPicker).toHaveValue(/^Wizyta studyjna: edukacja ekologiczna mieszkańców/);
  await tasks.getByRole('checkbox', { name: 'Termin przed wydarzeniem' }).check();
  await expect(tasks.getByLabel('Termin', { exact: true })).toHaveValue(
    `${due.slice(8, 10)}.${due.slice(5, 7)}.${due.slice(0, 4)}`,
  );
  await expect(
    tasks.getByText(`Termin ${shown(due)}: 6 tygodni przed początkiem wydarzenia (${shown(`${campYear}-07-10`)})`),
  ).toBeVisible();
  await expect(
    tasks.getByText(/Jeśli wydarzenie zostanie później przesunięte, termin zadania się nie zmieni/),
  ).toBeVisible();
  await tasks.getByRole('button', { name: 'Dodaj zadanie' }).click();

  const row = page.getByRole('table', { name: 'Zadania' }).getByRole('row', { name: /Pokazać obozowiczom/ });
  await expect(row).toContainText(shown(due));
  await expect(
    row.getByRole('link', { name: 'Wspólny obóz dzieci i młodzieży Swarzędz–Ronnenberg–Duclair' }),
  ).toBeVisible();
  await row.getByRole('link', { name: 'Wizyta studyjna: edukacja ekologiczna mieszkańców' }).click();
  await expect(
    page.getByRole('heading', { name: 'Wizyta studyjna: edukacja ekologiczna mieszkańców', level: 1 }),
  ).toBeVisible();
});
