import { defineRule } from '../define';
import { fieldValue, isSupportForm } from '../facts';
import { isCspPlan } from '../../forms/options';

/** §13: the CSP entitlement does not cover the partner's own subscriptions. */
export const ownTenantCspPlan = defineRule({
  id: 'own-tenant-csp-plan',
  severity: 'warning',
  source: '§13',
  fix: { kind: 'fill', action: 'select-own-plan' },
  field: 'supportPlan',
  when: (facts) =>
    facts.context.kind === 'own' &&
    isSupportForm(facts) &&
    isCspPlan(fieldValue(facts, 'supportPlan'), facts.settings.partner.cspPlanLabel),
});
