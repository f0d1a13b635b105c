import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CATALOG } from '../../../lib/i18n/catalog';
import { messageKeyOf } from '../../../lib/rules/define';
import { RULES } from '../../../lib/rules/registry';
import type { FindingId, FixAction } from '../../../lib/rules/types';
import { situation } from './facts-builder';
import type { RuleCase } from './rule-table';

/** The catalogue in the repository, in the project's own words (docs/rules.md). */
const RULES_MD = resolve(__dirname, '../../../docs/rules.md');

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

/** The table of docs/rules.md: id → its severity, fix and source columns. */
function catalogue(): Map<string, CatalogueRow> {
  if (!existsSync(RULES_MD)) throw new Error(`The rule catalogue is missing: expected ${RULES_MD}.`);
  const rows = new Map<string, CatalogueRow>();
  for (const line of readFileSync(RULES_MD, 'utf8').split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    const id = /^`([a-z-]+)`$/.exec(cells[1] ?? '')?.[1];
    if (!id || cells.length < 7) continue;
    rows.set(id, { severity: /^[a-z]+/.exec(cells[2]!)![0], fix: cells[3]!, source: cells[4]! });
  }
  return rows;
}

/** The fix column as the code writes it: `fill: <action>`, `link: <target>`, or — for none. */
function fixOf(column: string): FixAction | null {
  if (column === '—') return null;
  const match = /^`(fill|link): ([a-z-]+)`$/.exec(column);
  if (!match) throw new Error(`Unreadable fix column "${column}" in docs/rules.md`);
  return match[1] === 'fill'
    ? { kind: 'fill', action: match[2] as Extract<FixAction, { kind: 'fill' }>['action'] }
    : { kind: 'link', target: match[2] as Extract<FixAction, { kind: 'link' }>['target'] };
}

describe('the rule catalogue', () => {
  const rows = catalogue();

  it('is read from docs/rules.md', () => {
    expect(rows.size).toBe(15);
  });

  it('has a rule for every catalogue ID, and no rule outside it', () => {
    expect(RULES.map((rule) => rule.id).sort()).toEqual([...rows.keys()].sort());
  });

  it.each([...rows])('%s has the catalogue severity, fix action and source', (id, row) => {
    const rule = RULES.find((candidate) => candidate.id === id)!;
    expect(rule.severity).toBe(row.severity);
    expect(rule.fix ?? null, `fix column of ${id}: "${row.fix}"`).toEqual(fixOf(row.fix));
    expect(rule.source).toBe(row.source);
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
