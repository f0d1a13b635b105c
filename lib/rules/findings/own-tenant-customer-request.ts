import type { TitledKey } from '../../i18n/keys';
import { defineRule } from '../define';
import { isSupportForm } from '../facts';
import type { Facts } from '../types';

/** Each signal says something else happened, so each gets its own words. */
const MESSAGE_BY_SIGNAL = {
  'partner-center': 'rules_own_tenant_customer_request',
  'customer-url': 'rules_own_tenant_customer_request_customer_url',
  user: 'rules_own_tenant_customer_request_user',
} as const satisfies Record<NonNullable<Facts['customerIntent']>, TitledKey>;

/** §3, §4, §12: a customer's request must be made in the customer's context, entered from Partner Center. */
export const ownTenantCustomerRequest = defineRule({
  id: 'own-tenant-customer-request',
  severity: 'warning',
  source: '§3, §4, §12',
  fix: { kind: 'link', target: 'partner-center-customers' },
  when: (facts) => {
    if (facts.context.kind !== 'own' || !isSupportForm(facts) || facts.customerIntent === undefined) return false;
    return { key: MESSAGE_BY_SIGNAL[facts.customerIntent] };
  },
});
