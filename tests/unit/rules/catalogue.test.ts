import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CATALOG } from '../../../lib/i18n/catalog';
import { messageKeyOf } from '../../../lib/rules/define';
import { RULES } from '../../../lib/rules/registry';
import type { FindingId, FixAction } from '../../../lib/rules/types';
import { situation } from './facts-builder';
import type { RuleCase } from './rule-table';

const RULES_MD = resolve(process.cwd(), '../shared/rules.md');

/** The cases each findings test file declares through describeRule, recorded instead of run here. */
const declared = vi.hoisted(() => new Map<string, { id: string; cases: RuleCase[] }[]>());
const currentFile = vi.hoisted(() => ({ path: '' }));
vi.mock('./rule-table', () => ({
  describeRule: (id: string, cases: RuleCase[]) => {
    const list = declared.get(currentFile.path) ?? [];
    list.push({ id, cases: [...cases] });
    declared.set(currentFile.path, list);
  },
}));

const FINDINGS_TESTS = import.meta.glob('./findings/*.test.ts');
for (const [path, load] of Object.entries(FINDINGS_TESTS)) {
  currentFile.path = path;
  await load();
}

interface CatalogueRow {
  readonly severity: string;
  readonly fix: string;
  readonly source: string;
}

/** The finding catalogue of shared/rules.md: id → its severity, fix action and source columns. */
function catalogue(): Map<string, CatalogueRow> {
  if (!existsSync(RULES_MD))
    throw new Error(`The rule catalogue is missing: expected ${RULES_MD} (shared/ beside the repo).`);
  const rows = new Map<string, CatalogueRow>();
  for (const line of readFileSync(RULES_MD, 'utf8').split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    const id = /^`([a-z-]+)`$/.exec(cells[1] ?? '')?.[1];
    if (!id || cells.length < 7) continue;
    rows.set(id, { severity: /^[a-z]+/.exec(cells[3]!)![0], fix: cells[4]!, source: cells[5]! });
  }
  return rows;
}

/**
 * The fix column in words, as the code names it. Backticked fill actions map to themselves; the
 * rest is prose in rules.md, so each wording is pinned here: a changed wording needs a look.
 */
const FIX_IN_WORDS: Record<string, FixAction | null> = {
  '`select-own-plan`': { kind: 'fill', action: 'select-own-plan' },
  '`select-csp-plan`': { kind: 'fill', action: 'select-csp-plan' },
  '`fill-contact`': { kind: 'fill', action: 'fill-contact' },
  "open Partner Center's customer list": { kind: 'link', target: 'partner-center-customers' },
  "show the indirect provider's contact": { kind: 'link', target: 'indirect-provider-contact' },
  "how to find the ISV's contact": { kind: 'link', target: 'marketplace-publisher-help' },
  'Partner Center admin relationships': { kind: 'link', target: 'partner-center-admin-relationships' },
  'add the tenant to the customer directory': { kind: 'link', target: 'options-customers' },
  // A manual check with nothing to click: the guidance text tells the user where to look.
  'check the directory shown at the top right': null,
  '—': null,
};

describe('the rule catalogue', () => {
  const rows = catalogue();

  it('is read from shared/rules.md', () => {
    expect(rows.size).toBe(15);
  });

  it('has a rule for every catalogue ID, and no rule outside it', () => {
    expect(RULES.map((rule) => rule.id).sort()).toEqual([...rows.keys()].sort());
  });

  it.each([...rows])('%s has the catalogue severity, fix action and source', (id, row) => {
    const rule = RULES.find((candidate) => candidate.id === id)!;
    expect(rule.severity).toBe(row.severity);
    expect(Object.keys(FIX_IN_WORDS), `fix column of ${id}: "${row.fix}"`).toContain(row.fix);
    expect(rule.fix ?? null).toEqual(FIX_IN_WORDS[row.fix]);
    // rules.md marks the one rule that no section of the article covers with "—".
    expect(rule.source).toBe(row.source === '—' ? 'directory' : row.source);
  });

  it.each(RULES.map((rule) => [rule.id]))(
    '%s has its own test file with a firing and a quiet case for that ID',
    (id) => {
      const path = `./findings/${id}.test.ts`;
      expect(existsSync(resolve(__dirname, path))).toBe(true);
      const tables = declared.get(path) ?? [];
      expect(tables.map((table) => table.id)).toEqual([id]);
      const cases = tables.flatMap((table) => table.cases);
      expect(cases.filter((rule) => rule.expected !== null).length, 'firing cases').toBeGreaterThan(0);
      expect(cases.filter((rule) => rule.expected === null).length, 'quiet cases').toBeGreaterThan(0);
      const rule = RULES.find((candidate) => candidate.id === id)!;
      for (const { name, given, expected } of cases) {
        expect(rule.evaluate(situation(given)) === null, name).toBe(expected === null);
      }
    },
  );

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
