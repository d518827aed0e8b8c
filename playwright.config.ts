// End-to-end journeys in Debian's Chromium against the production renderer build (browser stand-in).
import path from 'node:path';
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173);
const outDir = path.resolve(process.env.RENDERER_OUT_DIR ?? 'out/renderer');
/** The team journeys start pouchdb-server on this port; the preview server forwards /_team/ to it. */
export const teamServerPort = Number(process.env.E2E_TEAM_PORT ?? port + 1000);

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: process.env.E2E_ARTIFACTS ?? 'out/test-results/e2e',
  // A journey takes 10–30 s on a quiet machine and three to five times that with the CPU oversubscribed tenfold
  // (measured); the limit only ends a journey that hangs.
  timeout: 300_000,
  // What the user waits for may take several seconds on a loaded machine; a passing wait ends as soon as it shows.
  expect: { timeout: 30_000 },
  fullyParallel: true,
  workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: process.env.E2E_JSON ?? 'out/test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: 'chromium',
    locale: 'pl-PL',
    timezoneId: 'Europe/Warsaw',
    acceptDownloads: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs,
    },
    trace: 'off',
  },
  webServer: {
    command: `npx vite preview --config vite.config.ts --port ${port} --strictPort --host 127.0.0.1`,
    env: { RENDERER_OUT_DIR: outDir, TEAM_SERVER_URL: `http://127.0.0.1:${teamServerPort}` },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
