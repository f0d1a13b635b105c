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
  {
    name: 'quiet in the own tenant, even with a paid record',
    given: { context: 'own', customer: { directSubscriptions: 'paid' } },
    expected: null,
  },
  {
    name: 'quiet in an unlisted tenant, even with a paid record',
    given: { context: 'unlisted', customer: { directSubscriptions: 'paid' } },
    expected: null,
  },
  {
    name: 'quiet in an unknown tenant, even with a paid record',
    given: { context: 'unknown', customer: { directSubscriptions: 'paid' } },
    expected: null,
  },
]);
