import type { ContextKind, TenantContext } from '../../../lib/context/types';
import type { FieldId, FormState } from '../../../lib/model/form';
import type { Facts } from '../../../lib/rules/types';
import { settingsSchema, type Customer, type SettingsInput } from '../../../lib/settings/schema';

export interface SituationOptions {
  readonly context?: ContextKind;
  /** Support form kind, or null for a page without one. */
  readonly form?: 'azure' | 'm365' | null;
  readonly fields?: Partial<Record<FieldId, string>>;
  readonly product?: string;
  readonly marketplace?: boolean;
  readonly partner?: Partial<NonNullable<SettingsInput['partner']>>;
  readonly customer?: Partial<Customer> | null;
  readonly customerIntent?: Facts['customerIntent'];
  readonly today?: string;
}

const CONTOSO: Customer = {
  name: 'Contoso Ltd',
  tenantId: 'c0000000-0000-4000-8000-00000000c0de',
  domains: ['contoso.onmicrosoft.com', 'contoso.com'],
  gdap: { status: 'active', expiresOn: '2027-06-30', roles: [] },
  directSubscriptions: 'none',
};

/** Facts of one moment, from a few words: the context, the form, the partner profile. */
export function situation(options: SituationOptions = {}): Facts {
  const kind = options.context ?? 'customer';
  // The customer record is attached whatever the context, so a rule that forgets its own context
  // guard fires in the "quiet elsewhere" cases and its tests fail (tests/scripts/rule-guards.mjs
  // proves this guard by guard). Only `customer: null` leaves it out.
  const customer = options.customer !== null ? { ...CONTOSO, ...(options.customer ?? {}) } : undefined;
  const context: TenantContext = {
    kind,
    confidence: 'high',
    evidence: [],
    ...(kind === 'customer' ? { tenant: { id: CONTOSO.tenantId, domain: 'contoso.onmicrosoft.com' }, customer } : {}),
    ...(kind === 'own' ? { tenant: { domain: 'fabrikamcsp.onmicrosoft.com' } } : {}),
    ...(kind === 'unlisted' ? { tenant: { domain: 'northwind.onmicrosoft.com' } } : {}),
  };
  const formKind = options.form === undefined ? 'azure' : options.form;
  const form: FormState | null = formKind
    ? {
        kind: formKind,
        fields: Object.fromEntries(
          Object.entries({
            supportPlan: '',
            firstName: '',
            lastName: '',
            email: '',
            phone: '',
            ...(options.fields ?? {}),
          }).map(([id, value]) => [id, { id, control: 'text', value, disabled: false, readOnly: false }]),
        ) as FormState['fields'],
        ...(options.product ? { product: options.product, marketplaceProduct: options.marketplace ?? false } : {}),
      }
    : null;
  const settings = settingsSchema.parse({
    partner: {
      name: 'Fabrikam Cloud Services',
      tenantIds: ['fab00000-0000-4000-8000-000000000001'],
      domains: ['fabrikam.com', 'fabrikamcsp.onmicrosoft.com'],
      ownSupportPlan: 'Partner Cloud Support 5',
      cspPlanLabel: 'Cloud Solution Provider',
      ...(options.partner ?? {}),
    },
  });
  return {
    context,
    page: formKind
      ? { portal: formKind === 'azure' ? 'azure' : 'm365-admin', page: 'support-request', supportForm: formKind }
      : { portal: 'azure', page: 'other' },
    form,
    settings,
    customer,
    customerIntent: options.customerIntent,
    today: options.today ?? '2026-11-24',
  };
}
