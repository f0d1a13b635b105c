import { defineRule } from '../define';
import { daysUntil } from '../facts';

/** §4, §7, §9: filing for a customer needs an active admin (GDAP) relationship. */
export const gdapNotActive = defineRule({
  id: 'gdap-not-active',
  severity: 'blocker',
  source: '§4, §7, §9',
  fix: { kind: 'link', target: 'partner-center-admin-relationships' },
  when: (facts) => {
    const gdap = facts.customer?.gdap;
    if (facts.context.kind !== 'customer' || !gdap) return false;
    if (gdap.status === 'expired' || gdap.status === 'none') return true;
    return gdap.status === 'active' && gdap.expiresOn !== undefined && daysUntil(facts.today, gdap.expiresOn) < 0;
  },
});
