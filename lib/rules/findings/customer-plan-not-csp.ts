import { defineRule } from '../define';
import { fieldValue, isAzureForm, isForeignContext, isResellerRole } from '../facts';
import { isCspPlan } from '../../forms/options';

/** §8: in a customer's Azure request the support plan must be the CSP plan. Info while still empty. */
export const customerPlanNotCsp = defineRule({
  id: 'customer-plan-not-csp',
  severity: 'warning',
  source: '§8',
  fix: { kind: 'fill', action: 'select-csp-plan' },
  field: 'supportPlan',
  when: (facts) => {
    // A reseller may not file here at all; its blocker says so, a plan hint would mislead.
    if (!isForeignContext(facts) || !isAzureForm(facts) || isResellerRole(facts)) return false;
    const plan = fieldValue(facts, 'supportPlan');
    if (isCspPlan(plan, facts.settings.partner.cspPlanLabel)) return false;
    return plan === '' ? { severity: 'info' } : true;
  },
});
