// The tenant and the signals that name it: shared by portals (which read them), context (which
// weighs them), rules, tabs and the UI. lib/model imports nothing.

/** What is known about a tenant. Any part may be missing. */
export interface TenantRef {
  /** Lower-case GUID. */
  readonly id?: string;
  /** Lower-case domain, e.g. contoso.onmicrosoft.com. */
  readonly domain?: string;
  /** Display name as shown by the portal, e.g. "Contoso". */
  readonly name?: string;
}

/** Every kind of tenant signal; the background checks a frame's report against this list. */
export const SIGNAL_SOURCES = [
  'url-hash',
  'url-path',
  'url-delegated-org',
  'url-tid',
  'url-ctid',
  'url-client-session',
  'url-client-session-domain', // InitialDomain=/PrimaryDomain= beside BeginClientSession's CTID
  'admin-direct', // the Microsoft 365 admin center opened directly: the partner's own organisation
  'tab-intent', // a tenant-naming URL this tab passed through earlier
  'dom-tenant-name', // Azure .fxs-avatarmenu-tenant
  'dom-username', // Azure .fxs-avatarmenu-username (UPN)
  'dom-account-title', // button.fxs-menu-account title line with (GUID)
  'dom-directory-name', // .fxs-settings-currentdirectoryname
  'dom-m365-org-name', // the Microsoft 365 admin center header's org-name control (a shell signal)
  'msal-realm', // realm tenant in MSAL cache key names
  'msal-home', // home tenant in MSAL cache key names
  'user', // the user said so in the popup
] as const;
export type SignalSource = (typeof SIGNAL_SOURCES)[number];

/** One observation about the tenant, taken at one moment. */
export interface Signal {
  readonly source: SignalSource;
  readonly tenant: TenantRef;
  /** Milliseconds since the epoch. Fresher signals win over older ones of equal strength. */
  readonly observedAt: number;
  /** Raw text the signal came from, for the evidence list (never a token value). */
  readonly detail?: string;
  /** For `dom-username`: the signed-in user's UPN. */
  readonly userPrincipalName?: string;
  /** The frame the signal came from, as the browser named the sender (set by the background). */
  readonly from?: SignalFrame;
}

/** Where a frame signal came from: the sender's frame, document and origin, never the payload's word. */
interface SignalFrame {
  readonly frameId: number;
  readonly origin: string;
  readonly documentId?: string;
}
