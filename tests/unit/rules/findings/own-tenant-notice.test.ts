import { describeRule } from '../rule-table';

describeRule('own-tenant-notice', [
  { name: 'fires on a support form in the own tenant', given: { context: 'own' }, expected: { severity: 'info' } },
  {
    name: 'fires on the Microsoft 365 form too',
    given: { context: 'own', form: 'm365' },
    expected: { severity: 'info' },
  },
  {
    name: 'quiet with a customer signal (the warning says more)',
    given: { context: 'own', customerIntent: 'user' },
    expected: null,
  },
  { name: 'quiet off a form', given: { context: 'own', form: null }, expected: null },
  { name: 'quiet in a customer tenant', given: { context: 'customer' }, expected: null },
]);
