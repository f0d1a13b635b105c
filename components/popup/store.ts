import { create } from 'zustand';
import { browser } from 'wxt/browser';
import type { MessageKey } from '../../lib/i18n/catalog';
import { withManualStatus } from '../../lib/rules/checklist';
import { sendMessage, type FixOutcome, type FixRequest, type TabView } from '../platform/messaging';

interface PopupState {
  tabId: number | null;
  view: TabView | null;
  error: MessageKey | null;
  lastFix: FixOutcome | null;
  load(): Promise<void>;
  refresh(): Promise<void>;
  confirm(checkId: string, confirmed: boolean): Promise<void>;
  setCustomerRequest(isCustomerRequest: boolean): Promise<void>;
  fix(fix: FixRequest): Promise<void>;
}

/** The tick shown at once, with the counts and "ready" by the checklist's own rule (lib/rules/checklist). */
function withCheckStatus(view: TabView, checkId: string, confirmed: boolean): TabView {
  const verdict = view.verdict!;
  const checklist = withManualStatus(verdict.checklist, checkId, confirmed, verdict.context.kind !== 'unknown');
  return { ...view, verdict: { ...verdict, checklist } };
}

/** The tab the popup is about: `?tabId=` when given (tests, diagnostics), else the active tab. */
async function targetTabId(): Promise<number | null> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export const usePopupStore = create<PopupState>((set, get) => ({
  tabId: null,
  view: null,
  error: null,
  lastFix: null,
  async load() {
    try {
      const tabId = await targetTabId();
      set({ tabId });
      if (tabId !== null) set({ view: await sendMessage('getTabView', { tabId }), error: null });
    } catch {
      set({ error: 'popup_error_background' });
    }
  },
  async refresh() {
    const { tabId } = get();
    if (tabId === null) return;
    try {
      set({ view: await sendMessage('getTabView', { tabId }) });
    } catch {
      set({ error: 'popup_error_background' });
    }
  },
  async confirm(checkId, confirmed) {
    const { tabId, view } = get();
    if (tabId === null) return;
    // Show the tick at once; the background's answer (a moment later) confirms it.
    if (view?.verdict) set({ view: withCheckStatus(view, checkId, confirmed) });
    try {
      set({ view: await sendMessage('confirmCheck', { tabId, checkId, confirmed }) });
    } catch {
      set({ error: 'popup_error_background' });
      await get().refresh();
    }
  },
  async setCustomerRequest(isCustomerRequest) {
    const { tabId } = get();
    if (tabId === null) return;
    try {
      set({ view: await sendMessage('setCustomerRequest', { tabId, isCustomerRequest }) });
    } catch {
      set({ error: 'popup_error_background' });
      await get().refresh();
    }
  },
  async fix(fix) {
    const { tabId } = get();
    if (tabId === null) return;
    const outcome = await sendMessage('requestFix', { tabId, fix }).catch((): FixOutcome => ({
      ok: false,
      results: [],
      reason: 'popup_fix_frame_gone',
    }));
    set({ lastFix: outcome });
    await get().refresh();
  },
}));
