import type { MatchIndex } from '../context/match-index';
import { resolveContext } from '../context/resolve';
import type { TenantContext } from '../context/types';
import type { FormState } from '../model/form';
import type { PageInfo } from '../portals/types';
import { buildChecklist, type Checklist } from '../rules/checklist';
import { evaluateRules } from '../rules/registry';
import type { Facts, Finding } from '../rules/types';
import type { Settings } from '../settings/schema';
import { formFrameOf, pageOf, signalsOf } from './tab-state';
import type { TabState } from './types';

/** Everything the overlay and the popup show for one tab, derived from its state and the settings. */
export interface TabVerdict {
  readonly context: TenantContext;
  readonly page: PageInfo | null;
  readonly form: FormState | null;
  /** The frame that holds the support form; only that frame shows the findings. */
  readonly formFrameId?: number;
  readonly findings: readonly Finding[];
  readonly checklist: Checklist;
  readonly customerIntent?: Facts['customerIntent'];
}

/** Says whether the tab was opened for a customer although the context may be the partner's own. */
function customerIntentOf(state: TabState, index: MatchIndex): Facts['customerIntent'] {
  if (state.userSaysCustomerRequest) return 'user';
  if (!state.intent) return undefined;
  const intended = resolveContext(
    [{ source: 'tab-intent', tenant: state.intent.tenant, observedAt: state.intent.observedAt }],
    index,
  );
  if (intended.kind === 'own') return undefined;
  return state.intent.source === 'url-client-session' || state.intent.source === 'url-ctid'
    ? 'partner-center'
    : 'customer-url';
}

function isProductOnly(form: FormState): boolean {
  return Object.keys(form.fields).every((id) => id === 'product');
}

/** The form with the product the tab state remembers for this request (see `TabState.chosenProduct`). */
function withChosenProduct(state: TabState, form: FormState | null, page: PageInfo | null): FormState | null {
  const remembered = state.chosenProduct;
  if (!state.requestKey || remembered?.requestKey !== state.requestKey) return form;
  if (form?.product || form?.fields.product) return form;
  const chosen = { product: remembered.product, marketplaceProduct: remembered.marketplaceProduct };
  if (form) return { ...form, ...chosen };
  return page?.supportForm ? { kind: page.supportForm, fields: {}, ...chosen } : null;
}

export function computeVerdict(state: TabState, settings: Settings, index: MatchIndex, today: string): TabVerdict {
  const context = resolveContext(signalsOf(state), index);
  const page = pageOf(state);
  // The product picker alone marks a support form only where the tab is on a support request.
  const reported = formFrameOf(state);
  const productOnlyElsewhere = reported?.form && isProductOnly(reported.form) && !page?.supportForm;
  const formFrame = productOnlyElsewhere ? undefined : reported;
  const form = withChosenProduct(state, formFrame?.form ?? null, page);
  const customerIntent = customerIntentOf(state, index);
  const facts: Facts = {
    context,
    page: form && page && !page.supportForm ? { ...page, supportForm: form.kind } : page,
    form,
    settings,
    customer: context.customer,
    customerIntent,
    today,
  };
  const findings = evaluateRules(facts);
  return {
    context,
    page: facts.page,
    form,
    formFrameId: formFrame?.frameId,
    findings,
    checklist: buildChecklist(facts, findings, state.confirmations as never),
    customerIntent,
  };
}
