import { defineRule } from '../define';

/** §11: Microsoft does not support commercial-marketplace products; their publisher does. */
export const marketplaceProduct = defineRule({
  id: 'marketplace-product',
  severity: 'warning',
  source: '§11',
  fix: { kind: 'link', target: 'marketplace-publisher-help' },
  field: 'product',
  when: (facts) => (facts.form?.marketplaceProduct ? { args: [facts.form.product ?? ''] } : false),
});
