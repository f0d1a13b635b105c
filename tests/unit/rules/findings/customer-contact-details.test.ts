import { describeRule } from '../rule-table';

describeRule('customer-contact-details', [
  {
    name: "fires for an email on the customer's domain",
    given: { fields: { email: 'it@contoso.com' } },
    expected: {
      severity: 'warning',
      field: 'email',
      fix: { kind: 'fill', action: 'fill-contact' },
      message: { key: 'rules_customer_contact_details', args: ['it@contoso.com'] },
    },
  },
  {
    name: 'fires for an email on any other domain',
    given: { fields: { email: 'someone@gmail.com' } },
    expected: { severity: 'warning' },
  },
  {
    name: 'fires for a lookalike of the partner domain',
    given: { fields: { email: 'alex@fabrikam.com.evil.net' } },
    expected: { severity: 'warning' },
  },
  {
    name: 'fires for a customer address in the additional email',
    given: { fields: { email: 'alex@fabrikam.com', additionalEmail: 'boss@contoso.onmicrosoft.com' } },
    expected: { severity: 'warning' },
  },
  {
    name: 'fires in an unlisted tenant',
    given: { context: 'unlisted', fields: { email: 'x@northwind.com' } },
    expected: { severity: 'warning' },
  },
  { name: 'quiet for the partner domain', given: { fields: { email: 'alex@fabrikam.com' } }, expected: null },
  {
    name: 'quiet for a subdomain of the partner domain',
    given: { fields: { email: 'alex@support.fabrikam.com' } },
    expected: null,
  },
  { name: 'quiet when empty', given: {}, expected: null },
  { name: 'quiet in the own tenant', given: { context: 'own', fields: { email: 'it@contoso.com' } }, expected: null },
]);
