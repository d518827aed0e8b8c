// `npm run bench [-- --quick | --only=sync | --only=a,b | --runs=N]`: the one benchmark. Builds the renderer, seeds the synthetic office
// (renderer/bench/synthetic.ts) in headless Chromium through the app's own code, runs the measurements
// (scripts/bench-measures.mjs) against budgets and the raw IndexedDB floors, prints a table and writes
// out/bench/bench.json. The full run exits 1 when a budget fails; the quick run (part of `npm test`) only
// when a figure cannot be taken. The full run ends with the team-sync figures (scripts/bench-sync.mjs).
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { DASHBOARD_CARDS, installMarks, measurements } from './bench-measures.mjs';
import { measureSync } from './bench-sync.mjs';

const quick = process.argv.includes('--quick');
/** `--runs=N` repeats each figure N times (median, min, max), e.g. three runs of a quick figure on a shared machine. */
const runsArg = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7));
const runs = runsArg > 0 ? runsArg : quick ? 1 : 5;
const scale = quick ? 0.05 : 1;
const port = Number(process.env.BENCH_PORT ?? 4310);
/** `--only=a,b`: only the measurements whose code mentions one of these (e.g. `--only=search,raw clear`). */
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);
const onlyParts = only?.split(',').filter(Boolean) ?? [];
/** Team sync runs in the full bench, or alone with `--only=sync` (`--sync-scale=0.25` for a smaller office). */
const syncOnly = only === 'sync';
const syncScale = Number(process.argv.find((a) => a.startsWith('--sync-scale='))?.slice(13) ?? scale);
/** pouchdb-server's port for the sync figures; the preview server forwards /_team/ to it. */
const teamPort = Number(process.env.BENCH_TEAM_PORT ?? port + 1000);
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

const launchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: chromiumArgs,
  headless: true,
};
const contextOptions = { locale: 'pl-PL', timezoneId: 'Europe/Warsaw', viewport: { width: 1400, height: 900 } };

/** The team-sync figures, in a browser of their own (two fresh desks; the seeded profile stays unconnected). */
async function syncFigures() {
  const browser = await chromium.launch(launchOptions);
  try {
    await measureSync({
      browser,
      contextOptions,
      base,
      runs,
      scale: syncScale,
      teamPort,
      record,
      stats,
      repeat,
      installMarks,
      cards: DASHBOARD_CARDS,
      measures: measurements.slice(0, 2), // the start (dashboard) and month view measurements
    });
  } catch (error) {
    failures.push(`sync: ${String(error?.message ?? error).split('\n')[0]}`);
    console.error(`measurement failed: ${failures.at(-1)}`);
  } finally {
    await browser.close();
  }
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
      env: { ...process.env, RENDERER_OUT_DIR: benchDir, TEAM_SERVER_URL: `http://127.0.0.1:${teamPort}` },
      stdio: 'ignore',
      detached: true,
    },
  );
  let context;
  try {
    await waitForServer();
    if (syncOnly) return await syncFigures();
    mkdirSync(profile, { recursive: true });
    context = await chromium.launchPersistentContext(profile, { ...launchOptions, ...contextOptions });
    await context.addInitScript(installMarks, DASHBOARD_CARDS);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(base);
    await page.waitForFunction(() => window.__bench !== undefined);
    const seeded = await page.evaluate((s) => window.__bench.seed(s), scale);
    console.log(
      seeded.seeded
        ? `seeded ${seeded.rows} rows in ${(seeded.ms / 1000).toFixed(1)} s (${Math.round(seeded.rows / (seeded.ms / 1000))} rows/s)`
        : 'reused the seeded office',
    );
    const ctx = {
      page,
      base,
      runs,
      scale,
      busiestMonth: seeded.busiestMonth,
      bigCamp: seeded.bigCamp,
      record,
      repeat,
      stats,
    };
    for (const measure of measurements) {
      if (onlyParts.length > 0 && !onlyParts.some((part) => String(measure).includes(part))) continue;
      try {
        await measure(ctx);
      } catch (error) {
        // A broken measurement is reported as a figure that could not be taken; the others still run.
        failures.push(String(error?.message ?? error).split('\n')[0]);
        console.error(`measurement failed: ${failures.at(-1)}`);
      }
    }
    if (!quick && !only) await syncFigures();
  } finally {
    await context?.close();
    try {
      process.kill(-server.pid);
    } catch {
      server.kill();
    }
  }
}

function report() {
  const byName = Object.fromEntries(results.map((r) => [r.name, r]));
  const ratio = (app, floor) =>
    byName[app]?.median && byName[floor]?.median ? byName[app].median / byName[floor].median : null;
  const ratios = {
    'every card filled / dashboard first paint': ratio(
      'start: every dashboard card filled',
      'start: dashboard first paint',
    ),
    'month data / raw month reads': ratio('month data: app query', 'floor: raw month reads'),
    'restore / raw bulk write': ratio('restore 10,000 records', 'floor: raw bulk write'),
    'restore over same / raw bulk write': ratio('restore 10,000 over 10,000', 'floor: raw bulk write'),
    'restore over same / raw clear + bulk write': ratio('restore 10,000 over 10,000', 'floor: raw clear + bulk write'),
  };
  const budgets = {
    'every card filled / dashboard first paint': 2,
    'month data / raw month reads': 3,
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
  const failed = results.filter((r) => r.pass === false).map((r) => r.name);
  if (failures.length > 0) process.exitCode = 1;
  else if (!quick && failed.length > 0) {
    console.log(`\nbudget failed: ${failed.join(', ')}`);
    process.exitCode = 1;
  }
}

main().then(report, (error) => {
  console.error(error);
  process.exit(1);
});
