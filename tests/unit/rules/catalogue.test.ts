import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../lib/i18n/catalog';
import { messageKeyOf } from '../../../lib/rules/define';
import { RULES } from '../../../lib/rules/registry';
import type { FindingId } from '../../../lib/rules/types';

const RULES_MD = resolve(process.cwd(), '../shared/rules.md');

/** The finding catalogue of shared/rules.md: id → severity (first word of its column). */
function catalogue(): Map<string, string> {
  if (!existsSync(RULES_MD))
    throw new Error(`The rule catalogue is missing: expected ${RULES_MD} (shared/ beside the repo).`);
  const rows = new Map<string, string>();
  for (const line of readFileSync(RULES_MD, 'utf8').split('\n')) {
    const match = /^\|\s*`([a-z-]+)`\s*\|[^|]*\|\s*([a-z]+)/.exec(line);
    if (match) rows.set(match[1]!, match[2]!);
  }
  return rows;
}

describe('the rule catalogue', () => {
  const rows = catalogue();

  it('is read from shared/rules.md', () => {
    expect(rows.size).toBe(15);
  });

  it('has a rule for every catalogue ID, and no rule outside it', () => {
    expect(RULES.map((rule) => rule.id).sort()).toEqual([...rows.keys()].sort());
  });

  it.each([...rows])('%s has the catalogue severity (%s)', (id, severity) => {
    expect(RULES.find((rule) => rule.id === id)?.severity).toBe(severity);
  });

  it.each(RULES.map((rule) => [rule.id]))('%s has its own test file', (id) => {
    expect(existsSync(resolve(__dirname, `findings/${id}.test.ts`))).toBe(true);
  });

  it.each(RULES.map((rule) => [rule.id]))('%s has guidance in English and Dutch', (id) => {
    for (const key of [messageKeyOf(id as FindingId), `${messageKeyOf(id as FindingId)}_title`]) {
      const text = (CATALOG as Record<string, { en: string; nl: string } | undefined>)[key];
      expect(text?.en.trim(), key).toBeTruthy();
      expect(text?.nl.trim(), key).toBeTruthy();
    }
  });

  it.each(RULES.map((rule) => [rule.id, rule.source]))('%s cites its source (%s)', (_id, source) => {
    expect(source).toMatch(/^(§\d+(, §\d+)*|directory)$/);
  });
});
