import { TODAY, expect, test } from './clock';

test('the dashboard tells the office what needs attention, and each item opens its record', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Wczytaj przykładowe dane' }).click();
  for (const name of [
    'Ten tydzień',
    'Zbliżające się rocznice',
    'Uśpione partnerstwa',
    'Obozy młodzieżowe',
    'Kopie zapasowe',
  ]) {
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

test('this week on the dashboard puts today first, then the rest of the week, each opening its record', async ({
  page,
}) => {
  // Today is Thursday 26 November 2026; the week began on Monday the 23rd.
  const monday = '2026-11-23';
  await page.goto('/');
  await page.getByRole('button', { name: 'Wczytaj przykładowe dane' }).click();
  await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Kalendarz' }).click();
  for (const [title, day] of [
    ['Spotkanie z Järfällą', TODAY],
    ['Narada przed obozem', monday],
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
  const week = page.getByRole('region', { name: 'Ten tydzień' });
  const today = week.getByRole('list', { name: 'Dziś' });
  const rest = week.getByRole('list', { name: 'Pozostałe w tym tygodniu' });
  await expect(today.getByRole('link', { name: 'Spotkanie z Järfällą' })).toBeVisible();
  await expect(today.getByRole('link', { name: 'Narada przed obozem' })).toHaveCount(0);
  await expect(rest.getByRole('link', { name: 'Narada przed obozem' })).toBeVisible();
  await today.getByRole('link', { name: 'Spotkanie z Järfällą' }).click();
  await expect(page.getByRole('dialog', { name: 'Spotkanie z Järfällą' })).toBeVisible();
});
