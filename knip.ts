import type { KnipConfig } from 'knip';

/**
 * knip finds dead files, unused exports and unused or unlisted dependencies (`npm run lint`, and
 * the lint steps of `npm test`). Its WXT plugin knows `wxt.config.ts` and `entrypoints/**`, its
 * Vitest plugin the two vitest configs and the tests they include, and it reads the scripts in
 * package.json. The entries below are the files it cannot find that way.
 */
const config: KnipConfig = {
  entry: [
    // Run by `node …` from other scripts (test-all.mjs, rule-guards.mjs, demo.mjs), not from package.json.
    'tests/scripts/*.mjs',
    // The vitest config rule-guards.mjs passes with `-c`, and what it loads.
    'tests/scripts/rule-guards.config.ts',
    // The benchmark and its pages.
    'tests/bench/*.{mjs,ts}',
    // The replica portals: server.mjs bundles each app in src/ with esbuild (files named _*.ts are shared modules).
    'tests/replicas/*.mjs',
    'tests/replicas/src/*.{ts,tsx}',
    '!tests/replicas/src/_*',
  ],
  project: ['**/*.{ts,tsx,mjs,cjs,js}'],
  // Debian's package manager: find-chromium.mjs installs Chromium with it when it is missing.
  ignoreBinaries: ['apt-get'],
};

export default config;
