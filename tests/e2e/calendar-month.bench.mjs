// Month-view timing in Chromium with 20,000 events (~500 a month): next-month clicks until the new grid shows events.
// Build the renderer, serve it (`npx vite preview --config vite.config.ts --port 4202`), then
// `node tests/e2e/calendar-month.bench.mjs [base-url]`. Prints figures; asserts nothing.
import { chromium } from '@playwright/test';

const base = process.argv[2] ?? 'http://127.0.0.1:4202/';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({
  locale: 'pl-PL',
  timezoneId: 'Europe/Warsaw',
  viewport: { width: 1400, height: 1000 },
});
await page.goto(base);
await page.getByRole('button', { name: 'Wczytaj przykładowe dane' }).click();
await page.getByText('6 gmin partnerskich').waitFor();
await page.goto(base + '#/calendar?view=month&date=2027-07-01');
await page.getByRole('table', { name: /Kalendarz miesiąca/ }).waitFor();
// seed 20,000 events straight into IndexedDB: ~500 in each month from 2025 to 2028
const seeded = await page.evaluate(
  () =>
    new Promise((resolve, reject) => {
      const open = indexedDB.open('twinning-desk');
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction('events', 'readwrite');
        const store = tx.objectStore('events');
        const now = new Date().toISOString();
        for (let i = 0; i < 20000; i++) {
          const d = new Date(Date.UTC(2025, 0, 1) + Math.floor((i * 1200) / 20000) * 86400000)
            .toISOString()
            .slice(0, 10);
          const e = new Date(Date.UTC(2025, 0, 1) + (Math.floor((i * 1200) / 20000) + (i % 3)) * 86400000)
            .toISOString()
            .slice(0, 10);
          store.put({
            id: 'b' + i,
            title: 'Wydarzenie ' + i,
            kind: ['conference', 'sports', 'cultural', 'other'][i % 4],
            allDay: true,
            start: d,
            end: e,
            place: {},
            host: 'home',
            partnerIds: [],
            status: 'planned',
            series: 0,
            exceptions: [],
            coordinator: 'K' + (i % 30),
            createdAt: now,
            updatedAt: now,
          });
        }
        tx.oncomplete = () => {
          db.close();
          resolve(20000);
        };
        tx.onerror = () => reject(tx.error);
      };
      open.onerror = () => reject(open.error);
    }),
);
console.log('seeded', seeded);
await page.goto(base + '#/calendar?view=month&date=2026-06-01');
await page.reload();
await page.getByRole('table', { name: 'Kalendarz miesiąca czerwiec 2026' }).waitFor();
await page.waitForTimeout(1500);
const times = [];
const months = [
  'lipiec 2026',
  'sierpień 2026',
  'wrzesień 2026',
  'październik 2026',
  'listopad 2026',
  'grudzień 2026',
  'styczeń 2027',
  'luty 2027',
  'marzec 2027',
  'kwiecień 2027',
  'maj 2027',
  'czerwiec 2027',
  'lipiec 2027',
  'sierpień 2027',
  'wrzesień 2027',
  'październik 2027',
];
for (const m of months) {
  const ms = await page.evaluate(
    (label) =>
      new Promise((resolve) => {
        const t0 = performance.now();
        document.querySelector('button[aria-label="Następny okres"]').click();
        const check = () => {
          const t = document.querySelector(`table[aria-label="Kalendarz miesiąca ${label}"]`);
          if (t && t.querySelectorAll('button[data-kind]').length > 0)
            requestAnimationFrame(() => resolve(performance.now() - t0));
          else requestAnimationFrame(check);
        };
        check();
      }),
    m,
  );
  times.push(Math.round(ms));
  await page.waitForTimeout(300);
}
const sorted = [...times].sort((a, b) => a - b);
console.log('next-month ready (ms):', times.join(', '), '| median', sorted[Math.floor(sorted.length / 2)]);
const chips = await page.locator('button[data-kind]').count();
console.log('chips rendered', chips);
// cold open of the month view (route already loaded)
const cold = [];
for (let i = 0; i < 3; i++) {
  await page.goto(base + '#/');
  await page.getByRole('heading', { name: 'Pulpit' }).waitFor();
  const t0 = Date.now();
  await page.goto(base + '#/calendar?view=month&date=2026-07-01');
  await page.locator('table[aria-label="Kalendarz miesiąca lipiec 2026"] button[data-kind]').first().waitFor();
  cold.push(Date.now() - t0);
}
console.log('open calendar page at July 2026 (ms, incl. navigation):', cold.join(', '));
await browser.close();
