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
import { frameVerdictOf, isPortalUrl, judgeTab, localDate, tabViewOf, type JudgeInput } from '../../lib/tabs/view';
import { t } from './i18n';
import { onMessage, sendMessage, type TabView } from './messaging';
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
  const lastPushed = new Map<string, string>();

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
    const { kind } = verdict.context;
    const blocked = verdict.findings.some((finding) => finding.severity === 'blocker');
    const name = tenantLabel(verdict.context);
    try {
      await browser.action.setBadgeText({ tabId, text: t(`popup_badge_${kind}`) });
      await browser.action.setBadgeBackgroundColor({
        tabId,
        color: blocked ? BADGE_COLORS.blocker : BADGE_COLORS[kind],
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
      const serialized = JSON.stringify(message);
      if (lastPushed.get(key) === serialized) continue;
      lastPushed.set(key, serialized);
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

  onMessage('reportFrame', async ({ data, sender }) => {
    await ready;
    const tabId = sender.tab?.id ?? -1;
    const frameId = sender.frameId ?? 0;
    dispatch(tabId, { type: 'frame-report', report: { ...data, frameId }, at: Date.now() });
    const verdict = refresh(tabId, frameId)!;
    const message = frameVerdictOf(store.get(tabId), frameId, verdict, judgeInput()!);
    lastPushed.set(`${tabId}:${frameId}`, JSON.stringify(message));
    return message;
  });

  onMessage('noteLinkIntent', async ({ data, sender }) => {
    await ready;
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    let parsed: URL;
    try {
      parsed = new URL(data.url);
    } catch {
      return;
    }
    if (tenantsFromUrl(parsed).length === 0) return;
    dispatch(tabId, { type: 'link-intent', url: data.url, at: Date.now() });
  });

  onMessage('reportFill', async ({ data, sender }) => {
    await ready;
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    dispatch(tabId, { type: 'fill-reported', frameId: sender.frameId ?? 0, results: data, at: Date.now() });
  });

  onMessage('getTabView', async ({ data }) => {
    await ready;
    return tabView(data.tabId);
  });

  onMessage('openOptionsSection', async ({ data }) => {
    await browser.tabs.create({ url: browser.runtime.getURL(optionsPagePath(data) as '/options.html') });
  });

  onMessage('confirmCheck', async ({ data }) => {
    await ready;
    dispatch(data.tabId, { type: 'check-confirmed', checkId: data.checkId, confirmed: data.confirmed });
    refresh(data.tabId);
    return tabView(data.tabId);
  });

  onMessage('setCustomerRequest', async ({ data }) => {
    await ready;
    dispatch(data.tabId, { type: 'customer-request', isCustomerRequest: data.isCustomerRequest });
    refresh(data.tabId);
    return tabView(data.tabId);
  });

  onMessage('requestFix', async ({ data }) => {
    await ready;
    const formFrame = formFrameOf(store.get(data.tabId));
    if (!formFrame) return { ok: false, results: [], reason: 'popup_fix_no_form' };
    try {
      return await sendMessage('applyFix', data.fix, { tabId: data.tabId, frameId: formFrame.frameId });
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
