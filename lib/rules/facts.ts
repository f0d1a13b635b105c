import { domainOfEmail, isSameOrSubdomain } from '../context/normalize';
import type { FieldId } from '../model/form';
import type { Facts } from './types';

export function supportFormKind(facts: Facts): 'azure' | 'm365' | null {
  return facts.form?.kind ?? facts.page?.supportForm ?? null;
}

export const isSupportForm = (facts: Facts): boolean => supportFormKind(facts) !== null;
export const isAzureForm = (facts: Facts): boolean => supportFormKind(facts) === 'azure';

export function fieldValue(facts: Facts, field: FieldId): string {
  return facts.form?.fields[field]?.value.trim() ?? '';
}

export function hasField(facts: Facts, field: FieldId): boolean {
  return facts.form?.fields[field] !== undefined;
}

export const isForeignContext = (facts: Facts): boolean =>
  facts.context.kind === 'customer' || facts.context.kind === 'unlisted';

function isPartnerEmail(facts: Facts, email: string): boolean {
  const domain = domainOfEmail(email);
  return facts.settings.partner.domains.some((partnerDomain) => isSameOrSubdomain(domain, partnerDomain));
}

function isCustomerEmail(facts: Facts, email: string): boolean {
  const domain = domainOfEmail(email);
  const customerDomains = [...(facts.customer?.domains ?? []), facts.context.tenant?.domain ?? ''];
  return customerDomains.some((customerDomain) => customerDomain !== '' && isSameOrSubdomain(domain, customerDomain));
}

/** The contact email addresses the form holds (the main one and the additional one). */
function contactEmails(facts: Facts): string[] {
  return [fieldValue(facts, 'email'), fieldValue(facts, 'additionalEmail')]
    .flatMap((value) => value.split(/[;,\s]+/))
    .filter((value) => value.includes('@'));
}

/** The first contact email that is not the partner's own: on the customer's domain or on no partner domain. */
export function foreignContactEmail(facts: Facts): string | undefined {
  return contactEmails(facts).find((email) => isCustomerEmail(facts, email) || !isPartnerEmail(facts, email));
}

/** Whole days from `today` to `date` (both YYYY-MM-DD); negative when past. */
export function daysUntil(today: string, date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

export const isResellerRole = (facts: Facts): boolean =>
  facts.settings.partner.programRole === 'indirect-reseller' || facts.settings.partner.programRole === 'advisor';
