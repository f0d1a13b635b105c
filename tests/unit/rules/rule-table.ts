import { describe, expect, it } from 'vitest';
import { RULES } from '../../../lib/rules/registry';
import type { Finding, FindingId } from '../../../lib/rules/types';
import { situation, type SituationOptions } from './facts-builder';

export interface RuleCase {
  readonly name: string;
  readonly given: SituationOptions;
  /** The finding expected, or null when the rule must stay quiet. */
  readonly expected: Partial<Finding> | null;
}

/** Runs one rule over a table of situations where it must fire and near-misses where it must not. */
export function describeRule(id: FindingId, cases: readonly RuleCase[]): void {
  const rule = RULES.find((candidate) => candidate.id === id)!;
  describe(id, () => {
    it('is registered', () => expect(rule).toBeDefined());
    it.each(cases)('$name', ({ given, expected }) => {
      const finding = rule.evaluate(situation(given));
      if (expected === null) {
        expect(finding).toBeNull();
      } else {
        expect(finding).toMatchObject({ id, source: rule.source, ...expected });
        // A rule may pick a variant of its text (`rules_<id>_<variant>`), never another rule's.
        expect(finding!.message.key).toMatch(new RegExp(`^rules_${id.replace(/-/g, '_')}(_[a-z_]+)?$`));
      }
    });
  });
}
