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
  {
    name: 'quiet in the own tenant, even with a trial record',
    given: { context: 'own', customer: { directSubscriptions: 'trial' } },
    expected: null,
  },
  {
    name: 'quiet in an unlisted tenant, even with a trial record',
    given: { context: 'unlisted', customer: { directSubscriptions: 'trial' } },
    expected: null,
  },
  {
    name: 'quiet in an unknown tenant, even with a trial record',
    given: { context: 'unknown', customer: { directSubscriptions: 'trial' } },
    expected: null,
  },
]);
