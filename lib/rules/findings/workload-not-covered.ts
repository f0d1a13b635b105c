import { defineRule } from '../define';
import { isSupportForm } from '../facts';

/**
 * Products outside the CSP support entitlement (§2 covers Azure, Microsoft 365, Dynamics 365,
 * Intune and Entra). The names below are inferred (C) from Microsoft's separate support channels.
 */
const NOT_COVERED_PRODUCTS: readonly RegExp[] = [
  /\bgithub\b/i,
  /\bvisual studio (subscriptions?|marketplace)\b/i,
  /\blinkedin\b/i,
  /\bxbox\b/i,
  /\bminecraft\b/i,
  /\bmicrosoft (365 )?(family|personal)\b/i,
];

export const workloadNotCovered = defineRule({
  id: 'workload-not-covered',
  severity: 'info',
  source: '§2',
  field: 'product',
  when: (facts) => {
    const product = facts.form?.product ?? '';
    if (!isSupportForm(facts) || facts.form?.marketplaceProduct) return false;
    return NOT_COVERED_PRODUCTS.some((pattern) => pattern.test(product)) ? { args: [product] } : false;
  },
});
