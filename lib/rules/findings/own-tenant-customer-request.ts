import { defineRule } from '../define';
import { isSupportForm } from '../facts';

/** §3, §4, §12: a customer's request must be made in the customer's context, entered from Partner Center. */
export const ownTenantCustomerRequest = defineRule({
  id: 'own-tenant-customer-request',
  severity: 'warning',
  source: '§3, §4, §12',
  fix: { kind: 'link', target: 'partner-center-customers' },
  when: (facts) => facts.context.kind === 'own' && isSupportForm(facts) && facts.customerIntent !== undefined,
});
