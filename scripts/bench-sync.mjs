// The benchmark's team-sync figures (full run, or `--only=sync`): pouchdb-server on 127.0.0.1 with a temp folder,
// the synthetic office seeded on desk A and sent to the server, then to an empty desk B; single changes from A to B
// (median, p95); the dashboard and month view figures again with team sync connected. Printed, never asserted.
import { startCouchServer, setUpOffice } from '../tests/helpers/couchServer.mjs';

const USER = { name: 'bench', roles: ['office', 'youth'], password: 'bench-pass-1' };
const PREFIX = 'twinning-';
const CHANGES = 20;
const WAIT_MS = 30 * 60_000;

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/** Connects a desk through Settings → Team as a user would; `send` answers the first-connect question. */
async function connect(page, base, teamPort, send) {
  await page.goto(`${base}#/settings/team`);
  const team = page.getByRole('region', { name: 'Praca zespołowa' });
  await team.getByLabel('Adres serwera').fill(`http://127.0.0.1:${teamPort}`);
  await team.getByRole('textbox', { name: 'Login' }).fill(USER.name);
  await team.getByLabel(/^Hasło/).fill(USER.password);
  const started = Date.now();
  await team.getByRole('button', { name: 'Połącz' }).click();
  if (send)
    await page
      .getByRole('dialog')
      .getByRole('button', { name: 'Wyślij moje rekordy do referatu' })
      .click({ timeout: 60_000 });
  await team.getByText(`Połączono jako ${USER.name}`).waitFor({ timeout: 120_000 });
  return started;
}

/** How many records of each synced table the server holds (ids are `table:id`; participants in the youth database). */
async function serverCounts(server, tables) {
  const auth = `Basic ${Buffer.from(`${server.admin.name}:${server.admin.password}`).toString('base64')}`;
  const out = {};
  for (const table of tables) {
    const db = `${PREFIX}${table === 'participants' ? 'youth' : 'office'}`;
    const range = `startkey=${encodeURIComponent(JSON.stringify(`${table}:`))}&endkey=${encodeURIComponent(JSON.stringify(`${table}:\ufff0`))}`;
    const body = await (
      await fetch(`${server.url}/${db}/_all_docs?${range}`, { headers: { Authorization: auth } })
    ).json();
    out[table] = body.rows?.length ?? 0;
  }
  return out;
}

/** Polls `read` every `everyMs` until it equals `want`; the wall time it first did. */
async function until(read, want, everyMs, what) {
  const deadline = Date.now() + WAIT_MS;
  const target = JSON.stringify(want);
  for (;;) {
    const got = await read();
    if (JSON.stringify(got) === target) return Date.now();
    if (Date.now() - (until.said ?? 0) > 30_000) {
      until.said = Date.now();
      console.log(`sync: ${what} holds ${JSON.stringify(got)}`);
    }
    if (Date.now() > deadline) throw new Error(`${what}: ${JSON.stringify(got)}, expected ${target}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/**
 * ctx: the bench's context (record, stats, runs, base, scale) plus `browser` (a launched Chromium), `contextOptions`,
 * `installMarks`/`cards` (the start marks), `teamPort` (where the preview server forwards /_team/) and `measures`
 * (the start and month measurements, run again with sync on).
 */
export async function measureSync(ctx) {
  const { browser, contextOptions, base, scale, record, stats, teamPort } = ctx;
  const server = await startCouchServer({ port: teamPort });
  const contexts = [];
  const desk = async () => {
    const context = await browser.newContext(contextOptions);
    contexts.push(context);
    await context.addInitScript(ctx.installMarks, ctx.cards);
    const page = await context.newPage();
    await page.goto(base);
    await page.waitForFunction(() => window.__bench !== undefined);
    return page;
  };
  try {
    await setUpOffice(server, PREFIX, [USER]);
    const a = await desk();
    const seeded = await a.evaluate((s) => window.__bench.seed(s), scale);
    const counts = await a.evaluate(() => window.__bench.syncedCounts());
    const total = Object.values(counts).reduce((s, n) => s + n, 0);
    const size = `scale ${scale}: ${counts.events} events, ${total} records`;
    console.log(`sync: desk A seeded with ${size}`);

    const sent = await connect(a, base, teamPort, true);
    const onServer = await until(() => serverCounts(server, Object.keys(counts)), counts, 1000, 'server');
    record('sync: first full sync, desk A → server', (onServer - sent) / 1000, 's', null, size);
    console.log(`sync: the server holds every record after ${((onServer - sent) / 1000).toFixed(1)} s`);

    const b = await desk();
    const asked = await connect(b, base, teamPort, false);
    const onB = await until(() => b.evaluate(() => window.__bench.syncedCounts()), counts, 1000, 'desk B');
    record('sync: first full sync, server → empty desk B', (onB - asked) / 1000, 's', null, size);
    record(
      'sync: first full sync, desk A → empty desk B',
      (onB - asked + onServer - sent) / 1000,
      's',
      null,
      'the two above together',
    );

    const ids = await a.evaluate((n) => window.__bench.partnerIds(n), CHANGES);
    const delays = [];
    for (let i = 0; i < CHANGES; i++) {
      const id = ids[i % ids.length];
      const name = `Partner ${i} zmieniony ${Date.now()}`;
      const seen = b.evaluate(([pid, value, ms]) => window.__bench.partnerNamed(pid, value, ms), [id, name, 120_000]);
      const committed = await a.evaluate(([pid, value]) => window.__bench.renamePartner(pid, value), [id, name]);
      delays.push((await seen) - committed);
    }
    record(
      'sync: one change, desk A → desk B',
      { ...stats(delays), p95: percentile(delays, 95) },
      'ms',
      null,
      `${delays.length} single renames; p95 ${percentile(delays, 95).toFixed(0)} ms`,
    );

    const withSync = (name, ...rest) => record(`${name} (sync on)`, ...rest);
    for (const measure of ctx.measures) {
      await measure({ ...ctx, page: a, record: withSync, busiestMonth: seeded.busiestMonth, bigCamp: seeded.bigCamp });
    }
  } finally {
    for (const context of contexts) await context.close();
    await server.stop();
  }
}
