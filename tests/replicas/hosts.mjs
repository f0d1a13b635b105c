/**
 * The real host names the replica server answers for, and which replica site serves each.
 * Chromium maps these names to the local server with --host-resolver-rules, so the
 * extension's real manifest `matches` are exercised.
 */
export const REPLICA_SITES = [
  {
    hosts: [
      'portal.azure.com',
      'portal.azure.us',
      'entra.microsoft.com',
      'intune.microsoft.com',
      'aad.portal.azure.com',
      'endpoint.microsoft.com',
    ],
    site: 'azure-portal',
  },
  {
    hosts: ['*.reactblade.portal.azure.net', '*.reactblade-ms.portal.azure.net', '*.reactblade-rc.portal.azure.net'],
    site: 'reactblade',
  },
  {
    hosts: [
      'admin.microsoft.com',
      'admin.cloud.microsoft',
      'portal.office.com',
      'admin.exchange.microsoft.com',
      'admin.teams.microsoft.com',
    ],
    site: 'm365-admin',
  },
  { hosts: ['partner.microsoft.com'], site: 'partner-center' },
  {
    hosts: [
      'security.microsoft.com',
      'security.microsoft.us',
      'purview.microsoft.com',
      'compliance.microsoft.com',
      'compliance.microsoft.us',
      'admin.powerplatform.microsoft.com',
    ],
    site: 'security-portals',
  },
  // Azure portal framework and extension frames (portal-facts: hosts A). The real portal loads many
  // of them, cross-origin; most never show a form or header (the benchmark's "many quiet frames"),
  // and on request the replica shows hostile customer content in them (issue 14's attacks).
  { hosts: ['*.hosting.portal.azure.net', '*.ext.azure.com'], site: 'azure-hosting' },
  // Aliases the extension does not match, serving the same replicas: the benchmark loads the same
  // page under a matched host and under these in one browser, so the difference is the extension's.
  // `.test` is reserved (RFC 2606) and never resolves outside the host-resolver rules. azure.com
  // becomes azure.test and azure.net azurenet.test, so frames are grouped into sites (and
  // renderer processes) exactly as under the real names.
  { hosts: ['portal.azure.test'], site: 'azure-portal' },
  { hosts: ['*.reactblade.portal.azurenet.test'], site: 'reactblade' },
  { hosts: ['*.hosting.portal.azurenet.test', '*.ext.azure.test'], site: 'azure-hosting' },
];

export const REPLICA_HOST_PATTERNS = REPLICA_SITES.flatMap((entry) => entry.hosts);

export function siteForHost(host) {
  const name = host.toLowerCase().replace(/:\d+$/, '');
  for (const entry of REPLICA_SITES) {
    for (const pattern of entry.hosts) {
      if (pattern.startsWith('*.') ? name.endsWith(pattern.slice(1)) : name === pattern) return entry.site;
    }
  }
  return null;
}

/**
 * Host-resolver rules for Chromium: every replica host goes to the local server, every
 * other name fails to resolve, so the browser never reaches out to the closed network.
 */
export function hostResolverRules(port) {
  const mapped = REPLICA_HOST_PATTERNS.map((pattern) => `MAP ${pattern} 127.0.0.1:${port}`);
  return [...mapped, 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'].join(', ');
}
