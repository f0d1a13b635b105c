import { describeRule } from '../rule-table';

describeRule('context-unknown', [
  {
    name: 'fires on a support form with an unknown context',
    given: { context: 'unknown' },
    expected: { severity: 'warning' },
  },
  {
    name: 'fires on the Microsoft 365 form',
    given: { context: 'unknown', form: 'm365' },
    expected: { severity: 'warning' },
  },
  { name: 'quiet off a form', given: { context: 'unknown', form: null }, expected: null },
  { name: 'quiet when the context is known', given: { context: 'own' }, expected: null },
]);
