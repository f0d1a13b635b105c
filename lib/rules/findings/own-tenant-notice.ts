import { defineRule } from '../define';
import { isSupportForm } from '../facts';

/** §12, §13: the own context is only for the partner's own subscriptions, with its own entitlement. */
export const ownTenantNotice = defineRule({
  id: 'own-tenant-notice',
  severity: 'info',
  source: '§12, §13',
  when: (facts) => facts.context.kind === 'own' && isSupportForm(facts) && facts.customerIntent === undefined,
});
