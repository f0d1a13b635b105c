import { defineRule } from '../define';
import { daysUntil } from '../facts';

/** Days before expiry from which the relationship is flagged; 14 days out still counts. */
const GDAP_WARNING_DAYS = 14;

/** §4: a relationship about to expire is worth renewing before the request needs it. */
export const gdapExpiring = defineRule({
  id: 'gdap-expiring',
  severity: 'info',
  source: '§4',
  when: (facts) => {
    const gdap = facts.customer?.gdap;
    if (facts.context.kind !== 'customer' || gdap?.status !== 'active' || !gdap.expiresOn) return false;
    const days = daysUntil(facts.today, gdap.expiresOn);
    return days >= 0 && days <= GDAP_WARNING_DAYS ? { args: [gdap.expiresOn, String(days)] } : false;
  },
});
