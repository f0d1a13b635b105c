/**
 * Every host the extension runs on, from shared/portal-facts.md ("Hosts").
 * This list is the single source for the manifest's content-script `matches` and
 * `host_permissions`; the least-privilege test compares the built manifest to it.
 */
export interface PortalHost {
  readonly pattern: string;
  /** Why the extension needs this host. Shown in the README's permission table. */
  readonly why: string;
}

export const PORTAL_HOSTS: readonly PortalHost[] = [
  { pattern: 'https://portal.azure.com/*', why: 'Azure portal: tenant in the URL and header, support-request form.' },
  { pattern: 'https://portal.azure.us/*', why: 'Azure Government portal: same as the Azure portal.' },
  {
    pattern: 'https://*.reactblade.portal.azure.net/*',
    why: 'Azure portal React views (the support form) render in these cross-origin frames.',
  },
  { pattern: 'https://*.reactblade-ms.portal.azure.net/*', why: 'The -ms variant of the React view frames.' },
  { pattern: 'https://*.reactblade-rc.portal.azure.net/*', why: 'The -rc variant of the React view frames.' },
  { pattern: 'https://*.hosting.portal.azure.net/*', why: 'Azure portal framework frames that host blades.' },
  { pattern: 'https://*.ext.azure.com/*', why: 'Azure portal extension frames.' },
  {
    pattern: 'https://entra.microsoft.com/*',
    why: 'Entra admin center: tenant in the path; hosts the Azure support blade.',
  },
  { pattern: 'https://aad.portal.azure.com/*', why: 'Legacy Entra host, still used in GDAP service-management links.' },
  {
    pattern: 'https://intune.microsoft.com/*',
    why: 'Intune admin center: tenant in the path; hosts the Azure support blade.',
  },
  { pattern: 'https://endpoint.microsoft.com/*', why: 'Legacy Intune host.' },
  {
    pattern: 'https://admin.microsoft.com/*',
    why: 'Microsoft 365 admin center: delegatedOrg, the Partner Center BeginClientSession entry, the support pane.',
  },
  { pattern: 'https://admin.cloud.microsoft/*', why: 'The newer Microsoft 365 admin center host.' },
  { pattern: 'https://portal.office.com/*', why: 'Partner deep links pass through it on the way to the admin center.' },
  { pattern: 'https://admin.exchange.microsoft.com/*', why: 'Exchange admin center: delegatedOrg in the URL.' },
  { pattern: 'https://admin.teams.microsoft.com/*', why: 'Teams admin center: delegatedOrg in the URL.' },
  {
    pattern: 'https://partner.microsoft.com/*',
    why: 'Partner Center: remembers which customer a tab was opened for.',
  },
  // Added for issue 15 (portal-facts, "More portals partners use under GDAP").
  {
    pattern: 'https://security.microsoft.com/*',
    why: 'Microsoft Defender portal: ?tid= in the URL selects the tenant.',
  },
  { pattern: 'https://security.microsoft.us/*', why: 'Microsoft Defender portal for GCC High: the same as Defender.' },
  { pattern: 'https://purview.microsoft.com/*', why: 'Microsoft Purview portal: ?tid= in the URL selects the tenant.' },
  { pattern: 'https://compliance.microsoft.com/*', why: 'The Purview compliance portal host: ?tid= as on Purview.' },
  { pattern: 'https://compliance.microsoft.us/*', why: 'The compliance portal for GCC High: the same as Purview.' },
  {
    pattern: 'https://admin.powerplatform.microsoft.com/*',
    why: "Power Platform admin center: no tenant in its URL, so the band and title follow the tab's intent.",
  },
];

export const PORTAL_MATCHES: string[] = PORTAL_HOSTS.map((host) => host.pattern);
