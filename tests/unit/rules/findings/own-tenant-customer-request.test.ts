import { describeRule } from '../rule-table';

describeRule('own-tenant-customer-request', [
  {
    name: 'fires when Partner Center opened the tab for a customer',
    given: { context: 'own', customerIntent: 'partner-center' },
    expected: {
      severity: 'warning',
      fix: { kind: 'link', target: 'partner-center-customers' },
      message: { key: 'rules_own_tenant_customer_request' },
    },
  },
  {
    name: 'fires for a customer URL',
    given: { context: 'own', customerIntent: 'customer-url' },
    expected: { severity: 'warning', message: { key: 'rules_own_tenant_customer_request_customer_url' } },
  },
  {
    name: 'fires when the user says so',
    given: { context: 'own', customerIntent: 'user' },
    expected: { severity: 'warning', message: { key: 'rules_own_tenant_customer_request_user' } },
  },
  { name: 'quiet without a customer signal', given: { context: 'own' }, expected: null },
  {
    name: 'quiet in the customer tenant',
    given: { context: 'customer', customerIntent: 'partner-center' },
    expected: null,
  },
  { name: 'quiet off a support form', given: { context: 'own', form: null, customerIntent: 'user' }, expected: null },
]);
