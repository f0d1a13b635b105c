import { definePortal } from './define';
import type { PageInfo, PortalModule } from '../types';

export const PARTNER_CENTER_ORIGIN = 'https://partner.microsoft.com';

/** A Partner Center route, with its evidence level from shared/portal-facts.md (revisions of 2026-12-01). */
export interface PartnerCenterRoute<Args extends unknown[] = []> {
  readonly path: (...args: Args) => string;
  readonly evidence: 'A' | 'B' | 'C';
}

const route = <Args extends unknown[] = []>(
  path: (...args: Args) => string,
  evidence: 'A' | 'B' | 'C',
): PartnerCenterRoute<Args> => ({ path, evidence });

/**
 * Partner Center pages links lead to. The customer-specific pages are kept as data, though links
 * use the lists: `/dashboard/v2/customers/<tid>/adminrelationships`, linked before, appears in no
 * public tool, and the one public use of the commerce2 form is a single source (C).
 */
export const PARTNER_CENTER_ROUTES = {
  /** B: several public tools. */
  customerList: route(() => '/dashboard/v2/customers/list', 'B'),
  /** The GDAP relationships of every customer. B: several public tools. */
  gdapList: route(() => '/dashboard/v2/customers/granularadminaccess/list', 'B'),
  /** The partner's own service requests. A: Microsoft docs. */
  serviceRequests: route(() => '/dashboard/v2/support/servicerequests', 'A'),
  /** B: public tools link a customer's service management there. */
  customerServiceManagement: route(
    (tenantId: string) => `/dashboard/v2/customers/${tenantId}/servicemanagementpage`,
    'B',
  ),
  /** B. */
  customerAccount: route((tenantId: string) => `/dashboard/v2/customers/${tenantId}/account`, 'B'),
  /** C: one public tool. */
  customerAdminRelationships: route(
    (tenantId: string) => `/dashboard/commerce2/customers/${tenantId}/adminrelationships`,
    'C',
  ),
} as const;

/**
 * Partner Center (A for the host). Its page routes are inferred (C): the customer list and the
 * service-request pages are recognised where the path says so; everything else is `other`.
 */
function partnerCenterPage(url: URL): PageInfo {
  const path = url.pathname.toLowerCase();
  if (/\/customers(\/list)?\/?$/.test(path)) return { portal: 'partner-center', page: 'customer-list' };
  if (/servicerequests|support\/servicerequests/.test(path))
    return { portal: 'partner-center', page: 'support-follow-up' };
  return { portal: 'partner-center', page: 'other' };
}

export const partnerCenter: PortalModule = definePortal(
  'partner-center',
  'portal_partner_center',
  partnerCenterPage,
  () => [],
);
