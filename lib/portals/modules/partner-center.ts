import { onHosts } from '../detect-host';
import type { PageInfo, PortalModule } from '../types';

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

export const partnerCenter: PortalModule = {
  id: 'partner-center',
  nameKey: 'portal_partner_center',
  hosts: ['partner.microsoft.com'],
  detect: (url) => (onHosts(url, ['partner.microsoft.com']) ? partnerCenterPage(url) : null),
  tenantsFromUrl: () => [],
};
