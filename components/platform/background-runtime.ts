import { browser } from 'wxt/browser';
import { buildMatchIndex, type MatchIndex } from '../../lib/context/match-index';
import { displayView } from '../../lib/display/view';
import type { FieldId } from '../../lib/forms/types';
import { DEFAULT_PREFERENCES, type Preferences } from '../../lib/settings/preferences';
import { partnerIsKnown } from '../../lib/settings/partner';
import { tenantLabel, BADGE_COLORS } from '../../lib/tabs/display';
import { portalFor, tenantsFromUrl } from '../../lib/portals';
import { optionsPagePath } from '../../lib/overlay/fix-links';
import { MANUAL_CHECK_IDS } from '../../lib/rules/checklist';
import {
  pendingLinkUrl,
  withConfirmation,
  withCustomerRequestFlag,
  withFrameReport,
  withPendingLinkIntent,
  withResolvedTenant,
  withTabUrl,
  withoutPendingLinkIntent,
  formFrameOf,
} from '../../lib/tabs/tab-state';
import type { TabState } from '../../lib/tabs/types';
import { computeVerdict, type TabVerdict } from '../../lib/tabs/verdict';
import { t } from './i18n';
import { onMessage, sendMessage, type FrameVerdict, type TabView } from './messaging';
import { loadPreferences, watchPreferences } from './preferences-storage';
import { loadEffectiveSettings, watchEffectiveSettings, type EffectiveSettings } from './settings-storage';
import { createTabStore } from './tab-store';

function localDate(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function isPortalUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return portalFor(new URL(url)) !== null;
  } catch {
    return false;
  }
}

function isManualCheckId(checkId: string): boolean {
  return (MANUAL_CHECK_IDS as readonly string[]).includes(checkId);
}

/** Wires the background: per-tab state, verdicts, the badge and message routing. */
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

  function verdictOf(state: TabState): TabVerdict | null {
    if (!effective || !index) return null;
    return computeVerdict(state, effective.settings, index, localDate());
  }

  function frameVerdict(state: TabState, frameId: number, verdict: TabVerdict): FrameVerdict {
    const settings = effective!.settings;
    return {
      frameId,
      verdict,
      theme: state.frames['0']?.theme ?? state.frames[String(frameId)]?.theme ?? null,
      setupNeeded: !partnerIsKnown(settings),
      readSignInKeyNames: preferences.readSignInKeyNames,
      display: displayOf(verdict),
      fill: {
        mode: settings.prefill.mode,
        contact: settings.contact,
        cspPlanLabel: settings.partner.cspPlanLabel,
        ownSupportPlan: settings.partner.ownSupportPlan,
      },
    };
  }

  function displayOf(verdict: TabVerdict) {
    return displayView(verdict.context, effective!.settings.display, {
      own: t('overlay_title_own'),
      unlisted: t('overlay_title_unlisted'),
    });
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
        // The band's colour; a blocker still turns the badge red, whatever the context.
        color: blocked ? BADGE_COLORS.blocker : effective ? displayOf(verdict).color : BADGE_COLORS[kind],
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
    let state = store.get(tabId);
    let verdict = verdictOf(state);
    if (verdict) {
      const tracked = withResolvedTenant(state, verdict.context.tenant);
      if (tracked !== state) {
        store.set(tracked);
        if (tracked.confirmations !== state.confirmations) verdict = verdictOf(tracked);
        state = tracked;
      }
    }
    if (state.url !== undefined && !isPortalUrl(state.url)) {
      void clearBadge(tabId);
      return verdict;
    }
    void updateBadge(tabId, verdict);
    if (!verdict) return null;
    for (const frame of Object.values(state.frames)) {
      if (frame.frameId === exceptFrameId) continue;
      const message = frameVerdict(state, frame.frameId, verdict);
      const key = `${tabId}:${frame.frameId}`;
      const serialized = JSON.stringify(message);
      if (lastPushed.get(key) === serialized) continue;
      lastPushed.set(key, serialized);
      sendMessage('pushVerdict', message, { tabId, frameId: frame.frameId }).catch(() => undefined);
    }
    return verdict;
  }

  function tabView(tabId: number): TabView {
    const state = store.has(tabId) ? store.get(tabId) : null;
    const fieldsFound: FieldId[] = state
      ? [...new Set(Object.values(state.frames).flatMap((frame) => frame.fieldsFound))]
      : [];
    return {
      tabId,
      state,
      // Off the portals there is nothing to judge: the popup says so instead of "unknown tenant".
      verdict: state && (state.url === undefined || isPortalUrl(state.url)) ? verdictOf(state) : null,
      setupNeeded: effective ? !partnerIsKnown(effective.settings) : true,
      prefillMode: effective?.settings.prefill.mode ?? 'ask',
      settingsProblems: effective?.problems.length ?? 0,
      customers: effective?.settings.customers.length ?? 0,
      fieldsFound,
    };
  }

  function noteTabUrl(tabId: number, url: string): void {
    if (!isPortalUrl(url) && !store.has(tabId)) return;
    const state = store.get(tabId);
    if (state.url === url) return;
    store.set(withTabUrl(state, url, Date.now(), false));
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
      if (opener?.pendingLinkIntent) store.set(withoutPendingLinkIntent(opener));
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
    let state = store.get(tabId);
    if (frameId === 0 && data.url !== state.url) state = withTabUrl(state, data.url, Date.now(), false);
    state = withFrameReport(state, { ...data, frameId });
    store.set(state);
    const verdict = refresh(tabId, frameId)!;
    const message = frameVerdict(state, frameId, verdict);
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
    store.set(withPendingLinkIntent(store.get(tabId), data.url, Date.now()));
  });

  onMessage('reportFill', async ({ data, sender }) => {
    await ready;
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    store.set({ ...store.get(tabId), lastFill: { frameId: sender.frameId ?? 0, results: data, at: Date.now() } });
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
    if (!isManualCheckId(data.checkId)) return tabView(data.tabId);
    store.set(withConfirmation(store.get(data.tabId), data.checkId, data.confirmed));
    refresh(data.tabId);
    return tabView(data.tabId);
  });

  onMessage('setCustomerRequest', async ({ data }) => {
    await ready;
    store.set(withCustomerRequestFlag(store.get(data.tabId), data.isCustomerRequest));
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
