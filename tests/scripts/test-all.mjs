// The one test command (npm test): lint, typecheck, unit and component tests, the production
// build, the end-to-end tests and the benchmark check. It runs every step it can, then prints
// one closing line, "N passed, N failed", summed over the test runners.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from './find-chromium.mjs';

const REPORTS = {
  unit: 'tests/.tmp/vitest-report.json',
  e2e: 'tests/.tmp/e2e-report.json',
  bench: 'tests/.tmp/bench-check.json',
};

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

function counts(reportPath) {
  if (!existsSync(reportPath)) return null;
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0),
  };
}

for (const path of Object.values(REPORTS)) rmSync(path, { force: true });
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
step('typecheck', 'npx', ['tsc', '--noEmit']);
step('unit and component tests', 'npx', ['vitest', 'run']);
const built = run('build', 'npx', ['wxt', 'build']);
if (!built) failedSteps.push('build');
if (built && !failedSteps.includes('chromium')) {
  step('end-to-end tests', 'npx', ['vitest', 'run', '-c', 'vitest.e2e.config.ts']);
  if (existsSync('tests/bench/run.mjs')) step('benchmark check', 'node', ['tests/bench/run.mjs', '--check']);
}

let passed = 0;
let failed = 0;
for (const [name, path] of Object.entries(REPORTS)) {
  const result = counts(path);
  if (!result) continue;
  console.log(`${name}: ${result.passed} passed, ${result.failed} failed`);
  passed += result.passed;
  failed += result.failed;
}
if (failedSteps.length > 0) console.log(`Failed steps: ${failedSteps.join(', ')}`);
// Steps without a test count (lint, typecheck, build) count as one failed test each when they fail,
// so the closing line never reads green while a step is red.
const failedWithoutCount = failedSteps.filter(
  (name) => !['unit and component tests', 'end-to-end tests', 'benchmark check'].includes(name),
).length;
console.log(`${passed} passed, ${failed + failedWithoutCount} failed`);
process.exit(failedSteps.length > 0 || failed > 0 ? 1 : 0);
