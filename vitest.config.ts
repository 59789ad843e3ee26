/** @file Test projects: `unit` (happy-dom, WXT fake browser) and `e2e` (the built extension in real Chromium and Firefox). */
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    reporters: ['default', './test/helpers/summary-reporter.ts'],
    projects: [
      {
        plugins: [WxtVitest(), preact()],
        test: {
          name: 'unit',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/e2e/**'],
          environment: 'happy-dom',
          setupFiles: ['test/helpers/setup-unit.ts'],
          // A guard against hangs, not a performance budget: property tests take several seconds on a loaded
          // 2-core machine, and timings belong in `npm run bench`.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          // Browsers are heavy on two cores: one file at a time.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
