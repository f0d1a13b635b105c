import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PORTAL_HOSTS } from '../../../lib/portals/hosts';
import { RULES } from '../../../lib/rules/registry';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

/** A table row whose first cell is the given code text (prettier pads the cells). */
function tableRow(code: string): RegExp {
  return new RegExp(`^\\| \`${code.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\`\\s+\\|`, 'm');
}

describe('the README stays in step with the code', () => {
  it.each(PORTAL_HOSTS.map((host) => host.pattern))('justifies the host permission %s', (pattern) => {
    expect(readme).toMatch(tableRow(pattern));
  });

  it.each(RULES.map((rule) => rule.id))('lists the finding %s', (id) => {
    expect(readme).toMatch(tableRow(id));
  });

  it('names the fixed extension ID', () => {
    expect(readme).toContain('jpjfbjadngbmdbaogppmkenfmebgocdd');
  });
});

describe('the README shows the latest benchmark', () => {
  const latest = readFileSync(new URL('../../bench/results/latest.md', import.meta.url), 'utf8');
  const cells = (line: string) =>
    line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
  const rowsOf = (text: string) =>
    text
      .split('\n')
      .filter((line) => line.startsWith('| ') && !/^\|\s*-/.test(line))
      .map((line) => cells(line).join(' | '));

  it('has every row of tests/bench/results/latest.md, with the same values', () => {
    const readmeRows = new Set(rowsOf(readme));
    const missing = rowsOf(latest).filter((row) => !readmeRows.has(row));
    expect(missing).toEqual([]);
  });

  it('names when and where it was measured', () => {
    const measured = latest.split('\n')[0]!;
    expect(readme).toContain(measured);
  });
});
