// The office's own profile on first start, the three ways to start, and example data removed in one step with Undo.
import { expect, test, type Page } from '@playwright/test';

// A 1×1 PNG: the smallest coat of arms there is.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

test.use({ viewport: { width: 1366, height: 768 } });

async function chooseFile(page: Page, button: string, file: { name: string; mimeType: string; buffer: Buffer }) {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await choosing).setFiles(file);
}

test('a new office enters its profile first, and it stays when example data comes and goes', async ({ page }) => {
  await page.goto('/');
  const profile = page.getByRole('form', { name: 'Profil urzędu' });
  await expect(page.getByRole('heading', { name: 'Najpierw profil urzędu' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Dodaj pierwszą gminę partnerską' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Przywróć kopię zapasową…' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Wczytaj przykładowe dane' })).toBeVisible();

  await profile.getByLabel('Nazwa gminy').fill('Tczew');
  await profile.getByLabel('Nazwa w dopełniaczu').fill('Tczewa');
  await profile.getByLabel('Nazwa w miejscowniku').fill('Tczewie');
  await profile.getByRole('combobox', { name: 'Województwo' }).fill('pomor');
  await page.getByRole('option', { name: 'pomorskie', exact: true }).click();
  await profile.getByLabel('Nazwa komórki urzędu').fill('Biuro Współpracy Zagranicznej');
  await profile.getByLabel('Adres').fill('pl. Piłsudskiego 1, 83-110 Tczew');
  await profile.getByLabel('E-mail').fill('wspolpraca@tczew.example');
  await profile.getByLabel('E-mail').press('Tab');
  // A file that is no image is refused with a reason; a PNG becomes the coat of arms.
  await chooseFile(page, 'Wybierz herb lub logo…', {
    name: 'herb.png',
    mimeType: 'image/png',
    buffer: Buffer.from('no image'),
  });
  await expect(page.getByText('To nie jest obraz PNG, JPEG ani WebP. Wybierz inny plik.')).toBeVisible();
  await chooseFile(page, 'Wybierz herb lub logo…', { name: 'herb.png', mimeType: 'image/png', buffer: PNG });
  await expect(profile.getByRole('img', { name: 'Herb lub logo gminy' })).toBeVisible();
  await profile.getByRole('button', { name: 'Zapisz profil' }).click();

  await expect(page.getByRole('heading', { name: 'Najpierw profil urzędu' })).toBeHidden();
  await expect(page.getByText('Biuro Współpracy Zagranicznej · współpraca zagraniczna Tczewa')).toBeVisible();

  // The example brings its own partners but leaves the office's profile alone.
  await page.getByRole('button', { name: 'Wczytaj przykładowe dane' }).click();
  await expect(page.getByRole('region', { name: 'Obozy młodzieżowe' })).toBeVisible();
  await expect(page.getByText('Biuro Współpracy Zagranicznej · współpraca zagraniczna Tczewa')).toBeVisible();

  // Settings edits the same profile.
  await page
    .getByRole('navigation', { name: 'Nawigacja główna' })
    .getByRole('link', { name: 'Ustawienia i kopie' })
    .click();
  await page.getByRole('navigation', { name: 'Sekcje ustawień' }).getByRole('link', { name: 'Profil urzędu' }).click();
  const settings = page.getByRole('form', { name: 'Profil urzędu' });
  await expect(settings.getByLabel('Nazwa gminy')).toHaveValue('Tczew');
  await expect(settings.getByLabel('Adres')).toHaveValue('pl. Piłsudskiego 1, 83-110 Tczew');
  await expect(settings.getByRole('img', { name: 'Herb lub logo gminy' })).toBeVisible();

  // Example data goes in one step, only the example, and comes back with Undo.
  await page
    .getByRole('navigation', { name: 'Sekcje ustawień' })
    .getByRole('link', { name: 'Przykładowe dane' })
    .click();
  await page.getByRole('button', { name: 'Usuń przykładowe dane' }).click();
  await page.getByRole('dialog', { name: 'Usunąć przykładowe dane?' }).getByRole('button', { name: 'Usuń' }).click();
  const notice = page.getByRole('alert').filter({ hasText: 'Usunięto przykładowe dane' });
  await expect(notice).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Nawigacja główna' })
    .getByRole('link', { name: 'Gminy partnerskie' })
    .click();
  await expect(page.getByText('Ronnenberg')).toHaveCount(0);
  await notice.getByRole('button', { name: 'Cofnij' }).click();
  await expect(page.getByRole('link', { name: 'Ronnenberg' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Nawigacja główna' })
    .getByRole('link', { name: 'Ustawienia i kopie' })
    .click();
  await page.getByRole('navigation', { name: 'Sekcje ustawień' }).getByRole('link', { name: 'Profil urzędu' }).click();
  await expect(page.getByRole('form', { name: 'Profil urzędu' }).getByLabel('Nazwa gminy')).toHaveValue('Tczew');
});

test('the example office brings the Swarzędz profile and takes it away; the first partner town starts from the start screen', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'First, the office profile' })).toBeVisible();
  await page.getByRole('button', { name: 'Load example data' }).click();
  await expect(page.getByText(/international relations of Swarzędz/)).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'You are working on example data' })).toBeVisible();

  await page.getByRole('button', { name: 'Remove the example data' }).click();
  await page.getByRole('dialog', { name: 'Remove the example data?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('heading', { name: 'First, the office profile' })).toBeVisible();
  await expect(page.getByText(/international relations of/)).toHaveCount(0);

  await page.getByRole('button', { name: 'Add the first partner town' }).click();
  await expect(page.getByRole('dialog', { name: 'New partner town' })).toBeVisible();
});
