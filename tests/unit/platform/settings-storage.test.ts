import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { scenarioSettings } from '../../e2e/scenario';

/** The module holds cached policy state, so each test loads a fresh copy. */
async function storageModule() {
  vi.resetModules();
  return import('../../../components/platform/settings-storage');
}

describe('settings storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('saves valid settings and keeps them as the last valid ones', async () => {
    const storage = await storageModule();
    await storage.saveLocalSettings(scenarioSettings());
    const effective = await storage.loadEffectiveSettings();
    expect(effective.settings.partner.name).toBe('Fabrikam Cloud Services');
    expect(await fakeBrowser.storage.local.get('settingsLastGood')).toHaveProperty(
      'settingsLastGood.partner.name',
      'Fabrikam Cloud Services',
    );
  });

  it('refuses to save invalid settings', async () => {
    const storage = await storageModule();
    await expect(storage.saveLocalSettings({ partner: { tenantIds: ['nope'] } })).rejects.toThrow();
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
  });

  it('keeps corrupted data for recovery and the last valid settings in force', async () => {
    const storage = await storageModule();
    await storage.saveLocalSettings(scenarioSettings());
    await fakeBrowser.storage.local.set({ settings: { partner: { tenantIds: 'broken' } } });
    const effective = await storage.loadEffectiveSettings();
    expect(effective.localSource).toBe('last-good');
    expect(effective.settings.partner.name).toBe('Fabrikam Cloud Services');
    expect(effective.problems[0]!.message.key).toBe('settings_error_stored_invalid');
    await vi.waitFor(async () =>
      expect((await storage.recoveryData())?.raw).toEqual({ partner: { tenantIds: 'broken' } }),
    );
  });

  it('reports settings from a newer version and leaves them untouched', async () => {
    const storage = await storageModule();
    await storage.saveLocalSettings(scenarioSettings());
    await fakeBrowser.storage.local.set({ settings: { fromTheFuture: true }, settings$: { v: 9 } });
    const effective = await storage.loadEffectiveSettings();
    expect(effective.problems[0]).toMatchObject({
      message: { key: 'settings_error_future_version', args: ['9', '2'] },
    });
    expect(effective.settings.partner.name).toBe('Fabrikam Cloud Services');
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({ settings: { fromTheFuture: true } });
  });

  it('keeps the original data of a newer version for recovery through later saves and loads', async () => {
    const original = { fromTheFuture: true, partner: { name: 'Saved by version 9' } };
    // Seeded before the module loads: WXT's startup migration meets it first ("Version downgrade
    // detected") and leaves it as it is.
    await fakeBrowser.storage.local.set({ settings: original, settings$: { v: 9 } });
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const storage = await storageModule();
    const first = await storage.loadEffectiveSettings();
    expect(consoleError.mock.calls.flat().map(String).join(' ')).toContain('Version downgrade detected');
    expect(first.problems[0]).toMatchObject({ message: { key: 'settings_error_future_version', args: ['9', '2'] } });
    expect((await storage.recoveryData())?.raw).toEqual(original);

    await storage.saveLocalSettings(scenarioSettings());
    const afterSave = await storage.loadEffectiveSettings();
    expect(afterSave.localSource).toBe('stored');
    expect(afterSave.problems).toEqual([]);
    expect(afterSave.settings.partner.name).toBe('Fabrikam Cloud Services');
    expect(await fakeBrowser.storage.local.get('settings$')).toEqual({ settings$: { v: 2 } });

    await storage.saveLocalSettings({ ...scenarioSettings(), partner: { name: 'Renamed' } });
    await storage.loadEffectiveSettings();
    expect(await storage.recoveryData()).toMatchObject({ raw: original, version: 9 });
  });

  it('sets newer-version data aside even when it is saved over before ever being loaded', async () => {
    const original = { fromTheFuture: true };
    await fakeBrowser.storage.local.set({ settings: original, settings$: { v: 9 } });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const storage = await storageModule();
    await storage.saveLocalSettings(scenarioSettings());
    expect(await storage.recoveryData()).toMatchObject({ raw: original, version: 9 });
  });

  it('never replaces a kept recovery copy with later damaged data', async () => {
    const storage = await storageModule();
    await storage.saveLocalSettings(scenarioSettings());
    await fakeBrowser.storage.local.set({ settings: { partner: { tenantIds: 'first damage' } } });
    await storage.loadEffectiveSettings();
    await fakeBrowser.storage.local.set({ settings: { partner: { tenantIds: 'second damage' } } });
    await storage.loadEffectiveSettings();
    expect((await storage.recoveryData())?.raw).toEqual({ partner: { tenantIds: 'first damage' } });
  });

  it('migrates version 1 data on first read', async () => {
    await fakeBrowser.storage.local.set({
      settings: { partner: { tenantId: 'fab00000-0000-4000-8000-000000000001' }, prefill: { enabled: false } },
      settings$: { v: 1 },
    });
    const storage = await storageModule();
    const effective = await storage.loadEffectiveSettings();
    expect(effective.settings.partner.tenantIds).toEqual(['fab00000-0000-4000-8000-000000000001']);
    expect(effective.settings.prefill.mode).toBe('off');
  });

  it('merges managed policy and locks it', async () => {
    await fakeBrowser.storage.managed.set({ partner: { name: 'Policy Partner' } });
    const storage = await storageModule();
    await storage.saveLocalSettings(scenarioSettings());
    const effective = await storage.loadEffectiveSettings();
    expect(effective.settings.partner.name).toBe('Policy Partner');
    expect(effective.locks).toEqual(['partner.name']);
  });

  it('applies the last policy it saw, from storage, until the browser delivers the policy after a start', async () => {
    await fakeBrowser.storage.managed.set({ partner: { name: 'Policy Partner' } });
    const firstRun = await storageModule();
    await firstRun.saveLocalSettings(scenarioSettings());
    expect((await firstRun.loadEffectiveSettings()).locks).toEqual(['partner.name']);

    // A new start: the background answers before the policy has been read again.
    const restarted = await storageModule();
    const early = await restarted.loadEffectiveSettings({ waitForPolicy: false });
    expect(early.settings.partner.name).toBe('Policy Partner');
    expect(early.locks).toEqual(['partner.name']);
  });

  it('forgets the remembered policy once the policy is gone', async () => {
    await fakeBrowser.storage.managed.set({ partner: { name: 'Policy Partner' } });
    await (await storageModule()).loadEffectiveSettings();
    await fakeBrowser.storage.managed.clear();
    await (await storageModule()).loadEffectiveSettings();
    const restarted = await storageModule();
    const early = await restarted.loadEffectiveSettings({ waitForPolicy: false });
    expect(early.locks).toEqual([]);
    expect((await fakeBrowser.storage.local.get('policyLastSeen')).policyLastSeen ?? null).toBeNull();
  });

  it('adds a customer, refuses a duplicate, and restores the backup taken before an import', async () => {
    const storage = await storageModule();
    await storage.saveLocalSettings(scenarioSettings());
    await storage.addCustomer({
      name: 'Northwind Traders',
      tenantId: 'a0000000-0000-4000-8000-0000000000aa',
      domains: ['northwind.onmicrosoft.com'],
    });
    expect((await storage.loadLocalSettings()).customers.map((customer) => customer.name)).toContain(
      'Northwind Traders',
    );
    await expect(
      storage.addCustomer({ name: 'Again', tenantId: 'a0000000-0000-4000-8000-0000000000aa' }),
    ).rejects.toThrow('settings_error_duplicate_tenant');

    const before = await storage.loadLocalSettings();
    await storage.replaceWithImport({ ...before, customers: [] });
    expect((await storage.loadLocalSettings()).customers).toEqual([]);
    expect(await storage.restoreBackup()).toBe(true);
    expect(await storage.loadLocalSettings()).toEqual(before);
  });
});
