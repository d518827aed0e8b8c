import { YEAR, expect, test } from './clock';

test('shows the annual report for a year with figures that open their records', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Wczytaj przykładowe dane' }).click();
  await expect(page.locator('[data-dashboard-ready]')).toBeVisible();
  await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Sprawozdania' }).click();
  await expect(
    page.getByRole('heading', { name: 'Sprawozdanie ze współpracy międzynarodowej', level: 1 }),
  ).toBeVisible();
  const year = YEAR;
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
  const year = YEAR;
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

test('each figure opens exactly its records: an outgoing count lists that visit, which opens; a card lists all its events', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Wczytaj przykładowe dane' }).click();
  await expect(page.locator('[data-dashboard-ready]')).toBeVisible();
  await page.goto('/#/reports');
  const year = YEAR - 1;
  await page.getByLabel('Rok').fill(String(year));
  await expect(page.locator(`[data-report-ready="${year}-01-01/${year}-12-31"]`)).toBeVisible();
  // The example office visited Järfälla last year and received no one.
  await expect(page.getByRole('button', { name: /^Pokaż listę: Wizyty przyjazdowe/ })).toHaveCount(0);
  const events = page.getByRole('button', { name: /^Pokaż listę: Wydarzenia \(\d+\)$/ });
  // The figure as shown (the button's name adds what it counts for screen readers).
  const eventCount = Number((await events.locator('[aria-hidden="true"]').textContent())?.trim());
  await events.click();
  await expect(page.getByRole('dialog').getByRole('link')).toHaveCount(eventCount);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  const visits = page.getByRole('region', { name: 'Wizyty delegacji według partnera' });
  await visits
    .getByRole('button', { name: 'Pokaż listę: Wizyty delegacji według partnera – Järfälla, Wyjazdowe (1)' })
    .click();
  const dialog = page.getByRole('dialog', { name: /Järfälla, Wyjazdowe/ });
  await expect(dialog.getByRole('link')).toHaveCount(1);
  await dialog.getByRole('link', { name: /Wizyta studyjna: edukacja ekologiczna mieszkańców/ }).click();
  await expect(page.getByRole('heading', { name: 'Wizyta studyjna: edukacja ekologiczna mieszkańców' })).toBeVisible();
});
