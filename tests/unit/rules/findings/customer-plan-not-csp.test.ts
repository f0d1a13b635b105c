import { describeRule } from '../rule-table';

describeRule('customer-plan-not-csp', [
  {
    name: 'info while the plan is still empty',
    given: { context: 'customer' },
    expected: { severity: 'info', field: 'supportPlan', fix: { kind: 'fill', action: 'select-csp-plan' } },
  },
  {
    name: 'warning for another plan',
    given: { context: 'customer', fields: { supportPlan: 'Partner Cloud Support 5' } },
    expected: { severity: 'warning' },
  },
  {
    name: 'fires in an unlisted tenant too',
    given: { context: 'unlisted', fields: { supportPlan: 'Unified Support' } },
    expected: { severity: 'warning' },
  },
  {
    name: 'quiet for the CSP plan',
    given: { context: 'customer', fields: { supportPlan: 'Cloud Solution Provider' } },
    expected: null,
  },
  {
    name: 'quiet for a configured CSP label',
    given: { context: 'customer', partner: { cspPlanLabel: 'CSP Support' }, fields: { supportPlan: 'CSP Support' } },
    expected: null,
  },
  { name: 'quiet on the Microsoft 365 form', given: { context: 'customer', form: 'm365' }, expected: null },
  { name: 'quiet in the own tenant', given: { context: 'own' }, expected: null },
  {
    name: 'quiet for a reseller, whose blocker says more',
    given: { context: 'customer', partner: { programRole: 'indirect-reseller' } },
    expected: null,
  },
]);
