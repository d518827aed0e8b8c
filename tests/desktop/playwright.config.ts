// The desktop smoke journey in the real Electron (npm run test:desktop); not part of npm test, which has no Electron binary.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  // Relative to this file: the repo's out/ folder.
  outputDir: '../../out/test-results/desktop',
  timeout: 240_000,
  expect: { timeout: 30_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
});
