import { defineRule } from '../define';
import { fieldValue, foreignContactEmail, hasField, isForeignContext, isSupportForm } from '../facts';

/**
 * §8, §9: Microsoft contacts whoever the form names; an empty contact block gets filled with the
 * partner's. Only in a customer's (or unlisted) tenant, where the fill is offered; and not when a
 * foreign address already sits in the block, which customer-contact-details reports more urgently.
 */
export const contactNotFilled = defineRule({
  id: 'contact-not-filled',
  severity: 'info',
  source: '§8, §9',
  fix: { kind: 'fill', action: 'fill-contact' },
  field: 'firstName',
  when: (facts) =>
    isForeignContext(facts) &&
    isSupportForm(facts) &&
    (hasField(facts, 'email') || hasField(facts, 'firstName') || hasField(facts, 'phone')) &&
    fieldValue(facts, 'email') === '' &&
    fieldValue(facts, 'firstName') === '' &&
    fieldValue(facts, 'lastName') === '' &&
    foreignContactEmail(facts) === undefined,
});
