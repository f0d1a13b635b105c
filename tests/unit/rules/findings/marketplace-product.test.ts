import { describeRule } from '../rule-table';

describeRule('marketplace-product', [
  {
    name: 'fires for a marketplace product',
    given: { product: 'Contoso Firewall (Marketplace)', marketplace: true },
    expected: {
      severity: 'warning',
      field: 'product',
      fix: { kind: 'link', target: 'marketplace-publisher-help' },
      message: { key: 'rules_marketplace_product', args: ['Contoso Firewall (Marketplace)'] },
    },
  },
  {
    name: 'fires in the own tenant too',
    given: { context: 'own', product: 'X', marketplace: true },
    expected: { severity: 'warning' },
  },
  {
    name: 'quiet for a Microsoft product',
    given: { product: 'Virtual Machine running Windows', marketplace: false },
    expected: null,
  },
  { name: 'quiet before a product is chosen', given: {}, expected: null },
]);
