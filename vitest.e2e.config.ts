import { defineConfig } from 'vitest/config';

/** End-to-end tests: the production build in Debian's Chromium against the replica portals. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'tests/.tmp/e2e-report.json' },
  },
});
