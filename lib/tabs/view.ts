import type { MatchIndex } from '../context/match-index';
import type { TitleLabels } from '../display/tab-title';
import { displayView, type DisplayView } from '../display/view';
import type { FieldId } from '../model/form';
import type { FillValues } from '../forms/session';
import { portalFor } from '../portals';
import { partnerIsKnown } from '../settings/partner';
import type { Preferences } from '../settings/preferences';
import type { FillAction } from '../model/form';
import { contactSchema, type Customer, type PrefillMode, type Settings } from '../settings/schema';
import { reduceTab } from './reducer';
import type { TabState } from './types';
import { computeVerdict, type TabVerdict } from './verdict';

/** What the background tells one frame. */
export interface FrameVerdict {
  readonly frameId: number;
  readonly verdict: TabVerdict;
  /** Only the mode: contact details and plans go to the form frame only, inside a fill (see `beginFill`). */
  readonly fill: { readonly mode: PrefillMode };
  readonly setupNeeded: boolean;
  /** The portal's theme as the top frame sees it; iframes can't see the shell. */
  readonly theme: 'dark' | 'light' | null;
  /** The user opted in to reading the names (never the values) of the sign-in cache keys. */
  readonly readSignInKeyNames: boolean;
  /** The band, the tab title and the colour (issue 15). */
  readonly display: DisplayView;
}

/** What the popup shows for a tab: the verdict plus what diagnostics need. */
export interface TabView {
  readonly tabId: number;
  readonly state: TabState | null;
  readonly verdict: TabVerdict | null;
  readonly setupNeeded: boolean;
  /** With prefill off the popup offers no fills. */
  readonly prefillMode: PrefillMode;
  readonly settingsProblems: number;
  /** How many customers the directory holds, for the diagnostics report. */
  readonly customers: number;
  readonly fieldsFound: readonly FieldId[];
  /** The context's colour, as the band and the toolbar badge show it; null without a verdict. */
  readonly color: string | null;
}

/** The settings the projection reads, as the background holds them. */
export interface JudgeInput {
  readonly settings: Settings;
  readonly index: MatchIndex;
  readonly problems: number;
  readonly preferences: Preferences;
  readonly today: string;
  /** "Own tenant" and "Unlisted" in the UI language, for the tab title. */
  readonly titleLabels: TitleLabels;
}

/** The band, the title and the badge colour of a verdict. */
export function displayOf(verdict: TabVerdict, input: Pick<JudgeInput, 'settings' | 'titleLabels'>): DisplayView {
  return displayView(verdict.context, input.settings.display, input.titleLabels);
}

export function localDate(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function isPortalUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return portalFor(new URL(url)) !== null;
  } catch {
    return false;
  }
}

/**
 * The tab's verdict, with the tenant it resolved to recorded in the state (another tenant than
 * the request's starts a new request, which may clear confirmations: the verdict follows).
 */
export function judgeTab(state: TabState, input: JudgeInput): { state: TabState; verdict: TabVerdict } {
  const verdict = computeVerdict(state, input.settings, input.index, input.today);
  const tracked = reduceTab(state, { type: 'tenant-resolved', tenant: verdict.context.tenant });
  if (tracked === state) return { state, verdict };
  const again =
    tracked.confirmations !== state.confirmations
      ? computeVerdict(tracked, input.settings, input.index, input.today)
      : verdict;
  return { state: tracked, verdict: again };
}

/** The customer record as a frame may see it: the name and tenant to show, nothing of the directory. */
function shownCustomer(customer: Customer): Customer {
  return {
    name: customer.name,
    tenantId: customer.tenantId,
    domains: [],
    gdap: { status: 'unknown', roles: [] },
    directSubscriptions: 'unknown',
  };
}

/**
 * What a frame may know of the verdict. The top frame shows the banner and the form frame the
 * findings; neither gets more of the customer record than its name and tenant. Any other frame
 * (a framework or extension frame, where customer content renders) gets the context's kind only.
 */
