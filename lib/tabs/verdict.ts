import type { MatchIndex } from '../context/match-index';
import { resolveContext } from '../context/resolve';
import type { TenantContext } from '../context/types';
import type { FormState } from '../forms/types';
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

type ChosenProduct = Required<Pick<FormState, 'product' | 'marketplaceProduct'>>;

/**
 * The product chosen per tab and request. The Azure form asks for it on its first step and drops
 * the picker from the later ones, where the plan and contact fields are; the marketplace rule
 * still needs it there. Kept in the background's memory only: a restarted service worker
 * forgets it, and the rule then waits until the product is shown again.
 */
const chosenProducts = new Map<string, ChosenProduct>();
const REMEMBERED_PRODUCTS = 100;

/** For tests: every verdict starts without remembered products. */
export function forgetChosenProducts(): void {
  chosenProducts.clear();
}

function isProductOnly(form: FormState): boolean {
  return Object.keys(form.fields).every((id) => id === 'product');
}

/** The form with the product remembered for this request, and the memory updated. */
function withChosenProduct(state: TabState, form: FormState | null, page: PageInfo | null): FormState | null {
  if (!state.requestKey) return form;
  const key = `${state.tabId} ${state.requestKey}`;
  if (form?.product) {
    chosenProducts.delete(key);
    chosenProducts.set(key, { product: form.product, marketplaceProduct: form.marketplaceProduct ?? false });
    if (chosenProducts.size > REMEMBERED_PRODUCTS) chosenProducts.delete(chosenProducts.keys().next().value!);
    return form;
  }
  if (form?.fields.product) {
    // The picker shows and is empty: the user cleared the choice.
    chosenProducts.delete(key);
    return form;
  }
  const remembered = chosenProducts.get(key);
  if (!remembered) return form;
  if (form) return { ...form, ...remembered };
  return page?.supportForm ? { kind: page.supportForm, fields: {}, ...remembered } : null;
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
