import { describeRule } from '../rule-table';

describeRule('customer-direct-trial', [
  {
    name: 'fires for direct trial subscriptions',
    given: { customer: { directSubscriptions: 'trial' } },
    expected: { severity: 'info' },
  },
  {
    name: 'fires off a form too',
    given: { form: null, customer: { directSubscriptions: 'trial' } },
    expected: { severity: 'info' },
  },
  { name: 'quiet for paid ones', given: { customer: { directSubscriptions: 'paid' } }, expected: null },
  { name: 'quiet when none', given: {}, expected: null },
  { name: 'quiet in an unlisted tenant', given: { context: 'unlisted' }, expected: null },
]);
