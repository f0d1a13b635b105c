import type { FieldId } from '../model/form';
import { underscored, type TitledKey, type Underscored } from '../i18n/keys';
import type { Facts, Finding, FindingId, FixAction, Rule, Severity } from './types';

interface RuleSpec {
  readonly id: FindingId;
  readonly severity: Severity;
  readonly source: string;
  readonly fix?: FixAction;
  readonly field?: FieldId;
  /** Decides whether the rule fires; may lower the severity or add message arguments. */
  readonly when: (facts: Facts) =>
    | boolean
    | {
        readonly severity?: Severity;
        readonly args?: readonly string[];
        /** A variant of the rule's text (`rules_<id>_<variant>`), for a case that needs other words. */
        readonly key?: TitledKey;
      };
}

/** The message key of a finding's guidance text; its title is the same key plus `_title`. */
export function messageKeyOf<Id extends FindingId>(id: Id): `rules_${Underscored<Id>}` {
  return `rules_${underscored(id)}`;
}

export function defineRule(spec: RuleSpec): Rule {
  return {
    id: spec.id,
    severity: spec.severity,
    source: spec.source,
    ...(spec.fix ? { fix: spec.fix } : {}),
    evaluate(facts: Facts): Finding | null {
      const outcome = spec.when(facts);
      if (!outcome) return null;
      const details = outcome === true ? {} : outcome;
      return {
        id: spec.id,
        severity: details.severity ?? spec.severity,
        message: { key: details.key ?? messageKeyOf(spec.id), ...(details.args ? { args: details.args } : {}) },
        source: spec.source,
        ...(spec.fix ? { fix: spec.fix } : {}),
        ...(spec.field ? { field: spec.field } : {}),
      };
    },
  };
}
