// `npm run bench [-- --quick]`: builds the renderer, seeds a synthetic office in headless Chromium
// through the app's own code, measures against budgets and the raw IndexedDB floors, prints a table
// and writes out/bench/bench.json. Never fails on a figure (exit 1 only if the benchmark itself breaks).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const quick = process.argv.includes('--quick');
const runs = quick ? 1 : 5;
const scale = quick ? 0.05 : 1;
const port = Number(process.env.BENCH_PORT ?? 4310);
const base = `http://127.0.0.1:${port}/`;
const root = process.cwd();
const prodDir = path.join(root, 'out/renderer');
const benchDir = path.join(root, 'out/bench-renderer');
const profile = path.join(root, 'bench-data', quick ? 'profile-quick' : 'profile');
const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function build(mode, outDir) {
  const r = spawnSync('npx', ['vite', 'build', '--config', 'vite.config.ts', '--mode', mode, '--logLevel', 'error'], {
    stdio: 'inherit',
    env: { ...process.env, RENDERER_OUT_DIR: outDir },
  });
  if (r.status !== 0) throw new Error(`vite build --mode ${mode} failed`);
}

/** Initial JS: the entry script and its modulepreloads, minified and gzipped. */
function initialJs(dir) {
  const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const contents = files.map((f) => readFileSync(path.join(dir, f)));
  const gz = contents.reduce((sum, c) => sum + gzipSync(c, { level: 9 }).length, 0);
  const raw = contents.reduce((sum, c) => sum + c.length, 0);
  const text = contents.map((c) => c.toString('utf8')).join('\n');
  // A string each heavy library carries in its code: present in the start-up files means it was loaded at start.
  const heavy = {
    exceljs: 'xl/workbook.xml',
    docx: 'word/document.xml',
    'chart.js': 'Canvas is already in use',
    'ICS writer': 'X-WR-CALNAME',
    'ical.js': 'invalid line (no token',
    'date-holidays': 'Christi Himmelfahrt',
  };
  const leaked = Object.entries(heavy)
    .filter(([, marker]) => text.includes(marker))
    .map(([name]) => name);
  return { files, rawKb: raw / 1024, gzKb: gz / 1024, leaked };
}

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const median =
    sorted.length % 2
      ? sorted[(sorted.length - 1) / 2]
      : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
};

async function repeat(n, fn) {
  const values = [];
  for (let i = 0; i < n; i++) values.push(await fn(i));
  return stats(values);
}

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('preview server did not start');
}

const results = [];
const failures = [];
/** budget: { max } in ms or KB, or null when the figure is informative only. */
function record(name, figure, unit, max, note = '') {
  const value = typeof figure === 'number' ? figure : figure?.median;
  const pass = max == null || value == null ? null : value <= max;
  results.push({ name, unit, ...(typeof figure === 'number' ? { value } : figure), budget: max ?? null, pass, note });
}

