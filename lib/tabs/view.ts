import type { MatchIndex } from '../context/match-index';
import type { FieldId } from '../model/form';
import type { FillValues } from '../forms/session';
import { portalFor } from '../portals';
import { partnerIsKnown } from '../settings/partner';
import type { Preferences } from '../settings/preferences';
import type { PrefillMode, Settings } from '../settings/schema';
import { reduceTab } from './reducer';
import type { TabState } from './types';
import { computeVerdict, type TabVerdict } from './verdict';

/** The values a frame needs to fill its form; only the fields the fixes use. */
export interface FillProfile extends FillValues {
  readonly mode: PrefillMode;
}

/** What the background tells one frame. */
export interface FrameVerdict {
  readonly frameId: number;
  readonly verdict: TabVerdict;
  readonly fill: FillProfile;
  readonly setupNeeded: boolean;
  /** The portal's theme as the top frame sees it; iframes can't see the shell. */
  readonly theme: 'dark' | 'light' | null;
  /** The user opted in to reading the names (never the values) of the sign-in cache keys. */
  readonly readSignInKeyNames: boolean;
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
}

/** The settings the projection reads, as the background holds them. */
export interface JudgeInput {
  readonly settings: Settings;
  readonly index: MatchIndex;
  readonly problems: number;
  readonly preferences: Preferences;
  readonly today: string;
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

export function frameVerdictOf(state: TabState, frameId: number, verdict: TabVerdict, input: JudgeInput): FrameVerdict {
  const { settings } = input;
  return {
    frameId,
    verdict,
    theme: state.frames['0']?.theme ?? state.frames[String(frameId)]?.theme ?? null,
    setupNeeded: !partnerIsKnown(settings),
    readSignInKeyNames: input.preferences.readSignInKeyNames,
    fill: {
      mode: settings.prefill.mode,
      contact: settings.contact,
      cspPlanLabel: settings.partner.cspPlanLabel,
      ownSupportPlan: settings.partner.ownSupportPlan,
    },
  };
}

/** The popup's view of a tab; `input` is undefined while the settings are not loaded yet. */
export function tabViewOf(tabId: number, state: TabState | null, input: JudgeInput | undefined): TabView {
  const fieldsFound: FieldId[] = state
    ? [...new Set(Object.values(state.frames).flatMap((frame) => frame.fieldsFound))]
    : [];
  const judged = state && input && (state.url === undefined || isPortalUrl(state.url));
  return {
    tabId,
    state,
    // Off the portals there is nothing to judge: the popup says so instead of "unknown tenant".
    verdict: judged ? computeVerdict(state, input.settings, input.index, input.today) : null,
    setupNeeded: input ? !partnerIsKnown(input.settings) : true,
    prefillMode: input?.settings.prefill.mode ?? 'ask',
    settingsProblems: input?.problems ?? 0,
    customers: input?.settings.customers.length ?? 0,
    fieldsFound,
  };
}
