import { hostSet } from './host-match';
import { PORTAL_HOSTS } from './hosts';
import { azure, azureGov } from './modules/azure';
import { azureFrame } from './modules/azure-frame';
import { entra, exchangeAdmin, intune, m365Admin, office, teamsAdmin } from './modules/admin-centers';
import { partnerCenter } from './modules/partner-center';
import { defender, powerPlatform, purview } from './modules/security-compliance';
import type { PageInfo, PortalId, PortalModule, UrlTenant } from './types';

export const PORTALS: readonly PortalModule[] = [
  azure,
  azureGov,
  azureFrame,
  entra,
  intune,
  m365Admin,
  exchangeAdmin,
  teamsAdmin,
  office,
  partnerCenter,
  defender,
  purview,
  powerPlatform,
];

const ALL_HOSTS = hostSet(PORTAL_HOSTS);
const BY_ID = new Map(PORTALS.map((portal) => [portal.id, portal]));

/** The portal of a URL: one look-up in the host table, whose entries name their portal. */
export function portalFor(url: URL): PortalModule | null {
  const host = ALL_HOSTS.find(url);
  return host ? (BY_ID.get(host.portal) ?? null) : null;
}

export function detectPage(url: URL): PageInfo | null {
  return portalFor(url)?.detect(url) ?? null;
}

export function tenantsFromUrl(url: URL): UrlTenant[] {
  return portalFor(url)?.tenantsFromUrl(url) ?? [];
}

/** Which portal embeds a frame, from `location.ancestorOrigins` (top last) or the referrer. */
export function embeddingPortal(ancestorOrigins: readonly string[], referrer: string): PortalId | null {
  for (const origin of [...ancestorOrigins].reverse().concat(referrer ? [referrer] : [])) {
    try {
      const portal = portalFor(new URL(origin));
      if (portal && portal.id !== 'azure-frame') return portal.id;
    } catch {
      // Not a URL: keep looking.
    }
  }
  return null;
}