async function main() {
  build('production', prodDir);
  const bundle = initialJs(prodDir);
  record(
    'initial JS (gzip)',
    bundle.gzKb,
    'KB',
    300,
    `${bundle.files.length} files, ${bundle.rawKb.toFixed(0)} KB minified`,
  );
  record('export libraries in initial JS', bundle.leaked.length, 'count', 0, bundle.leaked.join(', ') || 'none');
  build('bench', benchDir);

  const server = spawn(
    'npx',
    ['vite', 'preview', '--config', 'vite.config.ts', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
    {
      env: { ...process.env, RENDERER_OUT_DIR: benchDir },
      stdio: 'ignore',
      detached: true,
    },
  );
  let context;
  try {
    await waitForServer();
    mkdirSync(profile, { recursive: true });
    context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs,
      headless: true,
      locale: 'pl-PL',
      timezoneId: 'Europe/Warsaw',
      viewport: { width: 1400, height: 900 },
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(base);
    await page.waitForFunction(() => window.__bench !== undefined);
    const seeded = await page.evaluate((s) => window.__bench.seed(s), scale);
    console.log(
      seeded.seeded
        ? `seeded ${seeded.rows} rows in ${(seeded.ms / 1000).toFixed(1)} s (${Math.round(seeded.rows / (seeded.ms / 1000))} rows/s)`
        : 'reused the seeded office',
    );
    const ctx = { page, base, runs, scale, busiestMonth: seeded.busiestMonth, record, repeat };
    const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
    for (const measure of measurements) {
      if (only && !String(measure).includes(only)) continue;
      try {
        await measure(ctx);
      } catch (error) {
        // A broken measurement is reported as a figure that could not be taken; the others still run.
        failures.push(String(error?.message ?? error).split('\n')[0]);
        console.error(`measurement failed: ${failures.at(-1)}`);
      }
    }
  } finally {
    await context?.close();
    try {
      process.kill(-server.pid);
    } catch {
      server.kill();
    }
  }
}

/**
 * Times, inside the page, from an action (a hash change or a click) until an element's attribute says
 * the data is on screen, plus the next frame. Playwright's own round trips stay out of the figure.
 */
function timeUntil(page, { hash, click, selector, attr, includes, differsFrom }) {
  return page.evaluate(
    async ({ hash, click, selector, attr, includes, differsFrom }) => {
      const done = () => {
        const value = document.querySelector(selector)?.getAttribute(attr);
        if (value == null) return false;
        if (includes != null && !value.includes(includes)) return false;
        return differsFrom == null || value !== differsFrom;
      };
      const t0 = performance.now();
      if (hash) location.hash = hash;
      if (click) document.querySelector(click).click();
      await new Promise((resolve) => {
        if (done()) return resolve();
        const observer = new MutationObserver(() => {
          if (!done()) return;
          observer.disconnect();
          resolve();
        });
        observer.observe(document, { subtree: true, childList: true, attributes: true });
      });
      await new Promise((resolve) => requestAnimationFrame(() => resolve()));
      return performance.now() - t0;
    },
    { hash, click, selector, attr, includes, differsFrom },
  );
}

/** Pages are timed from a dashboard that has finished its own reads, so they are not measured together. */
const SETTLE_MS = 1500;

/** The dashboard's cards that the synthetic office fills (names in the app's default language). */
const DASHBOARD_CARDS = [
  'Ten tydzień',
  'Zbliżające się rocznice',
  'Uśpione partnerstwa',
  'Obozy młodzieżowe',
  'Kopie zapasowe',
];

/** Each measurement records its own figures; features add theirs here. */
const measurements = [
  async ({ page, base, runs, record, repeat }) => {
    let reads = [];
    const full = [];
    const start = await repeat(runs, async () => {
      await page.goto(`${base}#/`);
      await page.reload();
      await page.locator('[data-dashboard-ready]').first().waitFor({ timeout: 15_000 });
      // performance.now() counts from the navigation's start: the time to an interactive dashboard.
      const ms = await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(performance.now()))));
      // …and until every card of the synthetic office has its data on screen.
      for (const name of DASHBOARD_CARDS) await page.getByRole('region', { name }).waitFor({ timeout: 15_000 });
      full.push(await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(performance.now())))));
      await page.waitForTimeout(300);
      reads = await page.evaluate(() => [...window.__bench.wholeReads.calls]);
      return ms;
    });
    record('start: interactive dashboard', start, 'ms', 1000);
    // Which of the dashboard's reads costs what, each alone (the slowest three in the note).
    const queries = await page.evaluate(() => window.__bench.dashboardQueries(new Date().toISOString().slice(0, 10)));
    const slowest = Object.entries(queries)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([q, ms]) => `${q} ${ms.toFixed(0)} ms`)
      .join(', ');
    record(
      'start: every dashboard card filled',
      stats(full),
      'ms',
      1000,
      `${DASHBOARD_CARDS.length} cards; slowest reads: ${slowest}`,
    );
    record('whole-table reads at start', reads.length, 'count', 0, [...new Set(reads)].join(', ') || 'none');
  },
  async ({ page, runs, busiestMonth, record, repeat }) => {
    const [y, m] = busiestMonth.split('-').map(Number);
    const from = `${busiestMonth}-01`;
    const to = `${busiestMonth}-${String(new Date(y, m, 0).getDate()).padStart(2, '0')}`;
    let rows = 0;
    const floor = await repeat(runs, async () => {
      const r = await page.evaluate(([a, b]) => window.__bench.rawRangeQuery(a, b), [from, to]);
      rows = r.rows;
      return r.ms;
    });
    record('floor: raw month range query', floor, 'ms', null, `${rows} events in ${busiestMonth}`);
    let items = 0;
    const app = await repeat(runs, async () => {
      const r = await page.evaluate(([a, b]) => window.__bench.appMonthQuery(a, b), [from, to]);
      items = r.rows;
      return r.ms;
    });
    record('month data: app query', app, 'ms', null, `${items} events and visits, series expanded`);
  },
  async ({ page, runs, record, repeat }) => {
    let rows = 0;
    const replace = [];
    const floor = await repeat(runs, async () => {
      const r = await page.evaluate(() => window.__bench.rawBulkWrite(10_000));
      rows = r.rows;
      replace.push(r.replaceMs);
      return r.ms;
    });
    record('floor: raw bulk write', floor, 'ms', null, `${rows} records into an empty store`);
    record('floor: raw clear + bulk write', stats(replace), 'ms', null, `${rows} records over as many`);
  },
  async ({ page, runs, record, repeat }) => {
    let rows = 0;
    const csv = await repeat(runs, async () => {
      const r = await page.evaluate(() => window.__bench.csvExport(10_000));
      rows = r.rows;
      return r.ms;
    });
    record('CSV export', csv, 'ms', null, `${rows} rows`);
  },
  async ({ page, base, runs, busiestMonth, record, repeat }) => {
    // Month view of the busiest month: navigation to the data on screen; then previous/next.
    const first = `${busiestMonth}-01`;
    const ready = () => page.locator('[data-calendar-ready]').first().waitFor({ timeout: 20_000 });
    await page.goto(`${base}#/calendar?view=month&date=${first}`);
    await ready();
    const month = await repeat(runs, async () => {
      await page.goto(`${base}#/`);
      await page.locator('[data-dashboard-ready]').first().waitFor();
      await page.waitForTimeout(SETTLE_MS);
      return timeUntil(page, {
        hash: `#/calendar?view=month&date=${first}`,
        selector: '[data-calendar-ready]',
        attr: 'data-calendar-ready',
        includes: busiestMonth,
      });
    });
    record('month view ready', month, 'ms', 150, 'from the dashboard, page included');
    const step = await repeat(runs, async (i) => {
      const before = await page.locator('[data-calendar-ready]').first().getAttribute('data-calendar-ready');
      const label = i % 2 ? 'Poprzedni okres' : 'Następny okres';
      return timeUntil(page, {
        click: `[aria-label="${label}"]`,
        selector: '[data-calendar-ready]',
        attr: 'data-calendar-ready',
        differsFrom: before,
      });
    });
    record('month view previous/next', step, 'ms', 150);
  },
  async ({ page, runs, record, repeat }) => {
    let keys = 0;
    let build = 0;
    const perKey = await repeat(runs, async () => {
      const r = await page.evaluate(() =>
        window.__bench.searchKeystrokes(['ronnenberg', 'swarzedz', 'lodz', 'obóz 12', 'nowak']),
      );
      keys = r.keystrokes.length;
      build = Math.max(build, r.buildMs);
      return Math.max(...r.keystrokes);
    });
    record(
      'search: slowest keystroke',
      perKey,
      'ms',
      30,
      `${keys} keystrokes over 5 queries; index first built in ${build.toFixed(0)} ms`,
    );
  },
  async ({ page, base, runs, record, repeat }) => {
    const id = 'p7';
    const partnerPage = await repeat(runs, async () => {
      await page.goto(`${base}#/`);
      await page.locator('[data-dashboard-ready]').first().waitFor();
      await page.waitForTimeout(SETTLE_MS);
      return timeUntil(page, {
        hash: `#/partners/${id}`,
        selector: '[data-timeline-ready]',
        attr: 'data-timeline-ready',
        includes: id,
      });
    });
    const items = await page.locator(`[data-timeline-ready="${id}"]`).first().getAttribute('data-timeline-count');
    record('partner page with timeline', partnerPage, 'ms', 200, `${items ?? '?'} timeline items`);
  },
  async ({ page, runs, record, repeat }) => {
    let pages = 0;
    let built = [];
    const pdf = await repeat(runs, async () => {
      const r = await page.evaluate(() => window.__bench.bigDossier());
      built.push(r.buildMs);
      const printer = await page.context().newPage();
      await printer.setContent(r.html);
      const t0 = Date.now();
      const bytes = await printer.pdf({ format: 'A4', printBackground: true });
      const ms = Date.now() - t0;
      pages = (bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      await printer.close();
      return ms;
    });
    record('dossier: document built', stats(built), 'ms', null);
    record('dossier: PDF printed', pdf, 'ms', 500, `${pages} pages`);
  },
  async ({ page, runs, record, repeat }) => {
    const backups = [];
    const fulls = [];
    const overSame = [];
    let rows = 0;
    let backupRows = 0;
    const restore = await repeat(runs, async () => {
      const r = await page.evaluate(() => window.__bench.backupRestore(10_000));
      backups.push(r.backupMs);
      fulls.push(r.restoreFullMs);
      overSame.push(r.restoreOverSameMs);
      rows = r.restoreRows;
      backupRows = r.backupRows;
      return r.restoreMs;
    });
    record(`backup of the whole office`, stats(backups), 'ms', null, `${backupRows} records`);
    record('restore 10,000 records', restore, 'ms', null, `${rows} records replacing the whole office`);
    record('restore 10,000 over 10,000', stats(overSame), 'ms', null, `${rows} records replacing the same`);
    record('restore of the whole office', stats(fulls), 'ms', null, `${backupRows} records, parse + restore`);
  },
  async ({ page, runs, record, repeat }) => {
    let events = 0;
    const report = await repeat(runs, async () => {
      const r = await page.evaluate(() => window.__bench.annualReport(2024));
      events = r.events;
      return r.ms;
    });
    record('annual report 2024', report, 'ms', 1000, `${events} events counted`);
  },
];

