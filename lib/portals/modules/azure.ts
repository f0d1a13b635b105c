import { definePortal } from './define';
import type { PageInfo, PortalModule, UrlTenant } from '../types';
import { tenantFromFirstPathSegment, tenantFromHashAt } from '../url-tenant';

/**
 * Azure support-blade routes (portal-facts: V3 blade B, V4 blade A since the revisions of
 * 2026-12-01, legacy blade B, overview B). The same blades open inside Entra and Intune, so those
 * modules reuse these patterns.
 */
const AZURE_SUPPORT_ROUTES = {
  newRequest: [
    /Microsoft_Azure_Support\/NewSupportRequestV3Blade/i, // B: today's blade
    /Microsoft_Azure_Support\/NewSupportRequestV4Blade/i, // A: a Microsoft docs link of 2025 (…/NewSupportRequestV4Blade/callerName/Quota/…)
    /Microsoft_Azure_Support\/HelpAndSupportBlade\/newsupportrequest/i, // B: legacy #blade/ route
  ],
  overview: [/Microsoft_Azure_Support\/HelpAndSupportBlade\/~\/overview/i], // B
  followUp: [
    /Microsoft_Azure_Support\/HelpAndSupportBlade\/~\/supportRequests/i, // C: "All support requests"
    /Microsoft_Azure_Support\/SupportRequestsBlade/i, // C: manage support requests
  ],
} as const;

/** Page kind from an Azure-framework hash route; shared by the Azure, Entra and Intune modules. */
export function azureFrameworkPage(url: URL, portal: PageInfo['portal']): PageInfo {
  const route = url.hash;
  if (AZURE_SUPPORT_ROUTES.newRequest.some((pattern) => pattern.test(route))) {
    return { portal, page: 'support-request', supportForm: 'azure' };
  }
  if (AZURE_SUPPORT_ROUTES.overview.some((pattern) => pattern.test(route))) return { portal, page: 'support-overview' };
  if (AZURE_SUPPORT_ROUTES.followUp.some((pattern) => pattern.test(route)))
    return { portal, page: 'support-follow-up' };
  return { portal, page: 'other' };
}

/** `#@tenant` (B) first, then the path form `/<tenant>/` (B). `?tid=` does not select a tenant here (B, CIPP 1646). */
function azureUrlTenants(url: URL): UrlTenant[] {
  const tenants: UrlTenant[] = [];
  const hashTenant = tenantFromHashAt(url);
  if (hashTenant) tenants.push({ source: 'url-hash', tenant: hashTenant });
  const pathTenant = tenantFromFirstPathSegment(url);
  if (pathTenant) tenants.push({ source: 'url-path', tenant: pathTenant });
  return tenants;
}

function azurePortal(id: 'azure' | 'azure-gov', nameKey: string): PortalModule {
  return definePortal(id, nameKey, (url) => azureFrameworkPage(url, id), azureUrlTenants);
}

export const azure = azurePortal('azure', 'portal_azure');
export const azureGov = azurePortal('azure-gov', 'portal_azure_gov');
