import type { MessageKey } from '../i18n/catalog';
import { underscored } from '../i18n/keys';
import type { MessageRef } from '../i18n/types';
import type { LinkTarget } from '../rules/types';
import { PARTNER_CENTER_ORIGIN, PARTNER_CENTER_ROUTES } from '../portals/modules/partner-center';

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
  /** The customer's tenant ID, when the context names one (kept for the customer pages of PARTNER_CENTER_ROUTES). */
  readonly customerTenantId?: string | undefined;
  /** The customer's name in the directory, when the context is a known customer. */
  readonly customerName?: string | undefined;
}

const PARTNER_CENTER_CUSTOMERS = `${PARTNER_CENTER_ORIGIN}${PARTNER_CENTER_ROUTES.customerList.path()}`;
const PARTNER_CENTER_GDAP_LIST = `${PARTNER_CENTER_ORIGIN}${PARTNER_CENTER_ROUTES.gdapList.path()}`;
const PARTNER_CENTER_SERVICE_REQUESTS = `${PARTNER_CENTER_ORIGIN}${PARTNER_CENTER_ROUTES.serviceRequests.path()}`;

/**
 * A text fragment (`#:~:text=`) that makes the browser scroll to and highlight the customer's
 * row once the list shows it. It is never sent to the server and needs no request; the page
 * itself does not see it (the browser strips it from `location`). `-`, `,` and `&` are
 * delimiters of the directive and are escaped.
 */
export function textFragment(text: string): string {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (!trimmed) return '';
  return `#:~:text=${encodeURIComponent(trimmed).replace(/-/g, '%2D')}`;
}
/** The Partner Center article the rules come from (A); §11 says where marketplace publishers list support. */
const REPORT_PROBLEMS_ARTICLE =
  'https://learn.microsoft.com/partner-center/customers/report-problems-on-behalf-of-a-customer';
const AZURE_MARKETPLACE_SEARCH = 'https://azuremarketplace.microsoft.com/marketplace/apps';
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

export function resolveFixLink({ target, message, customerName }: FixLinkInput): FixLink | null {
  switch (target) {
    case 'partner-center-customers':
      return { kind: 'url', href: PARTNER_CENTER_CUSTOMERS, labelKey: labelKey(target) };
    case 'partner-center-admin-relationships':
      // The GDAP list (B), scrolled to the customer by name where the directory knows it. The
      // customer-specific page is kept as data only (PARTNER_CENTER_ROUTES: C).
      return {
        kind: 'url',
        href: customerName ? `${PARTNER_CENTER_GDAP_LIST}${textFragment(customerName)}` : PARTNER_CENTER_GDAP_LIST,
        labelKey: labelKey(target),
      };
    case 'partner-center-service-requests':
      return { kind: 'url', href: PARTNER_CENTER_SERVICE_REQUESTS, labelKey: labelKey(target) };
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
