import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../scripts/test-summary.mjs';

const ROOT = resolve(__dirname, '../../..');
const unitReport = { numPassedTests: 120, numFailedTests: 0, numFailedTestSuites: 0 };

describe('the closing line of npm test', () => {
  it('sums the runners that wrote a report', () => {
    const summary = summarize({
      failedSteps: ['end-to-end tests'],
      reports: {
        'unit and component tests': unitReport,
        'end-to-end tests': { numPassedTests: 40, numFailedTests: 2, numFailedTestSuites: 1 },
      },
    });
    expect(summary.lines.at(-1)).toBe('160 passed, 3 failed');
  });

  it('counts a runner that failed without writing its report as failed', () => {
    const summary = summarize({
      failedSteps: ['end-to-end tests'],
      reports: { 'unit and component tests': unitReport, 'end-to-end tests': undefined },
    });
    expect(summary.lines.at(-1)).toBe('120 passed, 1 failed');
  });

  it('counts a runner that exited red although its report shows no failure as failed', () => {
    const summary = summarize({
      failedSteps: ['unit and component tests'],
      reports: { 'unit and component tests': unitReport },
    });
    expect(summary.failed).toBe(1);
  });

  it('counts each failed step without a test count, and reads green only when nothing failed', () => {
    expect(summarize({ failedSteps: ['lint', 'build'], reports: {} }).lines.at(-1)).toBe('0 passed, 2 failed');
    expect(summarize({ failedSteps: [], reports: { 'unit and component tests': unitReport } }).lines.at(-1)).toBe(
      '120 passed, 0 failed',
    );
  });
});

describe('.ci/run', () => {
  it('runs the README test command last, silently, so its last line is the summary even on failure', () => {
    const commands = readFileSync(resolve(ROOT, '.ci/run'), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'));
    expect(commands).toContain('npm ci --no-audit --no-fund');
    // npm prints its own "Lifecycle script failed" lines after a failing script unless silent.
    expect(commands.at(-1)).toBe('npm test --silent');
    expect(readFileSync(resolve(ROOT, 'README.md'), 'utf8')).toContain('npm ci && npm test ');
  });
});
