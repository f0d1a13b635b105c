import { CONTACT_METHOD_OPTIONS } from '../portals/fields';
import type { SupportFormKind } from '../model/form';
import { cspPlanLabels } from './options';
import type { ContactDetails } from '../settings/schema';
import type { FieldId } from '../model/form';

/** What to put in which field. Dropdown and radio values are option texts. */
export interface FillPlan {
  readonly values: Partial<Record<FieldId, string>>;
  /** Other option texts that count as the same choice (e.g. the Dutch name of the CSP plan). */
  readonly aliases?: Partial<Record<FieldId, readonly string[]>>;
}

/** The partner's own contact details for the form's fields; empty settings are left out. */
export function buildContactPlan(contact: ContactDetails, kind: SupportFormKind): FillPlan {
  const method = contact.preferredContactMethod;
  const candidates: Partial<Record<FieldId, string>> =
    kind === 'azure'
      ? {
          firstName: contact.firstName,
          lastName: contact.lastName,
          email: contact.email,
          additionalEmail: contact.additionalEmails.join('; '),
          phone: contact.phone,
          country: contact.country,
          timeZone: contact.timeZone,
          supportLanguage: contact.supportLanguage,
          preferredContactMethod: CONTACT_METHOD_OPTIONS[method][0],
        }
      : { email: contact.email, phone: contact.phone, preferredContactMethod: CONTACT_METHOD_OPTIONS[method][0] };
  const values = Object.fromEntries(Object.entries(candidates).filter(([, value]) => value && value.trim() !== ''));
  return { values, aliases: { preferredContactMethod: CONTACT_METHOD_OPTIONS[method] } };
}

/** Selecting a support plan by its option text; the CSP plan also answers to its known aliases. */
export function buildPlanSelection(label: string, { csp = false } = {}): FillPlan {
  return {
    values: { supportPlan: label },
    aliases: { supportPlan: csp ? cspPlanLabels(label) : [label] },
  };
}
