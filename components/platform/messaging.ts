import { defineExtensionMessaging } from '@webext-core/messaging';
import type { FieldFillResult } from '../../lib/forms/types';
import type { MessageKey } from '../../lib/i18n/catalog';
import type { OptionsSection } from '../../lib/overlay/fix-links';
import type { FillAction } from '../../lib/model/form';
import type { FramePayload } from '../../lib/tabs/provenance';
import type { FillGrant, FrameVerdict, TabView } from '../../lib/tabs/view';

export type { FrameVerdict, TabView } from '../../lib/tabs/view';

/** What a frame reports; the background takes the URL, page, frame and document from the sender. */
export type FrameReportInput = FramePayload;

export type FixRequest = FillAction | 'undo';

export interface FixOutcome {
  readonly ok: boolean;
  readonly results: readonly FieldFillResult[];
  /** Message key explaining why nothing was done, when ok is false. */
  readonly reason?: MessageKey;
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
  /**
   * Content script → background, at fill time: is this frame (this document) still the form
   * frame, and is this fix allowed here? Only then the answer carries the values for the fix.
   */
  beginFill(request: { fix: FillAction; automatic: boolean }): FillGrant;
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

const messaging = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messaging;
