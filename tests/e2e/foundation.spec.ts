import { expect, test } from './clock';

test('loads example data, finds Ronnenberg, switches to English and keeps both after a reload', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Pulpit', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Wczytaj przykładowe dane' }).click();
  await expect(page.getByText('6 gmin partnerskich')).toBeVisible();

  const nav = page.getByRole('navigation', { name: 'Nawigacja główna' });
  await nav.getByRole('link', { name: 'Gminy partnerskie' }).click();
  await page.getByLabel('Filtruj po nazwie').fill('Ronn');
  const table = page.getByRole('table', { name: 'Gminy partnerskie' });
  await expect(table.getByRole('row')).toHaveCount(2);
  await expect(table.getByRole('cell', { name: /Ronnenberg/ })).toBeVisible();
  await expect(table.getByRole('cell', { name: 'Niemcy' })).toBeVisible();

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Partner towns', level: 1 })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Partner towns' }).getByRole('cell', { name: 'Germany' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Partner towns', level: 1 })).toBeVisible();
  await expect(page.getByRole('cell', { name: /Ronnenberg/ })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByText('6 partner towns')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('serves the page with a strict Content-Security-Policy', async ({ page }) => {
  await page.goto('/');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("object-src 'none'");
});

test('a start that fails says so in both languages instead of a blank window, and restarts', async ({ page }) => {
  // The Polish translations cannot be loaded (a damaged install): the app cannot start.
  await page.route(/\/assets\/pl-[^/]+\.js$/, (route) => route.abort());
  await page.goto('/');
  const failure = page.getByRole('alert');
  await expect(failure.getByRole('heading', { name: 'Nie udało się uruchomić aplikacji' })).toBeVisible();
  await expect(failure).toContainText('Twoje dane nie zostały zmienione');
  await expect(failure).toContainText('The app could not start');
  await page.unroute(/\/assets\/pl-[^/]+\.js$/);
  await failure.getByRole('button', { name: 'Uruchom ponownie / Restart' }).click();
  await expect(page.getByRole('heading', { name: 'Pulpit', level: 1 })).toBeVisible();
});