function report() {
  const byName = Object.fromEntries(results.map((r) => [r.name, r]));
  const ratio = (app, floor) =>
    byName[app]?.median && byName[floor]?.median ? byName[app].median / byName[floor].median : null;
  const ratios = {
    'month data / raw range query': ratio('month data: app query', 'floor: raw month range query'),
    'restore / raw bulk write': ratio('restore 10,000 records', 'floor: raw bulk write'),
    'restore over same / raw bulk write': ratio('restore 10,000 over 10,000', 'floor: raw bulk write'),
    'restore over same / raw clear + bulk write': ratio('restore 10,000 over 10,000', 'floor: raw clear + bulk write'),
  };
  const budgets = {
    'month data / raw range query': 3,
    'restore / raw bulk write': 1.5,
    'restore over same / raw bulk write': 1.5,
    'restore over same / raw clear + bulk write': 1.5,
  };
  for (const [name, value] of Object.entries(ratios)) {
    if (value != null)
      results.push({
        name: `ratio ${name}`,
        unit: 'x',
        value,
        budget: budgets[name],
        pass: value <= budgets[name],
        note: '',
      });
  }
  const fmt = (v) => (v == null ? '—' : v >= 100 ? v.toFixed(0) : v.toFixed(1));
  console.log(`\nBenchmark (${quick ? 'quick' : 'full'}, scale ${scale}, ${runs} run(s) each)`);
  console.log(
    'figure'.padEnd(40),
    'median'.padStart(9),
    'min'.padStart(9),
    'max'.padStart(9),
    'unit'.padStart(6),
    'budget'.padStart(8),
    ' result  note',
  );
  for (const r of results) {
    const verdict = r.pass == null ? '' : r.pass ? 'PASS' : 'FAIL';
    console.log(
      r.name.padEnd(40),
      fmt(r.median ?? r.value).padStart(9),
      fmt(r.min).padStart(9),
      fmt(r.max).padStart(9),
      r.unit.padStart(6),
      fmt(r.budget).padStart(8),
      ` ${verdict.padEnd(6)} ${r.note}`,
    );
  }
  mkdirSync('out/bench', { recursive: true });
  for (const f of failures) console.log(`NOT MEASURED: ${f}`);
  writeFileSync(
    'out/bench/bench.json',
    JSON.stringify({ quick, scale, runs, at: new Date().toISOString(), results, ratios, failures }, null, 2),
  );
  console.log('\nwritten out/bench/bench.json');
  if (failures.length > 0) process.exitCode = 1;
}

main().then(report, (error) => {
  console.error(error);
  process.exit(1);
});
