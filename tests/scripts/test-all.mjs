// The one test command (npm test): lint, typecheck, the production build, unit and component
// tests (the manifest checks read the build), the end-to-end tests, the benchmark check and a smoke run of the demo. It runs every
// step it can, then prints one closing line, "N passed, N failed", summed over the test runners.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';
import { RUNNER_REPORTS, summarize } from './test-summary.mjs';

function run(label, command, args) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  const ok = result.status === 0;
  console.log(
    `=== ${label}: ${ok ? 'ok' : `FAILED (exit ${result.status ?? result.signal})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return ok;
}

function readReport(reportPath) {
  if (!existsSync(reportPath)) return undefined;
  try {
    return JSON.parse(readFileSync(reportPath, 'utf8'));
  } catch {
    return undefined;
  }
}

for (const path of Object.values(RUNNER_REPORTS)) rmSync(path, { force: true });
const failedSteps = [];
const step = (label, command, args) => run(label, command, args) || failedSteps.push(label);

try {
  console.log(`Chromium for the end-to-end tests: ${findChromium()}`);
} catch (error) {
  console.error(String(error));
  failedSteps.push('chromium');
}
step('lint', 'npx', ['eslint', '.', '--max-warnings', '0']);
step('format', 'npx', ['prettier', '--check', '.']);
step('lint: lib layers', 'node', ['tests/scripts/lib-layers.mjs']);
// Dead files, unused exports and dependencies (knip.ts says what it takes as entries).
step('lint: dead code', 'npx', ['knip']);
step('typecheck', 'npx', ['tsc', '--noEmit']);
// The build comes before the unit stage: tests/unit/build reads the built manifest and bundles.
const built = run('build', 'npx', ['wxt', 'build']);
if (!built) failedSteps.push('build');
step('unit and component tests', 'npx', ['vitest', 'run']);
// Each rule's context guard removed in turn: some rules test must fail (tests/scripts/rule-guards.mjs).
step('rule guard mutation check', 'node', ['tests/scripts/rule-guards.mjs']);
if (built && !failedSteps.includes('chromium')) {
  step('end-to-end tests', 'npx', ['vitest', 'run', '-c', 'vitest.e2e.config.ts']);
  if (existsSync('tests/bench/run.mjs')) step('benchmark check', 'node', ['tests/bench/run.mjs', '--check']);
  // The demo `npm start` runs, in short: each stop must show the overlay, each screenshot must be written.
  step('demo smoke', 'node', ['tests/scripts/demo.mjs', '--check']);
  // The release zips, checked by what `npm run zip` ends with (tests/scripts/zip-check.mjs).
  step('release zips', 'npm', ['run', 'zip']);
}

const reports = Object.fromEntries(Object.entries(RUNNER_REPORTS).map(([step, path]) => [step, readReport(path)]));
const summary = summarize({ failedSteps, reports });
for (const line of summary.lines) console.log(line);
process.exit(failedSteps.length > 0 || summary.failed > 0 ? 1 : 0);
