import { defineExtensionMessaging } from '@webext-core/messaging';
import type { DisplayView } from '../../lib/display/view';
import type { FieldFillResult, FieldId } from '../../lib/forms/types';
import type { MessageKey } from '../../lib/i18n/catalog';
import type { OptionsSection } from '../../lib/overlay/fix-links';
import type { FillAction } from '../../lib/rules/types';
import type { ContactDetails, PrefillMode } from '../../lib/settings/schema';
import type { FrameReport, TabState } from '../../lib/tabs/types';
import type { TabVerdict } from '../../lib/tabs/verdict';

/** What a frame reports; the background adds the frame id from the sender. */
export type FrameReportInput = Omit<FrameReport, 'frameId'>;

/** The values a frame needs to fill its form; only the fields the fixes use. */
export interface FillProfile {
  readonly mode: PrefillMode;
  readonly contact: ContactDetails;
  readonly cspPlanLabel: string;
  readonly ownSupportPlan: string;
}

export interface FrameVerdict {
  readonly frameId: number;
  readonly verdict: TabVerdict;
  readonly fill: FillProfile;
  readonly setupNeeded: boolean;
  /** The portal's theme as the top frame sees it; iframes can't see the shell. */
  readonly theme: 'dark' | 'light' | null;
  /** The user opted in to reading the names (never the values) of the sign-in cache keys. */
  readonly readSignInKeyNames: boolean;
  /** The band, the tab title and the colour (issue 15). */
  readonly display: DisplayView;
}

export type FixRequest = FillAction | 'undo';

export interface FixOutcome {
  readonly ok: boolean;
  readonly results: readonly FieldFillResult[];
  /** Message key explaining why nothing was done, when ok is false. */
  readonly reason?: MessageKey;
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

interface ProtocolMap {
  /** Content script → background: this frame's observations. Answers with the frame's verdict. */
  reportFrame(report: FrameReportInput): FrameVerdict;
  /** Background → content script: a new verdict after something changed elsewhere in the tab. */
  pushVerdict(verdict: FrameVerdict): void;
  /**
   * Content script → background: the user is following a link that names a tenant (e.g. Partner
   * Center's BeginClientSession link). Its server-side redirect hides the tenant from the URL the
   * new tab ends on, so the intent is noted before the navigation.
   */
  noteLinkIntent(request: { url: string }): void;
  /** Content script → background: the result of a fill, for undo and diagnostics. */
  reportFill(results: readonly FieldFillResult[]): void;
  /** Popup → background. */
  getTabView(request: { tabId: number }): TabView;
  confirmCheck(request: { tabId: number; checkId: string; confirmed: boolean }): TabView;
  setCustomerRequest(request: { tabId: number; isCustomerRequest: boolean }): TabView;
  requestFix(request: { tabId: number; fix: FixRequest }): FixOutcome;
  /** Background → the frame holding the form. */
  applyFix(fix: FixRequest): FixOutcome;
  /**
   * Overlay → background: open the options page at a section. A portal page may not link to
   * extension pages itself.
   */
  openOptionsSection(section: OptionsSection): void;
}

export const messaging = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messaging;
