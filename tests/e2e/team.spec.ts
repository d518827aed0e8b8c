// Two desks (two browser contexts) and one pouchdb-server started here: a partner added on one desk appears on the
// other, a change saved offline and the desk closed reaches the other desk after reopening, a minor erased on one desk
// leaves no body in any revision on the server, and with the server stopped the status says offline while the desk
// keeps working; an office login gets no youth data; a merge stays readable in the merge log.
import type { Browser, BrowserContext } from '@playwright/test';
import { teamServerPort } from '../../playwright.config';
import { startCouchServer, type CouchServer } from '../helpers/couchServer.mjs';
import { fetchAs, serverRevisionBodies, setUpOffice, type OfficeUser } from '../helpers/office';
import { expect, test, TODAY, type Page } from './clock';

const anna: OfficeUser = { name: 'anna', roles: ['office', 'youth'], password: 'anna-pass-1' };
const jan: OfficeUser = { name: 'jan', roles: ['office'], password: 'jan-pass-1' };
let server: CouchServer | null = null;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  server = await startCouchServer({ port: teamServerPort });
  await setUpOffice(server, 'twinning-', [anna, jan]);
});
test.afterAll(async () => {
  await server?.stop();
  server = null;
});

const contexts: BrowserContext[] = [];
test.afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});

async function openDesk(context: BrowserContext, baseURL: string): Promise<Page> {
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00+01:00`));
  await page.goto(baseURL);
  return page;
}

async function desk(browser: Browser, baseURL: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'pl-PL', timezoneId: 'Europe/Warsaw', baseURL });
  contexts.push(context);
  return { context, page: await openDesk(context, baseURL) };
}

const status = (page: Page) => page.getByRole('status', { name: 'Synchronizacja' });

async function connect(page: Page, user: OfficeUser, firstConnect?: 'Wyślij moje rekordy do referatu') {
  await page.goto('#/settings/team');
  const team = page.getByRole('region', { name: 'Praca zespołowa' });
  await team.getByLabel('Adres serwera').fill(`http://127.0.0.1:${teamServerPort}`);
  await team.getByRole('textbox', { name: 'Login' }).fill(user.name);
  await team.getByLabel(/^Hasło/).fill(user.password);
  await team.getByRole('button', { name: 'Połącz' }).click();
  if (firstConnect) await page.getByRole('dialog').getByRole('button', { name: firstConnect }).click();
  await expect(team.getByText(`Połączono jako ${user.name}`)).toBeVisible();
  await expect(status(page)).toContainText('Aktualne');
}

async function addPartner(page: Page, name: string) {
  await page.goto('#/partners');
  await page.getByRole('button', { name: 'Dodaj gminę partnerską' }).click();
  const form = page.getByRole('form', { name: 'Nowa gmina partnerska' });
  await form.getByRole('textbox', { name: 'Nazwa', exact: true }).fill(name);
  await form.getByRole('combobox', { name: 'Kraj' }).fill('Niem');
  await page.getByRole('option', { name: 'Niemcy' }).click();
  await form.getByRole('button', { name: 'Zapisz' }).click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
}

async function seesPartner(page: Page, name: string) {
  await page.goto('#/partners');
  await expect(page.getByRole('link', { name })).toBeVisible({ timeout: 20_000 });
}

/** Cuts one desk off the office's server (its requests to /_team/ fail as when the network is down). */
async function goOffline(page: Page) {
  await page.route('**/_team/**', (route) => route.abort('internetdisconnected'));
}

test('a partner added on one desk appears on the other', async ({ browser, baseURL }) => {
  const a = await desk(browser, baseURL!);
  const b = await desk(browser, baseURL!);
  await Promise.all([connect(a.page, anna), connect(b.page, jan)]);
  await addPartner(a.page, 'Ronnenberg');
  await expect(status(a.page)).toContainText('Aktualne');
  await seesPartner(b.page, 'Ronnenberg');
});

