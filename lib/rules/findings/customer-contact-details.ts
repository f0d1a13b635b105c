import { defineRule } from '../define';
import { contactEmails, isCustomerEmail, isForeignContext, isPartnerEmail, isSupportForm } from '../facts';

/** §8, §9: the contact details must be the partner's own, not the customer's. */
export const customerContactDetails = defineRule({
  id: 'customer-contact-details',
  severity: 'warning',
  source: '§8, §9',
  fix: { kind: 'fill', action: 'fill-contact' },
  field: 'email',
  when: (facts) => {
    if (!isForeignContext(facts) || !isSupportForm(facts)) return false;
    const foreign = contactEmails(facts).find(
      (email) => isCustomerEmail(facts, email) || !isPartnerEmail(facts, email),
    );
    return foreign ? { args: [foreign] } : false;
  },
});
