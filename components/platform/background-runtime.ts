import { dequal } from 'dequal';
import { browser } from 'wxt/browser';
import { buildMatchIndex, type MatchIndex } from '../../lib/context/match-index';
import { DEFAULT_PREFERENCES, type Preferences } from '../../lib/settings/preferences';
import { partnerIsKnown } from '../../lib/settings/partner';
import { tenantLabel, BADGE_COLORS } from '../../lib/tabs/display';
import { tenantsFromUrl } from '../../lib/portals';
import { optionsPagePath } from '../../lib/overlay/fix-links';
import { reduceTab, tracksUrl, type TabEvent } from '../../lib/tabs/reducer';
import { pendingLinkUrl, formFrameOf } from '../../lib/tabs/tab-state';
import type { TabVerdict } from '../../lib/tabs/verdict';
import {
  displayOf,
  frameVerdictOf,
  grantFill,
  isPortalUrl,
  judgeTab,
  localDate,
  tabViewOf,
  type JudgeInput,
} from '../../lib/tabs/view';
import {
  beginFillPayload,
  confirmCheckRequest,
  customerRequestPayload,
  fillResultsPayload,
  frameReportPayload,
  linkIntentPayload,
  optionsSectionPayload,
  parsePayload,
  requestFixPayload,
  tabViewRequest,
} from '../../lib/tabs/payloads';
import {
  asExtensionPage,
  asPortalFrame,
  currentUrlOf,
  type MessageSenderLike,
  type PortalFrameSender,
} from '../../lib/tabs/sender';
import { t } from './i18n';
import { onMessage, sendMessage, type FrameVerdict, type TabView } from './messaging';
import { loadPreferences, watchPreferences } from './preferences-storage';
import { loadEffectiveSettings, watchEffectiveSettings, type EffectiveSettings } from './settings-storage';
import { createTabStore } from './tab-store';

/**
 * Wires the browser to the background's pure parts: browser events and messages become tab
 * events for `reduceTab`, the projection (`lib/tabs/view.ts`) makes the verdicts, and this
 * module only stores the state, sets the badge and delivers the verdicts.
 */
