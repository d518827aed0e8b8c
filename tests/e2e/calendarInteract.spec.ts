// The calendar as a calendar: today marked, a click on an empty day opens a new event there, events dragged to
// another day, and a series' occurrence dragged with the "only this one" answer.
import { TODAY, YEAR, expect, test, type Locator, type Page } from './clock';

/** Drags with the mouse as a user does: press, a small move to start, then to the target and release. */
async function drag(page: Page, from: Locator, to: Locator) {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + 12, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + 24, a.y + a.height / 2, { steps: 2 });
  await page.mouse.move(b.x + 12, b.y + b.height / 2, { steps: 5 });
  await page.mouse.up();
}

/** Drags an item's end edge (the last pixels on its right) to another day. */
async function dragEnd(page: Page, item: Locator, to: Locator) {
  const a = (await item.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width - 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width + 10, a.y + a.height / 2, { steps: 2 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 5 });
  await page.mouse.up();
}

/** Where a box's right side is, in page pixels (NaN while it is not on screen). */
const rightOf = async (l: Locator) => {
  const box = await l.boundingBox();
  return box ? box.x + box.width : NaN;
};

test('a day clicked opens a new event there; events and one occurrence of a series are dragged to other days', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Wczytaj przykładowe dane' }).click();
  await expect(page.getByText('6 gmin partnerskich')).toBeVisible();
  await page.getByRole('navigation', { name: 'Nawigacja główna' }).getByRole('link', { name: 'Kalendarz' }).click();
  const grid = page.getByRole('table', { name: 'Kalendarz miesiąca listopad 2026' });
  const cell = (label: string, g = grid) => g.getByRole('cell', { name: new RegExp(`, ${label}$`) });

  // today: the one day marked as the current date
  expect(TODAY).toBe('2026-11-26');
  await expect(grid.locator('td[aria-current="date"]')).toHaveAttribute('aria-label', 'czwartek, 26 listopada 2026');

  // a click in the empty part of a day opens the form with that date
  const tenth = cell('10 listopada 2026');
  await tenth.click({ position: { x: 8, y: 96 } });
  const form = page.getByRole('dialog', { name: 'Nowe wydarzenie' });
  await expect(form.getByLabel('Data rozpoczęcia')).toHaveValue('10.11.2026');
  await form.getByLabel('Tytuł').fill('Spotkanie robocze referatu');
  await form.getByRole('button', { name: 'Zapisz' }).click();
  await expect(form).toBeHidden();
  const meeting = tenth.getByRole('button', { name: 'Spotkanie robocze referatu' });
  await expect(meeting).toBeVisible();

  // dragged two days on
  await drag(page, meeting, cell('12 listopada 2026'));
  await expect(cell('12 listopada 2026').getByRole('button', { name: 'Spotkanie robocze referatu' })).toBeVisible();
  await expect(meeting).toHaveCount(0);
  await expect(page.getByText('Przeniesiono: Spotkanie robocze referatu')).toBeVisible();

  // its end edge dragged to the 14th: it lasts three days, one bar from the 12th into the 14th
  const moved = cell('12 listopada 2026').getByRole('button', { name: 'Spotkanie robocze referatu' });
  const fourteenth = cell('14 listopada 2026');
  expect(await rightOf(moved)).toBeLessThan((await rightOf(cell('12 listopada 2026'))) + 1);
  await dragEnd(page, moved, fourteenth);
  await expect
    .poll(async () => (await rightOf(moved)) - (await rightOf(fourteenth)), { timeout: 10_000 })
    .toBeGreaterThan(-8);
  expect(await rightOf(moved)).toBeLessThan((await rightOf(fourteenth)) + 1);
  await expect(fourteenth.getByRole('button', { name: 'Spotkanie robocze referatu' })).toHaveCount(0);

  // one year's camp of the yearly series, dragged a week on: only this one moves
  await page.goto(`/#/calendar?view=month&date=${YEAR + 1}-07-01`);
  const july = page.getByRole('table', { name: `Kalendarz miesiąca lipiec ${YEAR + 1}` });
  const camp = /Wspólny obóz dzieci i młodzieży/;
  const start = cell(`10 lipca ${YEAR + 1}`, july).getByRole('button', { name: camp });
  await expect(start).toBeVisible();
  await drag(page, start, cell(`17 lipca ${YEAR + 1}`, july));
  const question = page.getByRole('dialog', { name: 'Przenieść wydarzenie cykliczne?' });
  // the arrow keys do not change the month behind the open question
  await expect(question).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(july).toBeVisible();
  await question.getByRole('button', { name: 'Tylko to wydarzenie' }).click();
  await expect(question).toBeHidden();
  await expect(cell(`17 lipca ${YEAR + 1}`, july).getByRole('button', { name: camp })).toBeVisible();
  await expect(cell(`10 lipca ${YEAR + 1}`, july).getByRole('button', { name: camp })).toHaveCount(0);
  // the next year's camp stays where the series puts it
  await page.goto(`/#/calendar?view=month&date=${YEAR + 2}-07-01`);
  const next = page.getByRole('table', { name: `Kalendarz miesiąca lipiec ${YEAR + 2}` });
  await expect(cell(`10 lipca ${YEAR + 2}`, next).getByRole('button', { name: camp })).toBeVisible();
});
