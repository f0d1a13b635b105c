import { defineRule } from '../define';

/** §10: with direct paid subscriptions, the customer may also open requests with Microsoft itself. */
export const customerDirectPaid = defineRule({
  id: 'customer-direct-paid',
  severity: 'info',
  source: '§10',
  when: (facts) => facts.context.kind === 'customer' && facts.customer?.directSubscriptions === 'paid',
});
