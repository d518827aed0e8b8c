// Nothing typed or stored is lost by accident: a changed form asks before closing, saves on Ctrl+S, keeps Save in view at 1366×768, and a deleted event comes back on Undo.
import { TODAY, expect, test } from './clock';

test('a new event asks before its changes are dropped, saves on Ctrl+S, and its delete is undone from the notification', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  await page.getByRole('button', { name: 'Wczytaj przykładowe dane' }).click();
  await expect(page.locator('[data-dashboard-ready]')).toBeVisible();
  await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Kalendarz' }).click();

  await page.getByRole('button', { name: 'Nowe wydarzenie' }).click();
  const form = page.getByRole('dialog', { name: 'Nowe wydarzenie' });
  // The long form keeps Save and Cancel on a 768 px high screen.
  await expect(form.getByRole('button', { name: 'Zapisz' })).toBeInViewport();
  await expect(form.getByRole('button', { name: 'Anuluj' })).toBeInViewport();
  await form.getByLabel('Tytuł').fill('Spotkanie z Järfällą');

  // Esc with a change asks first; going back keeps what was typed.
  await page.keyboard.press('Escape');
  const question = page.getByRole('dialog', { name: 'Odrzucić zmiany?' });
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Wróć do formularza' }).click();
  await expect(question).toBeHidden();
  await expect(form.getByLabel('Tytuł')).toHaveValue('Spotkanie z Järfällą');

  // Cancel asks as well; discarding closes the form and nothing is saved.
  await form.getByRole('button', { name: 'Anuluj' }).click();
  await question.getByRole('button', { name: 'Odrzuć zmiany' }).click();
  await expect(form).toBeHidden();

  // An untouched form closes without a question; Ctrl+S in a field saves.
  await page.getByRole('button', { name: 'Nowe wydarzenie' }).click();
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();
  await expect(question).toBeHidden();
  await page.getByRole('button', { name: 'Nowe wydarzenie' }).click();
  await form.getByLabel('Tytuł').fill('Spotkanie z Järfällą');
  await form.getByLabel('Data rozpoczęcia').fill(TODAY);
  await form.getByLabel('Data zakończenia').fill(TODAY);
  await form.getByLabel('Tytuł').press('Control+s');
  await expect(form).toBeHidden();
  const event = page.locator('main').getByRole('button', { name: 'Spotkanie z Järfällą', exact: true });
  await expect(event).toBeVisible();

  // Deleting the event offers Undo, which brings it back.
  await event.click();
  const details = page.getByRole('dialog', { name: 'Spotkanie z Järfällą' });
  await details.getByRole('button', { name: 'Usuń wydarzenie' }).click();
  await details.getByRole('button', { name: 'Usuń', exact: true }).click();
  await expect(details).toBeHidden();
  await expect(event).toHaveCount(0);
  const notice = page.getByRole('alert').filter({ hasText: 'Usunięto: Spotkanie z Järfällą' });
  await notice.getByRole('button', { name: 'Cofnij' }).click();
  await expect(event).toBeVisible();
});