test('a change saved offline on a desk closed at once reaches the other desk after reopening', async ({
  browser,
  baseURL,
}) => {
  const a = await desk(browser, baseURL!);
  const b = await desk(browser, baseURL!);
  await Promise.all([connect(a.page, anna), connect(b.page, jan)]);
  await goOffline(a.page);
  await addPartner(a.page, 'Duclair');
  await expect(status(a.page)).toContainText('1 zmiana czeka');
  await a.page.close();
  const reopened = await openDesk(a.context, baseURL!);
  await expect(status(reopened)).toContainText('Aktualne', { timeout: 20_000 });
  await seesPartner(b.page, 'Duclair');
});

async function goOnline(page: Page) {
  await page.unroute('**/_team/**');
  // The desk may find the server again by itself before "Try again" is clicked (the button then goes away);
  // either way it ends up to date.
  const retry = page.getByRole('button', { name: 'Spróbuj ponownie' });
  await expect(async () => {
    if (await retry.isVisible()) await retry.click({ timeout: 1_000 });
    await expect(status(page)).toContainText('Aktualne', { timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
}

async function editVisit(page: Page, change: (form: ReturnType<Page['getByRole']>) => Promise<void>) {
  await page.getByRole('button', { name: 'Edytuj', exact: true }).click();
  const form = page.getByRole('dialog', { name: 'Edycja wizyty' });
  await change(form);
  await form.getByRole('button', { name: 'Zapisz' }).click();
  await expect(form).toBeHidden();
}

test('both desks offline edit one visit: both show the same merged visit and the notice', async ({
  browser,
  baseURL,
}) => {
  const a = await desk(browser, baseURL!);
  const b = await desk(browser, baseURL!);
  await Promise.all([connect(a.page, anna), connect(b.page, jan)]);
  await a.page.goto('#/visits');
  await a.page.getByRole('button', { name: 'Nowa wizyta' }).click();
  const form = a.page.getByRole('dialog', { name: 'Nowa wizyta delegacji' });
  await form.getByRole('combobox', { name: 'Gminy partnerskie' }).click();
  await a.page.getByRole('option', { name: 'Ronnenberg' }).click();
  await form.getByLabel('Tytuł').fill('Wizyta z Ronnenbergu');
  await form.getByRole('textbox', { name: 'Od', exact: true }).fill('2031-05-12');
  await form.getByRole('textbox', { name: 'Do', exact: true }).fill('2031-05-13');
  await form.getByRole('button', { name: 'Zapisz' }).click();
  await expect(a.page.getByRole('heading', { level: 1, name: 'Wizyta z Ronnenbergu' })).toBeVisible();
  await expect(status(a.page)).toContainText('Aktualne');
  await b.page.goto('#/visits');
  await b.page.getByRole('link', { name: 'Wizyta z Ronnenbergu' }).click({ timeout: 20_000 });
  await expect(b.page.getByRole('heading', { level: 1, name: 'Wizyta z Ronnenbergu' })).toBeVisible();

  await Promise.all([goOffline(a.page), goOffline(b.page)]);
  await editVisit(a.page, async (f) => {
    await f.getByLabel('Tytuł').fill('Wizyta burmistrza Ronnenbergu');
    await f.getByRole('textbox', { name: 'Do', exact: true }).fill('2031-05-14');
  });
  await editVisit(b.page, (f) => f.getByLabel('Tytuł').fill('Wizyta delegacji Ronnenbergu'));
  await expect(status(a.page)).toContainText('1 zmiana czeka');
  await expect(status(b.page)).toContainText('1 zmiana czeka');
  await Promise.all([goOnline(a.page), goOnline(b.page)]);

  // Same moment on both desks (a fixed clock): the later login in order wins the title; the other value is offered,
  // on jan's desk as anna's, on anna's own desk as her value back.
  for (const page of [a.page, b.page]) {
    await expect(page.getByRole('heading', { level: 1, name: 'Wizyta delegacji Ronnenbergu' })).toBeVisible({
      timeout: 20_000,
    });
    await expect(page.getByText('14 maja 2031')).toBeVisible();
  }
  await expect(
    b.page.getByText('w międzyczasie zmienił(a) anna – ich wartość: „Wizyta burmistrza Ronnenbergu”'),
  ).toBeVisible();
  await expect(b.page.getByRole('button', { name: 'Weź ich wartość' })).toBeVisible();
  await expect(
    a.page.getByText('w międzyczasie zmienił(a) jan – twoja wartość: „Wizyta burmistrza Ronnenbergu”'),
  ).toBeVisible();
  await a.page.getByRole('button', { name: 'Przywróć swoją wartość' }).click();
  await expect(a.page.getByRole('heading', { level: 1, name: 'Wizyta burmistrza Ronnenbergu' })).toBeVisible();
  await expect(b.page.getByRole('heading', { level: 1, name: 'Wizyta burmistrza Ronnenbergu' })).toBeVisible({
    timeout: 20_000,
  });

  // The merge log in Settings → Team keeps the notice, the value taken, and leads to the visit.
  await a.page.goto('#/settings/team');
  const log = a.page.getByRole('region', { name: 'Dziennik scaleń' });
  const merge = log
    .getByRole('listitem', { name: 'Wizyta: Wizyta burmistrza Ronnenbergu' })
    .filter({ hasText: 'Tytuł: w międzyczasie zmienił(a) jan – twoja wartość' });
  await expect(merge).toContainText('Przywrócono twoją wartość');
  await merge.getByRole('link', { name: 'Wizyta burmistrza Ronnenbergu' }).click();
  await expect(a.page.getByRole('heading', { level: 1, name: 'Wizyta burmistrza Ronnenbergu' })).toBeVisible();
});

async function openCamp(page: Page) {
  await page.goto('#/exchanges');
  await page.getByRole('link', { name: 'Otwórz edycję' }).click({ timeout: 20_000 });
}

test('youth data reaches the youth role only: the office login gets 401 and sees no participants', async ({
  browser,
  baseURL,
}) => {
  const a = await desk(browser, baseURL!);
  await a.page.getByRole('button', { name: 'Wczytaj przykładowe dane' }).click();
  await expect(a.page.getByText('6 gmin partnerskich')).toBeVisible();
  await connect(a.page, anna, 'Wyślij moje rekordy do referatu');
  await openCamp(a.page);
  await a.page.getByRole('button', { name: 'Dodaj uczestnika' }).click();
  const form = a.page.getByRole('dialog', { name: 'Nowy uczestnik' });
  await form.getByRole('textbox', { name: /^Imię/ }).fill('Łucja');
  await form.getByRole('textbox', { name: /^Nazwisko/ }).fill('Żółkiewska');
  await form.getByLabel(/^Data urodzenia/).fill('2013-02-28');
  await form.getByRole('textbox', { name: 'Rodzic lub opiekun prawny' }).fill('Anna Żółkiewska');
  await form.getByRole('textbox', { name: 'Telefon rodzica lub opiekuna' }).fill('+48 600 100 200');
  await form.getByRole('button', { name: 'Zapisz' }).click();
  await expect(form).toBeHidden();
  await expect(status(a.page)).toContainText('Aktualne', { timeout: 20_000 });

  const office = await desk(browser, baseURL!);
  await connect(office.page, jan);
  await openCamp(office.page);
  await expect(office.page.getByText('Twoja rola nie obejmuje danych młodzieży')).toBeVisible();
  await expect(office.page.getByRole('tab', { name: /Uczestnicy/ })).toHaveCount(0);
  await expect(office.page.getByText('Żółkiewska')).toHaveCount(0);
  const youthDb = (page: Page, user: OfficeUser) =>
    page.evaluate(
      async (auth) => {
        const response = await fetch('/_team/twinning-youth/_all_docs', { headers: { Authorization: auth } });
        const rows = ((await response.json()) as { rows?: { id: string }[] }).rows ?? [];
        return { status: response.status, participants: rows.filter((r) => r.id.startsWith('participants:')).length };
      },
      `Basic ${Buffer.from(`${user.name}:${user.password}`).toString('base64')}`,
    );
  expect(await youthDb(office.page, jan)).toEqual({ status: 401, participants: 0 });

  // The youth login reads the same database, which holds the participant, and its desk shows them.
  expect(await youthDb(a.page, anna)).toEqual({ status: 200, participants: 1 });
  await expect(a.page.getByRole('tab', { name: 'Uczestnicy (1)' })).toBeVisible();
  await expect(a.page.getByRole('link', { name: 'Żółkiewska Łucja' })).toBeVisible();
});

/** Every current document of the office's youth database and every revision the server holds of `id`. */
async function youthServerText(id: string): Promise<string> {
  const admin = fetchAs({ ...server!.admin, roles: [] });
  const all = await (await admin(`${server!.url}/twinning-youth/_all_docs?include_docs=true`)).text();
  return `${all}\n${await serverRevisionBodies(server!, 'twinning-youth', id)}`;
}

// Łucja Żółkiewska reached the office's server in the journey above.
test('a minor erased on a youth desk leaves no body on the server, and the other desk no longer shows them', async ({
  browser,
  baseURL,
}) => {
  const a = await desk(browser, baseURL!);
  const b = await desk(browser, baseURL!);
  await Promise.all([connect(a.page, anna), connect(b.page, anna)]);
  await Promise.all([openCamp(a.page), openCamp(b.page)]);
  await expect(b.page.getByRole('link', { name: 'Żółkiewska Łucja' })).toBeVisible({ timeout: 20_000 });
  await a.page.getByRole('link', { name: /^Dane osoby: .*Żółkiewska/i }).click({ timeout: 20_000 });
  await expect(a.page.getByRole('heading', { level: 1, name: /Żółkiewska/i })).toBeVisible();
  const personUrl = a.page.url();

  const admin = fetchAs({ ...server!.admin, roles: [] });
  const rows = ((await (await admin(`${server!.url}/twinning-youth/_all_docs`)).json()) as { rows: { id: string }[] })
    .rows;
  const ids = rows.map((r) => r.id).filter((id) => id.startsWith('participants:'));
  expect(ids).toHaveLength(1);
  const id = ids[0] ?? '';
  const values = ['Żółkiewska', '600 100 200', '2013-02-28'];
  const before = await youthServerText(id);
  for (const value of values) expect(before).toContain(value);

  await a.page.getByRole('button', { name: 'Usuń dane tej osoby' }).click();
  await a.page.getByRole('dialog', { name: 'Usunąć dane osoby?' }).getByRole('button', { name: 'Usuń trwale' }).click();
  await a.page.getByRole('dialog', { name: 'Usunięto dane osoby' }).getByRole('button', { name: 'Zamknij' }).click();
  await expect(status(a.page)).toContainText('Aktualne', { timeout: 20_000 });

  // Every revision the server keeps of the person, and every document of the youth database, as read from here.
  await expect
    .poll(
      async () => {
        const after = await youthServerText(id);
        return values.filter((value) => after.includes(value));
      },
      { timeout: 20_000 },
    )
    .toEqual([]);

  await expect(b.page.getByRole('link', { name: /Żółkiewska/i })).toHaveCount(0, { timeout: 20_000 });
  await b.page.goto(personUrl);
  await expect(b.page.getByText('Nie ma takiej osoby (mogła zostać usunięta)')).toBeVisible();
  await expect(b.page.getByText(/Żółkiewska/i)).toHaveCount(0);
});

test('with the server stopped the status says offline and the desk keeps working', async ({ browser, baseURL }) => {
  const a = await desk(browser, baseURL!);
  await connect(a.page, anna);
  await server!.stop();
  server = null;
  await expect(status(a.page)).toContainText('Brak połączenia z serwerem', { timeout: 20_000 });
  await addPartner(a.page, 'Pärnu');
  await expect(status(a.page)).toContainText('1 zmiana czeka');
  await seesPartner(a.page, 'Pärnu');
});
