import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadPreferences, savePreferences, watchPreferences } from '../../../components/platform/preferences-storage';

describe('preferences storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('reads the defaults when nothing is stored', async () => {
    expect(await loadPreferences()).toEqual({ readSignInKeyNames: false });
  });

  it('stores a choice under its own versioned key, apart from the settings', async () => {
    await savePreferences({ readSignInKeyNames: true });
    expect(await loadPreferences()).toEqual({ readSignInKeyNames: true });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      preferences: { readSignInKeyNames: true },
      preferences$: { v: 1 },
    });
  });

  it('falls back to the defaults for damaged stored data', async () => {
    await fakeBrowser.storage.local.set({ preferences: { readSignInKeyNames: 'yes' }, preferences$: { v: 1 } });
    expect(await loadPreferences()).toEqual({ readSignInKeyNames: false });
    await fakeBrowser.storage.local.set({ preferences: 'garbage' });
    expect(await loadPreferences()).toEqual({ readSignInKeyNames: false });
  });

  it('tells watchers about a change, damaged data as the defaults', async () => {
    const seen = vi.fn();
    const unwatch = watchPreferences(seen);
    await savePreferences({ readSignInKeyNames: true });
    await vi.waitFor(() => expect(seen).toHaveBeenLastCalledWith({ readSignInKeyNames: true }));
    await fakeBrowser.storage.local.set({ preferences: 7 });
    await vi.waitFor(() => expect(seen).toHaveBeenLastCalledWith({ readSignInKeyNames: false }));
    unwatch();
  });
});
