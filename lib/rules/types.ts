import type { TenantContext } from '../context/types';
import type { FieldId, FillAction, FormState } from '../model/form';
import type { TitledKey } from '../i18n/keys';
import type { PageInfo } from '../portals/types';
import type { Customer, Settings } from '../settings/schema';

export type Severity = 'blocker' | 'warning' | 'info';

export type LinkTarget =
  | 'partner-center-customers'
  | 'partner-center-admin-relationships'
  | 'partner-center-service-requests'
  | 'indirect-provider-contact'
  | 'marketplace-publisher-help'
  | 'options-customers';

export type FixAction =
  { readonly kind: 'fill'; readonly action: FillAction } | { readonly kind: 'link'; readonly target: LinkTarget };

export type FindingId =
  | 'own-tenant-csp-plan'
  | 'own-tenant-customer-request'
  | 'own-tenant-notice'
  | 'customer-plan-not-csp'
  | 'customer-contact-details'
  | 'contact-not-filled'
  | 'reseller-cannot-file-azure'
  | 'marketplace-product'
  | 'gdap-not-active'
  | 'gdap-expiring'
  | 'workload-not-covered'
  | 'customer-direct-trial'
  | 'customer-direct-paid'
  | 'unlisted-tenant'
  | 'context-unknown';

export interface Finding {
  readonly id: FindingId;
  readonly severity: Severity;
  /** The guidance text; its key has a `_title` sibling, the finding's title. */
  readonly message: { readonly key: TitledKey; readonly args?: readonly string[] };
  readonly fix?: FixAction;
  /** Section of the Partner Center article (e.g. "§8"), or the other guidance it comes from. */
  readonly source: string;
  /** The form field the finding is about, so the overlay can sit next to it. */
  readonly field?: FieldId;
}

/** Everything the rules look at, at one moment. */
export interface Facts {
  readonly context: TenantContext;
  readonly page: PageInfo | null;
  readonly form: FormState | null;
  readonly settings: Settings;
  /** The directory record of the tenant in context, when there is one. */
  readonly customer?: Customer;
  /** A signal that this request is for a customer, although the context is `own`. */
  readonly customerIntent?: 'partner-center' | 'customer-url' | 'user';
  /** Today, as YYYY-MM-DD, so date rules are pure. */
  readonly today: string;
}

export interface Rule {
  readonly id: FindingId;
  readonly severity: Severity;
  readonly source: string;
  readonly fix?: FixAction;
  evaluate(facts: Facts): Finding | null;
}
