import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyTabState } from '../../../lib/tabs/types';

async function storeModule() {
  vi.resetModules();
  return import('../../../components/platform/tab-store');
}

async function savedTabIds(): Promise<string[]> {
  const { tabs } = (await fakeBrowser.storage.session.get('tabs')) as { tabs?: Record<string, unknown> };
  return Object.keys(tabs ?? {});
}

describe('the tab store', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.session.set({ tabs: { '3': emptyTabState(3), '4': emptyTabState(4) } });
  });

  it('does not bring back a tab closed before the saved state finished loading', async () => {
    const { createTabStore } = await storeModule();
    const store = createTabStore();
    store.delete(3);
    await store.ready;
    expect(store.has(3)).toBe(false);
    expect(store.has(4)).toBe(true);
    await vi.waitFor(async () => expect(await savedTabIds()).toEqual(['4']));
  });

  it('forgets saved tabs that are no longer open', async () => {
    const { createTabStore } = await storeModule();
    const store = createTabStore();
    await store.ready;
    store.prune([4, 8]);
    expect(store.all().map((state) => state.tabId)).toEqual([4]);
    await vi.waitFor(async () => expect(await savedTabIds()).toEqual(['4']));
  });
});
