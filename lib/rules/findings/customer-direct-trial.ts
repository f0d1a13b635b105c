import { defineRule } from '../define';

/** §10: with direct trial subscriptions next to CSP ones, the customer gets support only through its partner. */
export const customerDirectTrial = defineRule({
  id: 'customer-direct-trial',
  severity: 'info',
  source: '§10',
  when: (facts) => facts.context.kind === 'customer' && facts.customer?.directSubscriptions === 'trial',
});
