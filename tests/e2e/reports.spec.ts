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

test('exports the report as a PDF in English whose text pdftotext reads back', async ({ page, context }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Wczytaj przykładowe dane' }).click();
  await expect(page.locator('[data-dashboard-ready]')).toBeVisible();
  await page.goto('/#/reports');
  const year = new Date().getFullYear();
  await expect(page.locator(`[data-report-ready="${year}-01-01/${year}-12-31"]`)).toBeVisible();
  await page.getByLabel('Język eksportu').selectOption('en');
  await page.getByRole('button', { name: 'Eksportuj PDF' }).click();
  const frame = page.getByTestId('platform-print-frame');
  const html = await frame.getAttribute('srcdoc');
  expect(html).toBeTruthy();
  const printed = await context.newPage();
  await printed.setContent(html!);
  const pdf = await printed.pdf({ format: 'A4' });
  const { execFileSync } = await import('node:child_process');
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const path = await import('node:path');
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'report-')), 'report.pdf');
  writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  expect(text).toContain('Report on international cooperation');
  expect(text).toContain('Swarzędz');
  expect(text).toContain('Events by partner');
  expect(text).toMatch(/Ronnenberg\s+2/);
  expect(text).toContain('Järfälla');
});
