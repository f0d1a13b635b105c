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
