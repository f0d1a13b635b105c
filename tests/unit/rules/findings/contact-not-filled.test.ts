import { describeRule } from '../rule-table';

describeRule('contact-not-filled', [
  {
    name: 'fires when the contact block is empty',
    given: {},
    expected: { severity: 'info', fix: { kind: 'fill', action: 'fill-contact' } },
  },
  { name: 'fires on the Microsoft 365 pane', given: { form: 'm365' }, expected: { severity: 'info' } },
  { name: 'quiet once an email is there', given: { fields: { email: 'alex@fabrikam.com' } }, expected: null },
  { name: 'quiet once a name is there', given: { fields: { firstName: 'Alex' } }, expected: null },
  { name: 'quiet in the own tenant', given: { context: 'own' }, expected: null },
  {
    name: 'fires while only an additional address of the partner is there',
    given: { fields: { additionalEmail: 'support@fabrikam.com' } },
    expected: { severity: 'info' },
  },
  {
    name: 'quiet when the block holds only a customer address (customer-contact-details reports it)',
    given: { fields: { additionalEmail: 'it@contoso.com' } },
    expected: null,
  },
  { name: 'quiet off a form', given: { form: null }, expected: null },
]);
