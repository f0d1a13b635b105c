import { describeRule } from '../rule-table';

describeRule('customer-direct-paid', [
  {
    name: 'fires for direct paid subscriptions',
    given: { customer: { directSubscriptions: 'paid' } },
    expected: { severity: 'info' },
  },
  { name: 'quiet for trials', given: { customer: { directSubscriptions: 'trial' } }, expected: null },
  { name: 'quiet when unknown', given: { customer: { directSubscriptions: 'unknown' } }, expected: null },
  { name: 'quiet in the own tenant', given: { context: 'own' }, expected: null },
]);
