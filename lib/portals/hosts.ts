import type { PortalId } from './types';

/**
 * What a host's frames may be, for the Azure portal's frame hosts (portal-facts A): React view
 * frames, where the support form renders, and framework and extension frames, where
 * customer-controlled content renders and no form ever is. Portal pages have no role.
 */
export type HostRole = 'form-frame' | 'content-frame';

export interface PortalHost {
  /** The portal module that detects pages on this host (lib/portals/modules). */
  readonly portal: PortalId;
  readonly role?: HostRole;
  /** A match pattern, always `https://<host>/*`; `*.` covers the subdomains. */
  readonly pattern: string;
}

/**
 * Every host the extension runs on, from shared/portal-facts.md ("Hosts"). This table is the one
 * source for the manifest's content-script `matches` and `host_permissions` (the least-privilege
 * test compares the built manifest to it) and for the portal modules, which take their hosts from
 * it by `portal` and `role` (lib/portals/host-match.ts). The evidence level of each host is A.
 * Why each host is needed is in host-reasons.ts, keyed by these patterns: the content script
 * bundles this table, and need not carry the store listing's texts.
 */
const HOST_TABLE = [
  { portal: 'azure', pattern: 'https://portal.azure.com/*' },
  { portal: 'azure-gov', pattern: 'https://portal.azure.us/*' },
  { portal: 'azure-frame', role: 'form-frame', pattern: 'https://*.reactblade.portal.azure.net/*' },
  { portal: 'azure-frame', role: 'form-frame', pattern: 'https://*.reactblade-ms.portal.azure.net/*' },
  { portal: 'azure-frame', role: 'form-frame', pattern: 'https://*.reactblade-rc.portal.azure.net/*' },
  { portal: 'azure-frame', role: 'content-frame', pattern: 'https://*.hosting.portal.azure.net/*' },
  { portal: 'azure-frame', role: 'content-frame', pattern: 'https://*.ext.azure.com/*' },
  { portal: 'entra', pattern: 'https://entra.microsoft.com/*' },
  { portal: 'entra', pattern: 'https://aad.portal.azure.com/*' },
  { portal: 'intune', pattern: 'https://intune.microsoft.com/*' },
  { portal: 'intune', pattern: 'https://endpoint.microsoft.com/*' },
  { portal: 'm365-admin', pattern: 'https://admin.microsoft.com/*' },
  { portal: 'm365-admin', pattern: 'https://admin.cloud.microsoft/*' },
  { portal: 'office', pattern: 'https://portal.office.com/*' },
  { portal: 'exchange-admin', pattern: 'https://admin.exchange.microsoft.com/*' },
  { portal: 'teams-admin', pattern: 'https://admin.teams.microsoft.com/*' },
  { portal: 'partner-center', pattern: 'https://partner.microsoft.com/*' },
  // Added for issue 15 (portal-facts, "More portals partners use under GDAP").
  { portal: 'defender', pattern: 'https://security.microsoft.com/*' },
  { portal: 'defender', pattern: 'https://security.microsoft.us/*' },
  { portal: 'purview', pattern: 'https://purview.microsoft.com/*' },
  { portal: 'purview', pattern: 'https://compliance.microsoft.com/*' },
  { portal: 'purview', pattern: 'https://compliance.microsoft.us/*' },
  { portal: 'power-platform', pattern: 'https://admin.powerplatform.microsoft.com/*' },
] as const satisfies readonly PortalHost[];

export const PORTAL_HOSTS: readonly PortalHost[] = HOST_TABLE;

/** The pattern of a host in the table. */
export type HostPattern = (typeof HOST_TABLE)[number]['pattern'];

export const PORTAL_MATCHES: string[] = PORTAL_HOSTS.map((host) => host.pattern);
