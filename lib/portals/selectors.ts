/**
 * Where the Azure portal shows the signed-in directory. Each alternative says where it was seen,
 * with its evidence level from shared/portal-facts.md.
 */
export const AZURE_HEADER_SELECTORS = {
  /** The top bar that holds the account control. B: two public extensions use it today. */
  topbar: '.fxs-topbar',
  /** Directory display name, e.g. "CONTOSO" or "Contoso (contoso.onmicrosoft.com)". B: same two extensions. */
  tenantName: ['.fxs-avatarmenu-tenant'],
  /** The signed-in user, often the UPN. B: same two extensions. */
  username: ['.fxs-avatarmenu-username'],
  /**
   * Elements whose multi-line `title` has a line ending in "(<tenant GUID>)", tried in order.
   * - `.fxs-avatarmenu-header`: B−, a public extension reads the directory from its title;
   * - `#fxs-avatarmenu-button`: B, public tools read the account's title or aria-label there;
   * - `button.fxs-menu-account` (class list `fxs-dropmenu-button fxs-popup-button fxs-menu-account`): B.
   */
  accountButton: ['.fxs-avatarmenu-header', '#fxs-avatarmenu-button', 'button.fxs-menu-account'],
  /** Current directory in the settings blade. C: one public source. */
  directoryName: ['.fxs-settings-currentdirectoryname'],
} as const;

/** Shell theme classes. C: seen in one public source. */
export const AZURE_THEME_SELECTORS = { dark: '.fxs-mode-dark', light: '.fxs-mode-light' } as const;

/** How to read the admin center's org name from one element. */
export interface OrgNameReader {
  readonly selector: string;
  /** Its text, or one of its attributes. */
  readonly from: 'text' | 'aria-label' | 'title';
  /** Patterns taken off the raw text, such as a localised "Current organization:" label. */
  readonly strip?: readonly RegExp[];
  /** Where it was seen, with the evidence level. */
  readonly evidence: string;
}

/** Labels a control may put before the name; English and Dutch (C). */
const ORG_LABELS = [
  /^(?:switch|change) (?:organi[sz]ation|tenant)s?[.,:：]?\s*(?:current (?:organi[sz]ation|tenant)[:：]\s*)?/i,
  /^(?:current )?(?:organi[sz]ation|tenant)[:：]\s*/i,
  /^(?:andere organisatie kiezen|overschakelen naar andere organisatie)[.,:：]?\s*(?:huidige organisatie[:：]\s*)?/i,
  /^(?:huidige )?organisatie[:：]\s*/i,
];

/**
 * The Microsoft 365 admin center header's org-name control, which opens the tenant switcher for
 * partners and multi-tenant organisations (A: Microsoft's multi-tenant management docs). Its DOM
 * is not public (C): these readers are inferred from how the admin center marks its Fluent
 * controls (`data-automationid`, aria-labels). They are tried in order, and when the real control
 * turns out different only this table changes. The replica renders the first shape.
 */
export const M365_ORG_NAME_READERS: readonly OrgNameReader[] = [
  {
    selector: '[data-automationid="TenantSwitcher"] [data-automationid="TenantSwitcherName"]',
    from: 'text',
    evidence: 'C: inferred (data-automationid naming, as the admin center marks Fluent controls)',
  },
  {
    selector: '[data-automationid="TenantSwitcher"][aria-label]',
    from: 'aria-label',
    strip: ORG_LABELS,
    evidence: 'C: inferred',
  },
  {
    selector: 'header button[aria-haspopup][aria-label*="organization" i]',
    from: 'aria-label',
    strip: ORG_LABELS,
    evidence: 'C: inferred from the docs\' "select the organization name in the header"',
  },
  {
    selector: 'header button[aria-haspopup][aria-label*="organisatie" i]',
    from: 'aria-label',
    strip: ORG_LABELS,
    evidence: 'C: the Dutch form of the reader above',
  },
];
