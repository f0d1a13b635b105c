import { defineRule } from '../define';
import { foreignContactEmail, isForeignContext, isSupportForm } from '../facts';

/** §8, §9: the contact details must be the partner's own, not the customer's. */
export const customerContactDetails = defineRule({
  id: 'customer-contact-details',
  severity: 'warning',
  source: '§8, §9',
  fix: { kind: 'fill', action: 'fill-contact' },
  field: 'email',
  when: (facts) => {
    if (!isForeignContext(facts) || !isSupportForm(facts)) return false;
    const foreign = foreignContactEmail(facts);
    return foreign ? { args: [foreign] } : false;
  },
});
