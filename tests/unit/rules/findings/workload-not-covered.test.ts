import { describeRule } from '../rule-table';

describeRule('workload-not-covered', [
  {
    name: 'fires for GitHub',
    given: { product: 'GitHub Enterprise' },
    expected: {
      severity: 'info',
      field: 'product',
      message: { key: 'rules_workload_not_covered', args: ['GitHub Enterprise'] },
    },
  },
  {
    name: 'fires for Visual Studio subscriptions',
    given: { product: 'Visual Studio Subscriptions' },
    expected: { severity: 'info' },
  },
  { name: 'quiet for an Azure product', given: { product: 'Azure Kubernetes Service (AKS)' }, expected: null },
  {
    name: 'quiet for a marketplace product (its own finding)',
    given: { product: 'GitHub Enterprise (Marketplace)', marketplace: true },
    expected: null,
  },
  { name: 'quiet off a form', given: { form: null }, expected: null },
]);
