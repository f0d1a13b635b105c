// The Microsoft 365 admin center shell: where its header names the organisation.

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
