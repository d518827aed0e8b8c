// Accessibility, measured: axe-core on every main screen and dialog in Polish and English; no serious or critical violation.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, YEAR, type Page } from './clock';

type Language = 'pl' | 'en';

/** Names of the controls the walk clicks, per language. */
const words = {
  pl: {
    addPartner: 'Dodaj gminę partnerską',
    addContact: 'Dodaj kontakt',
    newEvent: 'Nowe wydarzenie',
    newVisit: 'Nowa wizyta',
    addMember: 'Dodaj osobę',
    addParticipant: 'Dodaj uczestnika',
    addAgreement: 'Dodaj zmianę umowy',
    addProgrammeItem: 'Dodaj punkt programu',
    addGift: 'Dodaj upominek',
    programmeTab: 'Program',
    giftsTab: 'Upominki',
    save: 'Zapisz',
    cancel: 'Anuluj',
    search: 'Szukaj wszędzie (Ctrl+K)',
  },
  en: {
    addPartner: 'Add partner town',
    addContact: 'Add contact',
    newEvent: 'New event',
    newVisit: 'New visit',
    addMember: 'Add a person',
    addParticipant: 'Add participant',
    addAgreement: 'Add agreement change',
    addProgrammeItem: 'Add programme item',
    addGift: 'Add a gift',
    programmeTab: 'Programme',
    giftsTab: 'Gifts',
    save: 'Save',
    cancel: 'Cancel',
    search: 'Search everywhere (Ctrl+K)',
  },
} as const;

/**
 * Serious and critical violations as `rule: node` lines; prints the count. `within` limits the check to
 * what changed (the page's main area, an open dialog): the shell was checked on the first screen.
 */
async function audit(page: Page, language: Language, screen: string, within?: string): Promise<string[]> {
  const started = Date.now();
  const builder = new AxeBuilder({ page });
  if (within) builder.include(within);
  const result = await builder
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .options({ resultTypes: ['violations'] })
    .analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const nodes = bad.reduce((n, v) => n + v.nodes.length, 0);
  console.log(`axe ${language} ${screen}: ${nodes} (${Date.now() - started} ms)`);
  return bad.flatMap((v) =>
    v.nodes.map((n) => `${language} ${screen}: ${v.id} ${n.html.slice(0, 200)} ${n.failureSummary ?? ''}`),
  );
}

async function go(page: Page, hash: string) {
  await page.evaluate((h) => (window.location.hash = h), hash);
  await expect(page.locator('main h1').first()).toBeVisible();
}

async function dialog(page: Page, open: () => Promise<void>, language: Language, screen: string) {
  await open();
  const d = page.getByRole('dialog').last();
  await expect(d).toBeVisible();
  // The dialog fades in; its colours are checked once it is fully drawn, not half-way through the fade.
  await expect(d).toHaveCSS('opacity', '1');
  // A form dialog keeps its Save and Cancel on the 768 px high screen, however long the form.
  if (screen.endsWith(' form')) {
    await expect(d.getByRole('button', { name: words[language].save, exact: true })).toBeInViewport();
    await expect(d.getByRole('button', { name: words[language].cancel, exact: true })).toBeInViewport();
  }
  const found = await audit(page, language, screen, '[role="dialog"]');
  await page.keyboard.press('Escape');
  await expect(d).toBeHidden();
  return found;
}

