import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PORTAL_HOSTS } from '../../../lib/portals/hosts';
import { RULES } from '../../../lib/rules/registry';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

describe('the README stays in step with the code', () => {
  it.each(PORTAL_HOSTS.map((host) => host.pattern))('justifies the host permission %s', (pattern) => {
    expect(readme).toContain(`| \`${pattern}\` |`);
  });

  it.each(RULES.map((rule) => rule.id))('lists the finding %s', (id) => {
    expect(readme).toContain(`| \`${id}\` |`);
  });

  it('names the fixed extension ID', () => {
    expect(readme).toContain('jpjfbjadngbmdbaogppmkenfmebgocdd');
  });
});
