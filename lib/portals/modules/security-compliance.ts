import { definePortal } from './define';
import type { PortalId, PortalModule, UrlTenant } from '../types';
import { queryParam, tenantFromToken } from '../url-tenant';

/**
 * Portals partners use under GDAP besides the admin centers (portal-facts, "More portals partners
 * use under GDAP", and issue 15). Their page DOM is not known (C): no header is read there, so the
 * context comes from the URL and from the tab's intent.
 */

/** `?tid=<tenant>` selects the tenant on Defender and Purview (B: CIPP issue 1646). */
function tidTenants(url: URL): UrlTenant[] {
  const tenant = tenantFromToken(queryParam(url, 'tid'));
  return tenant ? [{ source: 'url-tid', tenant }] : [];
}

function tidPortal(id: PortalId, nameKey: string): PortalModule {
  return definePortal(id, nameKey, () => ({ portal: id, page: 'other' }), tidTenants);
}

/**
 * Microsoft Defender portal: `security.microsoft.com` (A), and for GCC High
 * `security.microsoft.us` (A: the "Portal links for your subscription" table of Microsoft
 * Purview's exact data match documentation lists security.microsoft.us for GCC-High). The DoD
 * host of that table (`security.apps.mil`) is left out: no partner scenario here needs it.
 */
export const defender = tidPortal('defender', 'portal_defender');

/**
 * Microsoft Purview portal: `purview.microsoft.com`, and the compliance portal
 * `compliance.microsoft.com` (A), with `compliance.microsoft.us` for GCC High (A: the same
 * Microsoft table). `purview.microsoft.us` is named only by a non-Microsoft source, so it is
 * not listed (see README, "Known limits").
 */
export const purview = tidPortal('purview', 'portal_purview');

/**
 * Power Platform admin center (A for the host). No public source names a tenant in its URL, so
 * it names none here: the context comes from the tab's intent (the customer URL the tab was
 * opened with), and the banner's "Why?" says so. A US Government host is not listed: none was
 * found in Microsoft documentation.
 */
export const powerPlatform: PortalModule = definePortal(
  'power-platform',
  'portal_power_platform',
  () => ({ portal: 'power-platform', page: 'other', contextNote: 'context_note_no_url_tenant' }),
  () => [],
);
