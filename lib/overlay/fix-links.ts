import type { MessageKey } from '../i18n/catalog';
import { underscored } from '../i18n/keys';
import type { MessageRef } from '../i18n/types';
import type { LinkTarget } from '../rules/types';

/** The options page sections a fix can open (the section heading's id is `<section>-heading`). */
export type OptionsSection = 'customers' | 'profile';

/**
 * Where a finding's link fix leads. The overlay and the popup both render from this one table.
 * Showing a link makes no request; only the user's click opens it.
 */
export type FixLink =
  | { readonly kind: 'url'; readonly href: string; readonly labelKey: MessageKey }
  /** An extension page; web pages can't link to it, so the background opens it. */
  | { readonly kind: 'options'; readonly section: OptionsSection; readonly labelKey: MessageKey };

export interface FixLinkInput {
  readonly target: LinkTarget;
  /** The finding's message (or the checklist item's reason): its arguments carry the contact or product. */
  readonly message?: MessageRef;
  /** The customer's tenant ID, when the context names one. */
  readonly customerTenantId?: string;
}

const PARTNER_CENTER_CUSTOMERS = 'https://partner.microsoft.com/dashboard/v2/customers/list';
/** The Partner Center article the rules come from (A); §11 says where marketplace publishers list support. */
const REPORT_PROBLEMS_ARTICLE =
  'https://learn.microsoft.com/partner-center/customers/report-problems-on-behalf-of-a-customer';
const AZURE_MARKETPLACE_SEARCH = 'https://azuremarketplace.microsoft.com/marketplace/apps';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const linkLabelKey = (target: LinkTarget) => `overlay_link_${underscored(target)}` as const;
const labelKey = linkLabelKey;

/** The indirect provider's contact as the reseller rule shows it: "url · email · phone". */
function providerLink(message: MessageRef | undefined): string | null {
  const parts = (message?.args?.[1] ?? '').split(' · ').map((part) => part.trim());
  const url = parts.find((part) => /^https:\/\/\S+$/i.test(part));
  if (url) return url;
  const email = parts.find((part) => EMAIL.test(part));
  if (email) return `mailto:${email}`;
  const phone = parts.find((part) => /^\+?[\d\s().-]{6,}$/.test(part));
  return phone ? `tel:${phone.replace(/[^\d+]/g, '')}` : null;
}

/** The product name without the picker's "(Marketplace, published by …)" suffix. */
function productSearchTerm(product: string): string {
  return product.replace(/\s*\([^)]*\)\s*$/, '').trim() || product.trim();
}

export function resolveFixLink({ target, message, customerTenantId }: FixLinkInput): FixLink | null {
  switch (target) {
    case 'partner-center-customers':
      return { kind: 'url', href: PARTNER_CENTER_CUSTOMERS, labelKey: labelKey(target) };
    case 'partner-center-admin-relationships':
      // The customer's "Admin relationships" tab (C: the path seen in partner tooling, not documented).
      return {
        kind: 'url',
        href:
          customerTenantId && GUID.test(customerTenantId)
            ? `https://partner.microsoft.com/dashboard/v2/customers/${customerTenantId.toLowerCase()}/adminrelationships`
            : PARTNER_CENTER_CUSTOMERS,
        labelKey: labelKey(target),
      };
    case 'indirect-provider-contact': {
      const href = providerLink(message);
      // Without a contact there is no one to reach yet: the partner profile is where to set one.
      return href
        ? { kind: 'url', href, labelKey: labelKey(target) }
        : { kind: 'options', section: 'profile', labelKey: 'overlay_link_indirect_provider_options' };
    }
    case 'marketplace-publisher-help': {
      const product = message?.args?.[0]?.trim();
      return {
        kind: 'url',
        href: product
          ? `${AZURE_MARKETPLACE_SEARCH}?search=${encodeURIComponent(productSearchTerm(product))}`
          : REPORT_PROBLEMS_ARTICLE,
        labelKey: labelKey(target),
      };
    }
    case 'options-customers':
      return { kind: 'options', section: 'customers', labelKey: labelKey(target) };
  }
}

/** The options page at a section; the section heading's id is the fragment. */
export function optionsPagePath(section: OptionsSection): string {
  return `/options.html#${section}-heading`;
}