async function walk(page: Page, language: Language): Promise<string[]> {
  const w = words[language];
  const found: string[] = [];
  await page.goto('/');
  // The first Tab reaches "skip to content", which moves the focus to the page's main area.
  await expect(page.getByRole('button', { name: 'Wczytaj przykładowe dane' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Przejdź do treści' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await page.getByRole('button', { name: 'Wczytaj przykładowe dane' }).click();
  await expect(page.getByRole('link', { name: 'Ronnenberg' }).first()).toBeVisible();
  if (language === 'en') {
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toBeVisible();
  }
  found.push(...(await audit(page, language, 'dashboard')));
  found.push(
    ...(await dialog(page, () => page.getByRole('button', { name: w.search }).click(), language, 'search dialog')),
  );

  await go(page, '#/partners');
  found.push(...(await audit(page, language, 'partners', 'main')));
  found.push(
    ...(await dialog(page, () => page.getByRole('button', { name: w.addPartner }).click(), language, 'partner form')),
  );
  await page.locator('main').getByRole('link', { name: 'Ronnenberg' }).click();
  await expect(page.getByRole('heading', { name: 'Ronnenberg', level: 1 })).toBeVisible();
  found.push(...(await audit(page, language, 'partner page', 'main')));
  found.push(
    ...(await dialog(page, () => page.getByRole('button', { name: w.addContact }).click(), language, 'contact form')),
  );
  found.push(
    ...(await dialog(
      page,
      () => page.getByRole('button', { name: w.addAgreement }).click(),
      language,
      'agreement form',
    )),
  );

  await go(page, '#/calendar');
  found.push(...(await audit(page, language, 'calendar', 'main')));
  // The other views draw their own grids and lists; each is checked once it shows.
  const main = page.locator('main');
  await go(page, '#/calendar?view=week');
  await expect(main.getByRole('list', { name: language === 'pl' ? /^Tydzień / : /^Week / })).toBeVisible();
  found.push(...(await audit(page, language, 'calendar: week', 'main')));
  await go(page, '#/calendar?view=year');
  await expect(main.getByRole('list', { name: language === 'pl' ? /^Rok \d{4}$/ : /^Year \d{4}$/ })).toBeVisible();
  found.push(...(await audit(page, language, 'calendar: year', 'main')));
  // July: every year of the example data has its camp and congress there.
  await go(page, `#/calendar?view=agenda&date=${YEAR}-07-15`);
  await expect(main.getByRole('table', { name: language === 'pl' ? 'Lista' : 'List' })).toBeVisible();
  found.push(...(await audit(page, language, 'calendar: list', 'main')));
  await go(page, '#/calendar');
  found.push(
    ...(await dialog(page, () => page.getByRole('button', { name: w.newEvent }).click(), language, 'event form')),
  );

  await go(page, '#/visits');
  found.push(...(await audit(page, language, 'visits', 'main')));
  found.push(
    ...(await dialog(page, () => page.getByRole('button', { name: w.newVisit }).click(), language, 'visit form')),
  );
  await page.locator('main a[href^="#/visits/"]:not([href="#/visits/settings"])').first().click();
  await expect(page.getByRole('tablist')).toBeVisible();
  found.push(...(await audit(page, language, 'visit page', 'main')));
  found.push(
    ...(await dialog(page, () => page.getByRole('button', { name: w.addMember }).click(), language, 'member form')),
  );
  await page.getByRole('tab', { name: w.programmeTab }).click();
  found.push(
    ...(await dialog(
      page,
      () => page.getByRole('button', { name: w.addProgrammeItem }).click(),
      language,
      'programme item form',
    )),
  );
  await page.getByRole('tab', { name: w.giftsTab }).click();
  found.push(
    ...(await dialog(page, () => page.getByRole('button', { name: w.addGift }).click(), language, 'gift form')),
  );

  await go(page, '#/exchanges');
  found.push(...(await audit(page, language, 'exchanges', 'main')));
  await page.locator('main a[href^="#/exchanges/"]:not([href="#/exchanges/privacy"])').first().click();
  await expect(page.getByRole('tablist')).toBeVisible();
  found.push(...(await audit(page, language, 'camp page', 'main')));
  found.push(
    ...(await dialog(
      page,
      () => page.getByRole('button', { name: w.addParticipant }).click(),
      language,
      'participant form',
    )),
  );

  await go(page, '#/reports');
  found.push(...(await audit(page, language, 'reports', 'main')));
  await go(page, '#/settings');
  // The page opens on its first section; the others are audited in their own test below.
  await expect(page.getByRole('navigation', { name: settingsNav[language] })).toBeVisible();
  found.push(...(await audit(page, language, 'settings', 'main')));
  return found;
}

const settingsNav = { pl: 'Sekcje ustawień', en: 'Settings sections' } as const;

/** Every section of the Settings page but the first (the walk audits it), one at a time as the page shows them. */
async function settingsSections(page: Page, language: Language): Promise<string[]> {
  const found: string[] = [];
  await page.goto('/#/settings');
  if (language === 'en') await page.getByRole('button', { name: 'English' }).click();
  const sections = page.getByRole('navigation', { name: settingsNav[language] });
  await expect(sections.getByRole('link').first()).toBeVisible();
  const count = await sections.getByRole('link').count();
  expect(count).toBeGreaterThan(9);
  for (let i = 1; i < count; i++) {
    const link = sections.getByRole('link').nth(i);
    const name = (await link.innerText()).trim();
    await link.click();
    await expect(link).toHaveAttribute('aria-current', 'page');
    await expect(page.locator('main h2').first()).toBeVisible();
    found.push(...(await audit(page, language, `settings: ${name}`, 'main')));
  }
  return found;
}

for (const language of ['pl', 'en'] as const) {
  test(`every section of the Settings page in ${language === 'pl' ? 'Polish' : 'English'} has no serious or critical axe violation`, async ({
    page,
  }) => {
    // Ten audits: about 35 s on an idle machine, several times that on a loaded one (the default limit holds it).
    await page.setViewportSize({ width: 1366, height: 768 });
    expect(await settingsSections(page, language)).toEqual([]);
  });

  test(`every main screen and dialog in ${language === 'pl' ? 'Polish' : 'English'} has no serious or critical axe violation`, async ({
    page,
  }) => {
    test.setTimeout(600_000);
    await page.setViewportSize({ width: 1366, height: 768 });
    const found = await walk(page, language);
    expect(found).toEqual([]);
  });
}
