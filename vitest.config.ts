// Unit, main-process and component tests. Browser journeys run in Playwright (playwright.config.ts).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Every test runs in the office's time zone, whatever the machine's: the workers inherit it.
process.env.TZ = 'Europe/Warsaw';

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/main/**/*.test.ts'],
          setupFiles: ['tests/setup/node.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/component/**/*.test.tsx'],
          setupFiles: ['tests/setup/component.ts'],
        },
      },
    ],
    // Generous: a shared, loaded machine runs a component journey several times slower than a quiet one.
    testTimeout: 60_000,
    hookTimeout: 30_000,
  },
});