function verdictForFrame(frameId: number, verdict: TabVerdict): TabVerdict {
  const customer = verdict.context.customer;
  const context = customer ? { ...verdict.context, customer: shownCustomer(customer) } : verdict.context;
  if (frameId === 0 || frameId === verdict.formFrameId) return { ...verdict, context };
  return {
    ...verdict,
    context: { kind: verdict.context.kind, confidence: verdict.context.confidence, evidence: [] },
    form: null,
    findings: [],
    checklist: { ...verdict.checklist, items: [] },
    fills: [],
    autoFill: false,
  };
}

export function frameVerdictOf(state: TabState, frameId: number, verdict: TabVerdict, input: JudgeInput): FrameVerdict {
  const { settings } = input;
  return {
    frameId,
    verdict: verdictForFrame(frameId, verdict),
    theme: state.frames['0']?.theme ?? state.frames[String(frameId)]?.theme ?? null,
    setupNeeded: !partnerIsKnown(settings),
    readSignInKeyNames: input.preferences.readSignInKeyNames,
    display: displayOf(verdict, input),
    fill: { mode: settings.prefill.mode },
  };
}

/** The answer to a frame that starts a fill: the values for that one fix, or why not. */
export type FillGrant =
  | { readonly ok: true; readonly values: FillValues; readonly contextKind: TabVerdict['context']['kind'] }
  | { readonly ok: false; readonly reason: 'overlay_fix_off' | 'overlay_fix_wrong_context' | 'overlay_fix_no_form' };

/**
 * The background's check at fill time: the asking frame must still be the form frame of the tab,
 * in the same document, and the fix must be one the verdict allows there (`auto` too, for an
 * automatic fill). Only then does it get the values, and only those the fix uses.
 */
export function grantFill(
  state: TabState,
  verdict: TabVerdict,
  request: {
    readonly frameId: number;
    readonly documentId?: string;
    readonly fix: FillAction;
    readonly automatic: boolean;
  },
  settings: Settings,
): FillGrant {
  if (settings.prefill.mode === 'off') return { ok: false, reason: 'overlay_fix_off' };
  if (verdict.formFrameId !== request.frameId) return { ok: false, reason: 'overlay_fix_no_form' };
  const stored = state.frames[String(request.frameId)];
  if (!stored || stored.documentId !== request.documentId) return { ok: false, reason: 'overlay_fix_no_form' };
  if (!verdict.fills.includes(request.fix) || (request.automatic && !verdict.autoFill))
    return { ok: false, reason: 'overlay_fix_wrong_context' };
  const empty = contactSchema.parse({});
  return {
    ok: true,
    contextKind: verdict.context.kind,
    values: {
      contact: request.fix === 'fill-contact' ? settings.contact : empty,
      cspPlanLabel: request.fix === 'select-csp-plan' ? settings.partner.cspPlanLabel : '',
      ownSupportPlan: request.fix === 'select-own-plan' ? settings.partner.ownSupportPlan : '',
    },
  };
}

/** The popup's view of a tab; `input` is undefined while the settings are not loaded yet. */
export function tabViewOf(tabId: number, state: TabState | null, input: JudgeInput | undefined): TabView {
  const fieldsFound: FieldId[] = state
    ? [...new Set(Object.values(state.frames).flatMap((frame) => frame.fieldsFound))]
    : [];
  const judged = state && input && (state.url === undefined || isPortalUrl(state.url));
  // Off the portals there is nothing to judge: the popup says so instead of "unknown tenant".
  const verdict = judged ? computeVerdict(state, input.settings, input.index, input.today) : null;
  return {
    tabId,
    state,
    verdict,
    setupNeeded: input ? !partnerIsKnown(input.settings) : true,
    prefillMode: input?.settings.prefill.mode ?? 'ask',
    settingsProblems: input?.problems ?? 0,
    customers: input?.settings.customers.length ?? 0,
    fieldsFound,
    color: verdict && input ? displayOf(verdict, input).color : null,
  };
}
