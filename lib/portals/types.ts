import type { SupportFormKind } from '../model/form';
import type { TenantRef } from '../model/tenant';
import type { HostSet } from './host-match';

export type PortalId =
  | 'azure'
  | 'azure-gov'
  | 'azure-frame'
  | 'entra'
  | 'intune'
  | 'm365-admin'
  | 'exchange-admin'
  | 'teams-admin'
  | 'office'
  | 'partner-center'
  | 'defender'
  | 'purview'
  | 'power-platform';

export type PageKind =
  'support-request' | 'support-overview' | 'support-follow-up' | 'client-session-entry' | 'customer-list' | 'other';

export interface PageInfo {
  readonly portal: PortalId;
  readonly page: PageKind;
  /** Set when the page is (or may contain) a support-request form. */
  readonly supportForm?: SupportFormKind;
  /** Message key of a note the banner's "Why?" shows first, e.g. that this portal names no tenant in its URL. */
  readonly contextNote?: 'context_note_no_url_tenant';
}

/** How a tenant was named in a URL. The kind is evidence the UI explains. */
export type UrlTenantSource =
  | 'url-hash' // portal.azure.com/#@contoso.onmicrosoft.com/…
  | 'url-path' // portal.azure.com/contoso.onmicrosoft.com/…, entra.microsoft.com/<tid>
  | 'url-delegated-org' // ?delegatedOrg=contoso.onmicrosoft.com
  | 'url-tid' // ?tid= (security/purview style; not on portal.azure.com)
  | 'url-ctid' // ?ctid= (Power BI style)
  | 'url-client-session' // Partner Center's BeginClientSession entry
  | 'url-client-session-domain'; // its InitialDomain=/PrimaryDomain=, supporting the CTID

export interface UrlTenant {
  readonly source: UrlTenantSource;
  readonly tenant: TenantRef;
}

/** Site knowledge for one portal, kept as data plus small pure functions of a URL. */
export interface PortalModule {
  readonly id: PortalId;
  /** Message key of the portal's display name. */
  readonly nameKey: string;
  /** Its hosts, drawn from the one table, PORTAL_HOSTS (lib/portals/hosts.ts). */
  readonly hosts: HostSet;
  /** Returns page info when the URL belongs to this portal, else null. */
  detect(url: URL): PageInfo | null;
  /** Tenants the URL names, strongest first. */
  tenantsFromUrl(url: URL): UrlTenant[];
  /**
   * True when this page, opened with no tenant in its URL and no customer intent for the tab, is
   * the partner's own organisation (the Microsoft 365 admin center opened directly).
   */
  ownWhenUnnamed?(url: URL): boolean;
}
