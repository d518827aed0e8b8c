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
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

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
  const heavy = { exceljs: 'xl/workbook.xml', docx: 'word/document.xml', 'chart.js': 'chartjs-', 'ical-generator': 'X-WR-CALNAME' };
  const leaked = Object.entries(heavy).filter(([, marker]) => text.includes(marker)).map(([name]) => name);
  return { files, rawKb: raw / 1024, gzKb: gz / 1024, leaked };
}

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
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
/** budget: { max } in ms or KB, or null when the figure is informative only. */
function record(name, figure, unit, max, note = '') {
  const value = typeof figure === 'number' ? figure : figure?.median;
  const pass = max == null || value == null ? null : value <= max;
  results.push({ name, unit, ...(typeof figure === 'number' ? { value } : figure), budget: max ?? null, pass, note });
}

async function main() {
  build('production', prodDir);
  const bundle = initialJs(prodDir);
  record('initial JS (gzip)', bundle.gzKb, 'KB', 300, `${bundle.files.length} files, ${bundle.rawKb.toFixed(0)} KB minified`);
  record('export libraries in initial JS', bundle.leaked.length, 'count', 0, bundle.leaked.join(', ') || 'none');
  build('bench', benchDir);

  const server = spawn('npx', ['vite', 'preview', '--config', 'vite.config.ts', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    env: { ...process.env, RENDERER_OUT_DIR: benchDir },
    stdio: 'ignore',
    detached: true,
  });
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
    console.log(seeded.seeded ? `seeded ${seeded.rows} rows in ${(seeded.ms / 1000).toFixed(1)} s (${Math.round(seeded.rows / (seeded.ms / 1000))} rows/s)` : 'reused the seeded office');
    const ctx = { page, base, runs, scale, busiestMonth: seeded.busiestMonth, record, repeat };
    for (const measure of measurements) await measure(ctx);
  } finally {
    await context?.close();
    try {
      process.kill(-server.pid);
    } catch {
      server.kill();
    }
  }
}

/** Each measurement records its own figures; features add theirs here. */
const measurements = [
  async ({ page, base, runs, record, repeat }) => {
    let reads = [];
    const start = await repeat(runs, async () => {
      const t0 = Date.now();
      await page.goto(`${base}#/`);
      await page.reload();
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.locator('[data-dashboard-ready]').first().waitFor({ timeout: 15_000 }).catch(() => undefined);
      const ms = Date.now() - t0;
      await page.waitForTimeout(300);
      reads = await page.evaluate(() => [...window.__bench.wholeReads.calls]);
      return ms;
    });
    record('start: interactive dashboard', start, 'ms', 1000);
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
  },
  async ({ page, runs, record, repeat }) => {
    let rows = 0;
    const floor = await repeat(runs, async () => {
      const r = await page.evaluate(() => window.__bench.rawBulkWrite(10_000));
      rows = r.rows;
      return r.ms;
    });
    record('floor: raw bulk write', floor, 'ms', null, `${rows} records`);
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
];

function report() {
  const byName = Object.fromEntries(results.map((r) => [r.name, r]));
  const ratio = (app, floor) => (byName[app]?.median && byName[floor]?.median ? byName[app].median / byName[floor].median : null);
  const ratios = {
    'month view / raw range query': ratio('month view ready', 'floor: raw month range query'),
    'restore / raw bulk write': ratio('restore 10,000 records', 'floor: raw bulk write'),
  };
  const fmt = (v) => (v == null ? '—' : v >= 100 ? v.toFixed(0) : v.toFixed(1));
  console.log(`\nBenchmark (${quick ? 'quick' : 'full'}, scale ${scale}, ${runs} run(s) each)`);
  console.log('figure'.padEnd(40), 'median'.padStart(9), 'min'.padStart(9), 'max'.padStart(9), 'unit'.padStart(6), 'budget'.padStart(8), ' result  note');
  for (const r of results) {
    const verdict = r.pass == null ? '' : r.pass ? 'PASS' : 'FAIL';
    console.log(r.name.padEnd(40), fmt(r.median ?? r.value).padStart(9), fmt(r.min).padStart(9), fmt(r.max).padStart(9), r.unit.padStart(6), fmt(r.budget).padStart(8), ` ${verdict.padEnd(6)} ${r.note}`);
  }
  for (const [name, value] of Object.entries(ratios)) console.log(`ratio ${name}: ${value == null ? '—' : value.toFixed(2)}`);
  mkdirSync('out/bench', { recursive: true });
  writeFileSync('out/bench/bench.json', JSON.stringify({ quick, scale, runs, at: new Date().toISOString(), results, ratios }, null, 2));
  console.log('\nwritten out/bench/bench.json');
}

main().then(report, (error) => {
  console.error(error);
  process.exit(1);
});