export function startBackground(): void {
  const store = createTabStore();
  let effective: EffectiveSettings | undefined;
  let index: MatchIndex | undefined;
  let preferences: Preferences = DEFAULT_PREFERENCES;
  const lastPushed = new Map<string, FrameVerdict>();

  const settingsReady = loadEffectiveSettings({ waitForPolicy: false }).then((loaded) => {
    effective = loaded;
    index = buildMatchIndex(loaded.settings);
  });
  // Tabs closed while the worker was stopped got no onRemoved here: drop their saved state.
  // Listing tab IDs needs no "tabs" permission.
  const storeReady = store.ready.then(async () => {
    try {
      const open = await browser.tabs.query({});
      store.prune(open.flatMap((tab) => (tab.id === undefined ? [] : [tab.id])));
    } catch {
      // Without the list, keep what was saved rather than lose a live tab's state.
    }
  });
  const preferencesReady = loadPreferences().then((loaded) => {
    preferences = loaded;
  });
  const ready = Promise.all([settingsReady, storeReady, preferencesReady]);

  function judgeInput(): JudgeInput | undefined {
    if (!effective || !index) return undefined;
    return {
      settings: effective.settings,
      index,
      problems: effective.problems.length,
      preferences,
      today: localDate(),
      titleLabels: { own: t('overlay_title_own'), unlisted: t('overlay_title_unlisted') },
    };
  }

  /** Applies one event to a tab's state and stores the result. */
  function dispatch(tabId: number, event: TabEvent): void {
    const state = store.get(tabId);
    const next = reduceTab(state, event);
    if (next !== state) store.set(next);
  }

  async function clearBadge(tabId: number): Promise<void> {
    try {
      await browser.action.setBadgeText({ tabId, text: '' });
      await browser.action.setTitle({ tabId, title: t('extName') });
    } catch {
      // The tab closed meanwhile.
    }
  }

  async function updateBadge(tabId: number, verdict: TabVerdict | null): Promise<void> {
    if (!verdict) return;
    const input = judgeInput();
    const { kind } = verdict.context;
    const blocked = verdict.findings.some((finding) => finding.severity === 'blocker');
    const name = tenantLabel(verdict.context);
    try {
      await browser.action.setBadgeText({ tabId, text: t(`popup_badge_${kind}`) });
      await browser.action.setBadgeBackgroundColor({
        tabId,
        // The band's colour; a blocker still turns the badge red, whatever the context.
        color: blocked ? BADGE_COLORS.blocker : input ? displayOf(verdict, input).color : BADGE_COLORS[kind],
      });
      await browser.action.setTitle({
        tabId,
        title: `${t('extName')}: ${t(`popup_kind_${kind}`)}${name ? ` · ${name}` : ''}`,
      });
    } catch {
      // The tab closed meanwhile.
    }
  }

  /** Recomputes a tab's verdict, updates the badge and tells every frame whose view changed. */
  function refresh(tabId: number, exceptFrameId?: number): TabVerdict | null {
    const input = judgeInput();
    let state = store.get(tabId);
    let verdict: TabVerdict | null = null;
    if (input) {
      const judged = judgeTab(state, input);
      if (judged.state !== state) store.set(judged.state);
      state = judged.state;
      verdict = judged.verdict;
    }
    if (state.url !== undefined && !isPortalUrl(state.url)) {
      void clearBadge(tabId);
      return verdict;
    }
    void updateBadge(tabId, verdict);
    if (!verdict || !input) return null;
    for (const frame of Object.values(state.frames)) {
      if (frame.frameId === exceptFrameId) continue;
      const message = frameVerdictOf(state, frame.frameId, verdict, input);
      const key = `${tabId}:${frame.frameId}`;
      if (dequal(lastPushed.get(key), message)) continue;
      lastPushed.set(key, message);
      sendMessage('pushVerdict', message, { tabId, frameId: frame.frameId }).catch(() => undefined);
    }
    return verdict;
  }

  function tabView(tabId: number): TabView {
    return tabViewOf(tabId, store.has(tabId) ? store.get(tabId) : null, judgeInput());
  }

  function noteTabUrl(tabId: number, url: string): void {
    if (!tracksUrl(url, store.has(tabId))) return;
    dispatch(tabId, { type: 'tab-url', url, at: Date.now() });
  }

  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason !== 'install') return;
    // A fleet install whose policy already names the partner needs no setup from each user, and
    // neither does a profile whose settings already name it (restored, or written by a script).
    void loadEffectiveSettings()
      .then(
        (installed) => (partnerIsKnown(installed.settings) ? undefined : browser.runtime.openOptionsPage()),
        () => browser.runtime.openOptionsPage(),
      )
      .catch(() => undefined);
  });

  browser.tabs.onCreated.addListener((tab) => {
    if (tab.id === undefined) return;
    const tabId = tab.id;
    const openerTabId = tab.openerTabId;
    void ready.then(() => {
      // The link intent lives in the opener's state, so it survives a worker restart.
      const opener = openerTabId !== undefined && store.has(openerTabId) ? store.get(openerTabId) : undefined;
      const linkUrl = opener ? pendingLinkUrl(opener, Date.now()) : undefined;
      if (opener?.pendingLinkIntent) dispatch(openerTabId!, { type: 'link-intent-taken' });
      // pendingUrl is visible for portal hosts thanks to the host permissions.
      const url = tab.pendingUrl ?? linkUrl;
      if (!url) return;
      noteTabUrl(tabId, url);
      refresh(tabId);
    });
  });

  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    if (!changeInfo.url) return;
    const url = changeInfo.url;
    void ready.then(() => {
      noteTabUrl(tabId, url);
      refresh(tabId);
    });
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    // The store remembers a tab closed before its saved state loaded, so the load can't bring it back.
    store.delete(tabId);
    for (const key of [...lastPushed.keys()]) if (key.startsWith(`${tabId}:`)) lastPushed.delete(key);
  });

  const extensionId = browser.runtime.id;

  /** Content-script messages: only from a tab frame on an allow-listed origin. */
  function portalFrame(sender: MessageSenderLike, message: string): PortalFrameSender {
    const frame = asPortalFrame(sender, extensionId);
    if (!frame) throw new Error(`Partner Context Guard refused a "${message}" message: not from a portal frame`);
    return frame;
  }

  /** Popup and options messages: only from the extension's own pages. */
  function extensionPage(sender: MessageSenderLike, message: string): void {
    if (!asExtensionPage(sender, extensionId))
      throw new Error(`Partner Context Guard refused a "${message}" message: not from the extension's pages`);
  }

  onMessage('reportFrame', async ({ data, sender }) => {
    const payload = parsePayload(frameReportPayload, data, 'reportFrame');
    const frame = currentUrlOf(portalFrame(sender, 'reportFrame'), payload.url);
    await ready;
    const { tabId, frameId } = frame;
    dispatch(tabId, { type: 'frame-report', payload, sender: frame, at: Date.now() });
    const verdict = refresh(tabId, frameId)!;
    const message = frameVerdictOf(store.get(tabId), frameId, verdict, judgeInput()!);
    lastPushed.set(`${tabId}:${frameId}`, message);
    return message;
  });

  onMessage('beginFill', async ({ data, sender }) => {
    const frame = portalFrame(sender, 'beginFill');
    const request = parsePayload(beginFillPayload, data, 'beginFill');
    await ready;
    const input = judgeInput();
    if (!input) return { ok: false, reason: 'overlay_fix_no_form' };
    const judged = judgeTab(store.get(frame.tabId), input);
    return grantFill(
      judged.state,
      judged.verdict,
      { frameId: frame.frameId, documentId: frame.documentId, ...request },
      input.settings,
    );
  });

  onMessage('noteLinkIntent', async ({ data, sender }) => {
    const frame = portalFrame(sender, 'noteLinkIntent');
    const { url } = parsePayload(linkIntentPayload, data, 'noteLinkIntent');
    await ready;
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return;
    }
    if (tenantsFromUrl(parsed).length === 0) return;
    dispatch(frame.tabId, { type: 'link-intent', url, at: Date.now() });
  });

  onMessage('reportFill', async ({ data, sender }) => {
    const frame = portalFrame(sender, 'reportFill');
    const results = parsePayload(fillResultsPayload, data, 'reportFill');
    await ready;
    dispatch(frame.tabId, { type: 'fill-reported', frameId: frame.frameId, results, at: Date.now() });
  });

  onMessage('getTabView', async ({ data, sender }) => {
    extensionPage(sender, 'getTabView');
    const { tabId } = parsePayload(tabViewRequest, data, 'getTabView');
    await ready;
    return tabView(tabId);
  });

  onMessage('openOptionsSection', async ({ data, sender }) => {
    // The overlay's options link (a portal frame) and the popup (an extension page) both ask.
    if (!asExtensionPage(sender, extensionId)) portalFrame(sender, 'openOptionsSection');
    const section = parsePayload(optionsSectionPayload, data, 'openOptionsSection');
    await browser.tabs.create({ url: browser.runtime.getURL(optionsPagePath(section) as '/options.html') });
  });

  onMessage('confirmCheck', async ({ data, sender }) => {
    extensionPage(sender, 'confirmCheck');
    const request = parsePayload(confirmCheckRequest, data, 'confirmCheck');
    await ready;
    dispatch(request.tabId, { type: 'check-confirmed', checkId: request.checkId, confirmed: request.confirmed });
    refresh(request.tabId);
    return tabView(request.tabId);
  });

  onMessage('setCustomerRequest', async ({ data, sender }) => {
    extensionPage(sender, 'setCustomerRequest');
    const request = parsePayload(customerRequestPayload, data, 'setCustomerRequest');
    await ready;
    dispatch(request.tabId, { type: 'customer-request', isCustomerRequest: request.isCustomerRequest });
    refresh(request.tabId);
    return tabView(request.tabId);
  });

  onMessage('requestFix', async ({ data, sender }) => {
    extensionPage(sender, 'requestFix');
    const request = parsePayload(requestFixPayload, data, 'requestFix');
    await ready;
    const formFrame = formFrameOf(store.get(request.tabId));
    if (!formFrame) return { ok: false, results: [], reason: 'popup_fix_no_form' };
    try {
      return await sendMessage('applyFix', request.fix, { tabId: request.tabId, frameId: formFrame.frameId });
    } catch {
      return { ok: false, results: [], reason: 'popup_fix_frame_gone' };
    }
  });

  watchEffectiveSettings((next) => {
    effective = next;
    index = buildMatchIndex(next.settings);
    for (const state of store.all()) refresh(state.tabId);
  });

  // Frames start or stop reading sign-in key names as soon as the user changes the choice.
  watchPreferences((next) => {
    preferences = next;
    void ready.then(() => {
      for (const state of store.all()) refresh(state.tabId);
    });
  });
}
