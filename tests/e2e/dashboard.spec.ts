import { TODAY, expect, test } from './clock';

test('the dashboard tells the office what needs attention, and each item opens its record', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Wczytaj przykładowe dane' }).click();
  for (const name of [
    'Przegląd',
    'Najbliższe 7 dni',
    'Zbliżające się rocznice',
    'Uśpione partnerstwa',
    'Obozy młodzieżowe',
    'Kopie zapasowe',
  ]) {
    await expect(page.getByRole('region', { name })).toBeVisible();
  }
  const backups = page.getByRole('region', { name: 'Kopie zapasowe' });
  await expect(backups.getByText(/Trwałe przechowywanie danych/)).toBeVisible();
  await expect(backups.getByRole('link', { name: 'Ustawienia kopii' })).toHaveAttribute('href', '#/settings/backups');

  // Ronnenberg's partnership (since 1992 in the example) reaches a round anniversary within a year.
  const anniversaries = page.getByRole('region', { name: 'Zbliżające się rocznice' });
  await anniversaries.getByRole('link', { name: 'Ronnenberg' }).click();
  await expect(page.getByRole('heading', { name: 'Ronnenberg', level: 1 })).toBeVisible();

  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('region', { name: 'Backups' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Next 7 days' })).toBeVisible();
});

test('the dashboard fills the width in three equal columns at 1366 and 1920 px; its counts open their lists', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Wczytaj przykładowe dane' }).click();
  const cards = ['Przegląd', 'Zbliżające się rocznice', 'Uśpione partnerstwa', 'Najbliższe 7 dni'];
  for (const width of [1366, 1920]) {
    await page.setViewportSize({ width, height: 768 });
    await expect(async () => {
      const boxes = await Promise.all(cards.map((name) => page.getByRole('region', { name }).boundingBox()));
      const [a, b, c, d] = boxes.map((box) => box!);
      // Three cards side by side, of one width, the fourth starting the next row under the first.
      expect(Math.abs(a!.y - b!.y)).toBeLessThan(2);
      expect(Math.abs(b!.y - c!.y)).toBeLessThan(2);
      expect(Math.abs(a!.width - c!.width)).toBeLessThan(2);
      expect(Math.abs(d!.x - a!.x)).toBeLessThan(2);
      expect(d!.y).toBeGreaterThan(a!.y);
      // The row spans the page: its last card ends near the window's right edge.
      expect(c!.x + c!.width).toBeGreaterThan(width - 60);
    }).toPass();
  }
  await page.getByRole('region', { name: 'Przegląd' }).getByRole('link', { name: /wizyt/ }).click();
  await expect(page.getByRole('heading', { name: 'Wizyty delegacji', level: 1 })).toBeVisible();
});

test('the next 7 days on the dashboard put today first, then the following days, each opening its record', async ({
  page,
}) => {
  // Today is Thursday 26 November 2026; Sunday the 29th is among the next 7 days.
  const sunday = '2026-11-29';
  await page.goto('/');
  await page.getByRole('button', { name: 'Wczytaj przykładowe dane' }).click();
  await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Kalendarz' }).click();
  for (const [title, day] of [
    ['Spotkanie z Järfällą', TODAY],
    ['Narada przed obozem', sunday],
  ] as const) {
    await page.getByRole('button', { name: 'Nowe wydarzenie' }).click();
    const form = page.getByRole('dialog', { name: 'Nowe wydarzenie' });
    await form.getByLabel('Tytuł').fill(title);
    await form.getByLabel('Data rozpoczęcia').fill(day);
    await form.getByLabel('Data zakończenia').fill(day);
    await form.getByRole('button', { name: 'Zapisz' }).click();
    await expect(form).toBeHidden();
  }
  await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Pulpit' }).click();
  const week = page.getByRole('region', { name: 'Najbliższe 7 dni' });
  const today = week.getByRole('list', { name: 'Dziś' });
  const rest = week.getByRole('list', { name: 'Kolejne dni' });
  await expect(today.getByRole('link', { name: 'Spotkanie z Järfällą' })).toBeVisible();
  await expect(today.getByRole('link', { name: 'Narada przed obozem' })).toHaveCount(0);
  await expect(rest.getByRole('link', { name: 'Narada przed obozem' })).toBeVisible();
  await today.getByRole('link', { name: 'Spotkanie z Järfällą' }).click();
  await expect(page.getByRole('dialog', { name: 'Spotkanie z Järfällą' })).toBeVisible();
});
