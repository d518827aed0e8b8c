// Every journey runs on a fixed day: the page's Date reads 10:00 on TODAY (Warsaw); its timers run as usual.
import { test as base } from '@playwright/test';

export { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The day every journey takes as today: a Thursday, the example office's own date. */
export const TODAY = '2026-11-26';
export const YEAR = Number(TODAY.slice(0, 4));

export const test = base.extend({
  page: async ({ page }, use) => {
    // Only Date is fixed: faked timers and animation frames would change how the page settles.
    await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00+01:00`));
    await use(page);
  },
});
