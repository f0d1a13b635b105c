import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const PARTNER_TENANT_ID = 'fab00000-0000-4000-8000-000000000001';

async function install(): Promise<ReturnType<typeof vi.fn>> {
  const openOptionsPage = vi.fn(() => Promise.resolve());
  fakeBrowser.runtime.openOptionsPage = openOptionsPage;
  vi.resetModules();
  const { startBackground } = await import('../../../components/platform/background-runtime');
  startBackground();
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
  return openOptionsPage;
}

describe('the first-run setup on install', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.stubGlobal('chrome', fakeBrowser);
    vi.stubGlobal('navigator', { language: 'en-US' });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('opens the options page when nothing names the partner tenant', async () => {
    const openOptionsPage = await install();
    await vi.waitFor(() => expect(openOptionsPage).toHaveBeenCalledTimes(1));
  });

  it('opens the options page when the policy sets other values but not the partner tenant', async () => {
    await fakeBrowser.storage.managed.set({ partner: { name: 'Fabrikam (policy)' }, prefill: { mode: 'off' } });
    const openOptionsPage = await install();
    await vi.waitFor(() => expect(openOptionsPage).toHaveBeenCalledTimes(1));
  });

  it.each([
    ['tenant IDs', { tenantIds: [PARTNER_TENANT_ID] }],
    ['domains', { domains: ['fabrikam.com'] }],
  ])('does not open it on a fleet install whose policy sets the partner %s', async (_name, partner) => {
    await fakeBrowser.storage.managed.set({ partner });
    const settled = vi.fn();
    const openOptionsPage = await install();
    // The decision waits for the policy read; once the settings are known, nothing more happens.
    const { loadEffectiveSettings } = await import('../../../components/platform/settings-storage');
    await loadEffectiveSettings().then(settled);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(settled).toHaveBeenCalled();
    expect(openOptionsPage).not.toHaveBeenCalled();
  });

  it('does not open it when the stored settings already name the partner tenant', async () => {
    await fakeBrowser.storage.local.set({
      settings: { partner: { tenantIds: [PARTNER_TENANT_ID] } },
      settings$: { v: 2 },
    });
    const settled = vi.fn();
    const openOptionsPage = await install();
    const { loadEffectiveSettings } = await import('../../../components/platform/settings-storage');
    await loadEffectiveSettings().then(settled);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(settled).toHaveBeenCalled();
    expect(openOptionsPage).not.toHaveBeenCalled();
  });

  it('does not open it on an update', async () => {
    const openOptionsPage = vi.fn(() => Promise.resolve());
    fakeBrowser.runtime.openOptionsPage = openOptionsPage;
    vi.resetModules();
    const { startBackground } = await import('../../../components/platform/background-runtime');
    startBackground();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0', temporary: false });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(openOptionsPage).not.toHaveBeenCalled();
  });
});
