// The closing line of the one test command, kept apart from test-all.mjs so it is unit-tested.

/** The steps that write a JSON report with test counts, and where. */
export const RUNNER_REPORTS = {
  'unit and component tests': 'tests/.tmp/vitest-report.json',
  'rule guard mutation check': 'tests/.tmp/rule-guards.json',
  'end-to-end tests': 'tests/.tmp/e2e-report.json',
  'benchmark check': 'tests/.tmp/bench-check.json',
  'demo smoke': 'tests/.tmp/demo-check.json',
};

/**
 * @param {unknown} report a Vitest-style JSON report, or undefined when none was written
 * @returns {{ passed: number, failed: number } | null}
 */
export function countsOf(report) {
  if (!report || typeof report !== 'object') return null;
  const { numPassedTests, numFailedTests, numFailedTestSuites } = /** @type {Record<string, unknown>} */ (report);
  const number = (value) => (typeof value === 'number' ? value : 0);
  return { passed: number(numPassedTests), failed: number(numFailedTests) + number(numFailedTestSuites) };
}

/**
 * Sums the runners' reports. A step that failed without a count (lint, a crashed runner, a runner
 * that wrote no report, or one whose report shows no failure although it exited non-zero) counts
 * as one failed test, so the line never reads green while a step is red.
 * @param {{ failedSteps: string[], reports: Record<string, unknown> }} input reports by step label
 * @returns {{ passed: number, failed: number, lines: string[] }}
 */
export function summarize({ failedSteps, reports }) {
  let passed = 0;
  let failed = 0;
  const lines = [];
  for (const [step, report] of Object.entries(reports)) {
    const counts = countsOf(report);
    if (!counts) continue;
    lines.push(`${step}: ${counts.passed} passed, ${counts.failed} failed`);
    passed += counts.passed;
    failed += counts.failed;
  }
  for (const step of failedSteps) {
    const counts = countsOf(reports[step]);
    if (!counts || counts.failed === 0) failed += 1;
  }
  if (failedSteps.length > 0) lines.push(`Failed steps: ${failedSteps.join(', ')}`);
  lines.push(`${passed} passed, ${failed} failed`);
  return { passed, failed, lines };
}
