import { storage } from 'wxt/utils/storage';
import { emptyTabState } from '../../lib/tabs/types';
import type { TabState } from '../../lib/tabs/types';

/**
 * Per-tab state, kept in memory and mirrored to storage.session so it survives the service
 * worker being stopped and restarted (session storage lives as long as the browser session).
 */
const tabsItem = storage.defineItem<Record<string, TabState>>('session:tabs', { fallback: {}, version: 1 });

export interface TabStore {
  ready: Promise<void>;
  get(tabId: number): TabState;
  has(tabId: number): boolean;
  set(state: TabState): void;
  delete(tabId: number): void;
  /** Forgets every tab not among the browser's open tabs (closed while the worker was stopped). */
  prune(openTabIds: readonly number[]): void;
  all(): TabState[];
}

export function createTabStore(): TabStore {
  const tabs = new Map<number, TabState>();
  /** Tabs closed before the saved state was loaded: the load must not bring them back. */
  const closedBeforeLoad = new Set<number>();
  let loaded = false;
  let writeScheduled = false;

  const persist = () => {
    if (writeScheduled) return;
    writeScheduled = true;
    // One write per task, however many updates a burst of frame reports brings.
    queueMicrotask(() => {
      writeScheduled = false;
      void tabsItem.setValue(Object.fromEntries([...tabs].map(([id, state]) => [String(id), state])));
    });
  };

  const ready = tabsItem
    .getValue()
    .then((saved) => {
      for (const [id, state] of Object.entries(saved ?? {})) {
        const tabId = Number(id);
        if (!tabs.has(tabId) && !closedBeforeLoad.has(tabId)) tabs.set(tabId, state);
      }
      if (closedBeforeLoad.size > 0) persist();
    })
    .catch(() => undefined)
    .finally(() => {
      loaded = true;
      closedBeforeLoad.clear();
    });

  return {
    ready,
    get: (tabId) => tabs.get(tabId) ?? emptyTabState(tabId),
    has: (tabId) => tabs.has(tabId),
    set(state) {
      tabs.set(state.tabId, state);
      persist();
    },
    delete(tabId) {
      if (!loaded) closedBeforeLoad.add(tabId);
      if (tabs.delete(tabId)) persist();
    },
    prune(openTabIds) {
      const open = new Set(openTabIds);
      let removed = false;
      for (const tabId of [...tabs.keys()]) if (!open.has(tabId)) removed = tabs.delete(tabId) || removed;
      if (removed) persist();
    },
    all: () => [...tabs.values()],
  };
}
