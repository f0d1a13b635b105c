import { buildMatchIndex } from '../../lib/context/match-index';
import type { Signal } from '../../lib/model/tenant';
import type { FormState } from '../../lib/model/form';
import { settingsSchema, type SettingsInput } from '../../lib/settings/schema';
import { withConfirmation, withFrameReport, withTabUrl } from '../../lib/tabs/tab-state';
import { emptyTabState } from '../../lib/tabs/types';
import { computeVerdict } from '../../lib/tabs/verdict';
import type { FrameVerdict, TabView } from '../../components/platform/messaging';
import { scenarioSettings } from '../e2e/scenario';

export interface ViewOptions {
  readonly url: string;
  readonly signals?: readonly Signal[];
  readonly form?: FormState | null;
  readonly settings?: SettingsInput;
  readonly confirmations?: readonly string[];
  readonly overlayVisible?: boolean;
}

/** A real TabView computed by the same code the background runs. */
export function buildView(options: ViewOptions): TabView {
  const settings = settingsSchema.parse(options.settings ?? scenarioSettings());
  let state = withTabUrl(emptyTabState(7), options.url, 10, false);
  const page = options.url.includes('NewSupportRequest')
    ? { portal: 'azure' as const, page: 'support-request' as const, supportForm: 'azure' as const }
    : { portal: 'azure' as const, page: 'other' as const };
  state = withFrameReport(state, {
    frameId: 0,
    url: options.url,
    page,
    signals: options.signals ?? [],
    form: options.form ?? null,
    fieldsFound: Object.keys(options.form?.fields ?? {}) as never,
    theme: 'light',
    overlayVisible: options.overlayVisible ?? true,
    reportedAt: 20,
    documentStartedAt: 5,
  });
  for (const id of options.confirmations ?? []) state = withConfirmation(state, id, true);
  const verdict = computeVerdict(state, settings, buildMatchIndex(settings), '2026-11-24');
  return {
    tabId: 7,
    state,
    verdict,
    setupNeeded: settings.partner.tenantIds.length === 0 && settings.partner.domains.length === 0,
    prefillMode: settings.prefill.mode,
    settingsProblems: 0,
    customers: settings.customers.length,
    fieldsFound: [],
  };
}

export function frameVerdictOf(view: TabView, frameId = 0): FrameVerdict {
  const settings = settingsSchema.parse(scenarioSettings());
  return {
    frameId,
    verdict: view.verdict!,
    setupNeeded: view.setupNeeded,
    theme: 'light',
    readSignInKeyNames: false,
    fill: {
      mode: 'ask',
      contact: settings.contact,
      cspPlanLabel: settings.partner.cspPlanLabel,
      ownSupportPlan: settings.partner.ownSupportPlan,
    },
  };
}

export const CONTOSO_SUPPORT =
  'https://portal.azure.com/#@contoso.onmicrosoft.com/view/Microsoft_Azure_Support/NewSupportRequestV3Blade';
export const OWN_SUPPORT =
  'https://portal.azure.com/#@fabrikamcsp.onmicrosoft.com/view/Microsoft_Azure_Support/NewSupportRequestV3Blade';
export const ADATUM_SUPPORT =
  'https://portal.azure.com/#@adatum.onmicrosoft.com/view/Microsoft_Azure_Support/NewSupportRequestV3Blade';
export const NORTHWIND_SUPPORT =
  'https://portal.azure.com/#@northwind.onmicrosoft.com/view/Microsoft_Azure_Support/NewSupportRequestV3Blade';
export const UNKNOWN_SUPPORT = 'https://portal.azure.com/#view/Microsoft_Azure_Support/NewSupportRequestV3Blade';

export function emptyAzureForm(): FormState {
  const field = (id: string, control: 'text' | 'fluent-dropdown' = 'text') => ({
    id,
    control,
    value: '',
    disabled: false,
    readOnly: false,
  });
  return {
    kind: 'azure',
    fields: {
      supportPlan: field('supportPlan', 'fluent-dropdown'),
      firstName: field('firstName'),
      lastName: field('lastName'),
      email: field('email'),
      phone: field('phone'),
    } as FormState['fields'],
  };
}
