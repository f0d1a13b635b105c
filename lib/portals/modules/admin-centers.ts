import { portalHosts } from '../host-match';
import { definePortal } from './define';
import type { PageInfo, PortalId, PortalModule, UrlTenant } from '../types';
import { queryParam, tenantFromFirstPathSegment, tenantFromToken } from '../url-tenant';
import { azureFrameworkPage } from './azure';

/** Entra and Intune: the tenant is the first path segment (B); the Azure support blade opens there too. */
function pathTenantPortal(id: 'entra' | 'intune', nameKey: string): PortalModule {
  return definePortal(
    id,
    nameKey,
    (url) => azureFrameworkPage(url, id),
    (url) => {
      const tenant = tenantFromFirstPathSegment(url);
      return tenant ? [{ source: 'url-path', tenant }] : [];
    },
  );
}

export const entra = pathTenantPortal('entra', 'portal_entra');
export const intune = pathTenantPortal('intune', 'portal_intune');

/**
 * `?delegatedOrg=<customer domain>` (B for the link form; whether it survives navigation is
 * unknown, hence the per-tab intent). `tid`/`ctid` are read as weaker hints (C): on these hosts
 * nothing says they are ignored, unlike on portal.azure.com.
 */
function delegatedOrgTenants(url: URL): UrlTenant[] {
  const tenants: UrlTenant[] = [];
  const delegated = tenantFromToken(queryParam(url, 'delegatedOrg'));
  if (delegated) tenants.push({ source: 'url-delegated-org', tenant: delegated });
  const tid = tenantFromToken(queryParam(url, 'tid'));
  if (tid) tenants.push({ source: 'url-tid', tenant: tid });
  const ctid = tenantFromToken(queryParam(url, 'ctid'));
  if (ctid) tenants.push({ source: 'url-ctid', tenant: ctid });
  return tenants;
}

const M365_HOSTS = portalHosts('m365-admin');
const CLIENT_SESSION_PATH = /^\/partner\/beginclientsession\.aspx$/i;
const M365_SUPPORT_ROUTE = /^#\/support\b/i;
/** Domain parameters of BeginClientSession links (B: public tools build them on both hosts). */
const CLIENT_SESSION_DOMAIN_PARAMS = ['InitialDomain', 'PrimaryDomain'] as const;

/**
 * Partner Center's legacy entry `BeginClientSession.aspx?CTID=<customer>` (B), on the admin
 * center and on portal.office.com, which partner deep links pass through (A). It names the
 * customer the session is opened for; the rest of its query says where to go next.
 */
function clientSessionTenants(url: URL): UrlTenant[] | null {
  if (!CLIENT_SESSION_PATH.test(url.pathname)) return null;
  const tenant = tenantFromToken(queryParam(url, 'CTID'));
  if (!tenant?.id) return [];
  // InitialDomain= and PrimaryDomain= (B) name the same tenant's domains: supporting evidence
  // for the CTID, carried with its ID so they never count as another tenant.
  const domains = new Set<string>();
  for (const name of CLIENT_SESSION_DOMAIN_PARAMS) {
    const domain = tenantFromToken(queryParam(url, name))?.domain;
    if (domain) domains.add(domain);
  }
  return [
    { source: 'url-client-session', tenant },
    ...[...domains].map((domain): UrlTenant => ({
      source: 'url-client-session-domain',
      tenant: { id: tenant.id, domain },
    })),
  ];
}

function m365Page(url: URL): PageInfo {
  if (CLIENT_SESSION_PATH.test(url.pathname)) return { portal: 'm365-admin', page: 'client-session-entry' };
  if (M365_SUPPORT_ROUTE.test(url.hash)) return { portal: 'm365-admin', page: 'support-request', supportForm: 'm365' };
  if (/^#\/supporttickets\b/i.test(url.hash)) return { portal: 'm365-admin', page: 'support-follow-up' };
  return { portal: 'm365-admin', page: 'other' };
}

/**
 * Microsoft 365 admin center on both hosts (A), with Partner Center's BeginClientSession entry (B).
 * Opened directly, it shows the signed-in partner's own organisation (A: Partner Center's
 * article); a customer is reached by `delegatedOrg` or Partner Center's entry.
 */
export const m365Admin: PortalModule = definePortal(
  'm365-admin',
  'portal_m365_admin',
  m365Page,
  (url) => clientSessionTenants(url) ?? delegatedOrgTenants(url),
  { ownWhenUnnamed: (url) => M365_HOSTS.includes(url) && !CLIENT_SESSION_PATH.test(url.pathname) },
);

function delegatedOrgPortal(id: PortalId, nameKey: string): PortalModule {
  return definePortal(id, nameKey, () => ({ portal: id, page: 'other' }), delegatedOrgTenants);
}

export const exchangeAdmin = delegatedOrgPortal('exchange-admin', 'portal_exchange_admin');
export const teamsAdmin = delegatedOrgPortal('teams-admin', 'portal_teams_admin');

/** Partner deep links pass through portal.office.com on their way to the admin center (A). */
export const office: PortalModule = definePortal(
  'office',
  'portal_office',
  (url) =>
    CLIENT_SESSION_PATH.test(url.pathname)
      ? { portal: 'office', page: 'client-session-entry' }
      : { portal: 'office', page: 'other' },
  (url) => clientSessionTenants(url) ?? delegatedOrgTenants(url),
);
