import type { MatchIndex } from '../context/match-index';
import { resolveContext } from '../context/resolve';
import { describeTenant } from '../context/resolve';
import type { Evidence, TenantContext } from '../context/types';
import type { FormState } from '../model/form';
import type { TenantRef } from '../model/tenant';
import type { PageInfo } from '../portals/types';
import { buildChecklist, type Checklist } from '../rules/checklist';
import { evaluateRules } from '../rules/registry';
import type { FillAction } from '../model/form';
import type { Facts, Finding } from '../rules/types';
import type { Settings } from '../settings/schema';
import { formFrameOf, pageOf, signalsOf } from './tab-state';
import type { TabState } from './types';

/** Everything the overlay and the popup show for one tab, derived from its state and the settings. */
export interface TabVerdict {
  readonly context: TenantContext;
  readonly page: PageInfo | null;
  readonly form: FormState | null;
  /** The frame that holds the support form, by the frame rule; only that frame shows the findings. */
  readonly formFrameId?: number;
  /** That frame's document: a fill is pinned to it. */
  readonly formDocumentId?: string;
  /** The fills allowed in the form frame (none without one, or with prefill off). */
  readonly fills: readonly FillAction[];
  /** Whether `auto` may fill now: only in the form frame of a support page, on a certain, unblocked context. */
  readonly autoFill: boolean;
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

/** Which fills fit the tenant context: the partner's own plan at home, the CSP plan and contact details elsewhere. */
const FILLS_FOR_KIND: Readonly<Record<TenantContext['kind'], readonly FillAction[]>> = {
  own: ['select-own-plan'],
  customer: ['fill-contact', 'select-csp-plan'],
  unlisted: ['fill-contact', 'select-csp-plan'],
  unknown: [],
};

function conflicts(tenant: TenantRef, context: TenantContext): boolean {
  const known = context.tenant;
  if (!known) return true;
  const same = (a?: string, b?: string) => a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
  return !(same(tenant.id, known.id) || same(tenant.domain, known.domain) || same(tenant.name, known.name));
}

/**
 * Shell signals from frames that may not give them, shown in Why? as ignored with the frame's
 * origin when they say something else than the verdict. They never move it.
 */
function ignoredFrameEvidence(state: TabState, context: TenantContext): Evidence[] {
  const seen = new Set<string>();
  const evidence: Evidence[] = [];
  for (const frame of Object.values(state.frames)) {
    for (const signal of frame.ignoredSignals ?? []) {
      const { tenant } = signal;
      if (!(tenant.id || tenant.domain || tenant.name) || !conflicts(tenant, context)) continue;
      const origin = signal.from?.origin ?? new URL(frame.url).origin;
      const described = describeTenant(tenant);
      const key = `${origin} ${described}`;
      if (seen.has(key)) continue;
      seen.add(key);
      evidence.push({
        source: signal.source,
        tenant,
        verdict: 'ignored',
        observedAt: signal.observedAt,
        origin,
        message: { key: 'context_evidence_frame_ignored', args: [described, origin] },
      });
    }
  }
  return evidence;
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
  const resolved = resolveContext(signalsOf(state), index);
  const ignored = ignoredFrameEvidence(state, resolved);
  const context = ignored.length > 0 ? { ...resolved, evidence: [...resolved.evidence, ...ignored] } : resolved;
  const page = pageOf(state);
  // The frame rule decides which frame holds the form: never a frame's labels alone.
  const formFrame = formFrameOf(state);
  const form = withChosenProduct(state, formFrame?.form ?? null, page);
  const customerIntent = customerIntentOf(state, index);
  const facts: Facts = {
    context,
    page,
    form,
    settings,
    customer: context.customer,
    customerIntent,
    today,
  };
  const findings = evaluateRules(facts);
  const fills = formFrame && settings.prefill.mode !== 'off' ? FILLS_FOR_KIND[context.kind] : [];
  const blocked = findings.some((finding) => finding.severity === 'blocker');
  const autoFill =
    settings.prefill.mode === 'auto' &&
    formFrame !== undefined &&
    page?.page === 'support-request' &&
    context.confidence === 'high' &&
    !blocked &&
    fills.length > 0;
  return {
    context,
    page: facts.page,
    form,
    formFrameId: formFrame?.frameId,
    ...(formFrame?.documentId ? { formDocumentId: formFrame.documentId } : {}),
    fills,
    autoFill,
    findings,
    checklist: buildChecklist(facts, findings, state.confirmations as never),
    customerIntent,
  };
}
