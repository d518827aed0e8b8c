import { expect, test } from '@playwright/test';

test('shows the annual report for a year with figures that open their records', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Wczytaj przykładowe dane' }).click();
  await expect(page.locator('[data-dashboard-ready]')).toBeVisible();
  await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Sprawozdania' }).click();
  await expect(page.getByRole('heading', { name: 'Sprawozdanie ze współpracy międzynarodowej', level: 1 })).toBeVisible();
  const year = new Date().getFullYear();
  await page.getByLabel('Rok').fill(String(year));
  await expect(page.locator(`[data-report-ready="${year}-01-01/${year}-12-31"]`)).toBeVisible();
  const partners = page.getByRole('region', { name: 'Gminy partnerskie' });
  await partners.getByRole('button', { name: /Aktywne/ }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('link', { name: 'Ronnenberg' })).toBeVisible();
});
