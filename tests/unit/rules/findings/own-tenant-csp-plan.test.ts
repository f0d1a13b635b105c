import { describeRule } from '../rule-table';

describeRule('own-tenant-csp-plan', [
  {
    name: 'fires for the CSP plan in the own tenant',
    given: { context: 'own', fields: { supportPlan: 'Cloud Solution Provider' } },
    expected: { severity: 'warning', field: 'supportPlan', fix: { kind: 'fill', action: 'select-own-plan' } },
  },
  {
    name: 'fires for the Dutch CSP option',
    given: { context: 'own', fields: { supportPlan: 'Cloudoplossingsprovider' } },
    expected: { severity: 'warning' },
  },
  {
    name: 'fires case-insensitively',
    given: { context: 'own', fields: { supportPlan: '  cloud solution PROVIDER ' } },
    expected: { severity: 'warning' },
  },
  {
    name: 'quiet for the own plan',
    given: { context: 'own', fields: { supportPlan: 'Partner Cloud Support 5' } },
    expected: null,
  },
  {
    name: 'quiet for the CSP plan in a customer tenant',
    given: { context: 'customer', fields: { supportPlan: 'Cloud Solution Provider' } },
    expected: null,
  },
  { name: 'quiet off a support form', given: { context: 'own', form: null }, expected: null },
]);
