import { expect, test } from '@playwright/test';

test('the dashboard tells the office what needs attention, and each item opens its record', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Wczytaj przykładowe dane' }).click();
  for (const name of ['Ten tydzień', 'Zbliżające się rocznice', 'Uśpione partnerstwa', 'Obozy młodzieżowe', 'Kopie zapasowe']) {
    await expect(page.getByRole('region', { name })).toBeVisible();
  }
  const backups = page.getByRole('region', { name: 'Kopie zapasowe' });
  await expect(backups.getByText(/Trwałe przechowywanie danych/)).toBeVisible();
  await expect(backups.getByRole('link', { name: 'Ustawienia kopii' })).toHaveAttribute('href', '#/settings');

  // Ronnenberg's partnership (since 1992 in the example) reaches a round anniversary within a year.
  const anniversaries = page.getByRole('region', { name: 'Zbliżające się rocznice' });
  await anniversaries.getByRole('link', { name: 'Ronnenberg' }).click();
  await expect(page.getByRole('heading', { name: 'Ronnenberg', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('region', { name: 'Backups' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'This week' })).toBeVisible();
});
