import { describeRule } from '../rule-table';

describeRule('unlisted-tenant', [
  {
    name: 'fires in an unlisted tenant',
    given: { context: 'unlisted' },
    expected: { severity: 'info', fix: { kind: 'link', target: 'options-customers' } },
  },
  { name: 'fires off a form too', given: { context: 'unlisted', form: null }, expected: { severity: 'info' } },
  { name: 'quiet for a customer', given: { context: 'customer' }, expected: null },
  { name: 'quiet when unknown', given: { context: 'unknown' }, expected: null },
]);
