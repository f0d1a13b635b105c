import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { withoutCustomers } from '../../lib/settings/forget';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from '../../lib/settings/migrations';
import { resolveSettings, summarize, type EffectiveSettings, type SettingsProblem } from '../../lib/settings/resolve';
import {
  customerSchema,
  settingsSchema,
  type Customer,
  type Settings,
  type SettingsInput,
} from '../../lib/settings/schema';

export type { EffectiveSettings, SettingsProblem } from '../../lib/settings/resolve';

/** The configuration the user edits, versioned; migrations are pure functions in lib/settings. */
const settingsItem = storage.defineItem<unknown>('local:settings', {
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS as Record<number, (value: unknown) => unknown>,
});
/** The last settings that passed validation: in force whenever the stored ones are broken. */
const lastGoodItem = storage.defineItem<Settings | null>('local:settingsLastGood', { fallback: null });
/** The settings before the last import, for one-click restore. */
const backupItem = storage.defineItem<{ savedAt: number; settings: Settings } | null>('local:settingsBackup', {
  fallback: null,
});
/** Stored data that could not be used, kept for recovery instead of being overwritten. */
const recoveryItem = storage.defineItem<{ savedAt: number; raw: unknown; version: number | null } | null>(
  'local:settingsRecovery',
  { fallback: null },
);

/**
 * The policy as last read from managed storage, kept apart from the user's settings. It stands in
 * while Chromium has not delivered the policy yet after a start, so locked values stay locked.
 */
const lastPolicyItem = storage.defineItem<{ readAt: number; policy: unknown } | null>('local:policyLastSeen', {
  fallback: null,
});

async function readManaged(): Promise<unknown> {
  let managed: unknown;
  try {
    const all = await browser.storage.managed.get(null);
    managed = all && Object.keys(all).length > 0 ? all : undefined;
  } catch {
    // No policy, or managed storage is unavailable (e.g. a browser without it).
    return undefined;
  }
  const remembered = await lastPolicyItem.getValue().catch(() => null);
  if (JSON.stringify(remembered?.policy) !== JSON.stringify(managed)) {
    await lastPolicyItem
      .setValue(managed === undefined ? null : { readAt: Date.now(), policy: managed })
      .catch(() => undefined);
  }
  return managed;
}

/**
 * Chromium answers the first managed-storage read only once its policy service is up, which can
 * take seconds after the browser starts; the answer is cached until the policy changes.
 */
let managedValue: Promise<unknown> | null = null;
let managedSettled = false;
function cachedManaged(): Promise<unknown> {
  if (!managedValue) {
    managedSettled = false;
    managedValue = readManaged().finally(() => {
      managedSettled = true;
    });
  }
  return managedValue;
}

/** Drops the cached policy so the next load reads it again (the policy changed). */
export function forgetCachedPolicy(): void {
  managedValue = null;
}

export interface LoadOptions {
  /** false: don't wait for the policy if it is not read yet (used for the background's first answer). */
  readonly waitForPolicy?: boolean;
}

export async function loadEffectiveSettings(options: LoadOptions = {}): Promise<EffectiveSettings> {
  const policy = cachedManaged();
  const [local, meta, lastGood, managed] = await Promise.all([
    settingsItem.getValue().catch(() => undefined),
    settingsItem.getMeta().catch(() => ({}) as { v?: number }),
    lastGoodItem.getValue().catch(() => null),
    options.waitForPolicy === false && !managedSettled
      ? lastPolicyItem.getValue().then(
          (remembered) => remembered?.policy,
          () => undefined,
        )
      : policy,
  ]);
  const storedVersion = versionOf(meta);
  const fromTheFuture = storedVersion !== null && storedVersion > SETTINGS_VERSION;
  const effective = resolveSettings({ local: fromTheFuture ? Symbol('future') : local, lastGood, managed });
  const problems: SettingsProblem[] = [...effective.problems];
  if (fromTheFuture) {
    problems.splice(0, problems.length, ...problems.filter((problem) => problem.origin !== 'local'));
    problems.unshift({
      origin: 'local',
      path: '',
      message: { key: 'settings_error_future_version', args: [String(storedVersion), String(SETTINGS_VERSION)] },
      raw: summarize(local, 400),
    });
  }
  if (effective.localSource === 'stored' && local !== undefined && local !== null) {
    const valid = settingsSchema.parse(local);
    if (JSON.stringify(valid) !== JSON.stringify(lastGood)) void lastGoodItem.setValue(valid).catch(() => undefined);
  } else if (local !== undefined && local !== null && effective.localSource !== 'stored') {
    await keepForRecovery(local, storedVersion).catch(() => undefined);
  }
  return { ...effective, problems };
}

function versionOf(meta: unknown): number | null {
  const version = (meta as { v?: unknown } | null)?.v;
  return typeof version === 'number' ? version : null;
}

/**
 * Keeps unusable stored data aside. The first copy is the user's original data: a later, different
 * unusable value never replaces it, so nothing the user once had is lost.
 */
async function keepForRecovery(raw: unknown, version: number | null): Promise<void> {
  const recovery = await recoveryItem.getValue();
  if (recovery) return;
  await recoveryItem.setValue({ savedAt: Date.now(), raw, version });
}

/** Validates and stores the user's settings; managed values are never written as local ones. */
export async function saveLocalSettings(next: SettingsInput): Promise<Settings> {
  const parsed = settingsSchema.parse(next);
  // The stored data may be unusable (damaged, or from a newer version) and never loaded yet:
  // set it aside before it is replaced.
  const [stored, meta] = await Promise.all([settingsItem.getValue(), settingsItem.getMeta()]);
  const storedVersion = versionOf(meta);
  const unusable =
    (storedVersion !== null && storedVersion > SETTINGS_VERSION) || !settingsSchema.safeParse(stored).success;
  if (stored !== undefined && stored !== null && unusable) await keepForRecovery(stored, storedVersion);
  await settingsItem.setValue(parsed);
  // WXT sets the version only on an item's first write; data written over a newer version's data
  // (which WXT refuses to migrate) would otherwise still read as coming from the future.
  await settingsItem.setMeta({ v: SETTINGS_VERSION });
  await lastGoodItem.setValue(parsed);
  return parsed;
}

/** The locally stored settings alone (without policy), for editing and export. */
export async function loadLocalSettings(): Promise<Settings> {
  const effective = resolveSettings({
    local: await settingsItem.getValue().catch(() => undefined),
    lastGood: await lastGoodItem.getValue(),
  });
  return effective.settings;
}

/** Adds a customer to the local directory (e.g. an unlisted tenant from the popup). */
export async function addCustomer(customer: unknown): Promise<Customer> {
  const parsed = customerSchema.parse(customer);
  const local = await loadLocalSettings();
  if (local.customers.some((existing) => existing.tenantId === parsed.tenantId)) {
    throw new Error('settings_error_duplicate_tenant');
  }
  await saveLocalSettings({ ...local, customers: [...local.customers, parsed] });
  return parsed;
}

export async function replaceWithImport(next: Settings): Promise<void> {
  await backupItem.setValue({ savedAt: Date.now(), settings: await loadLocalSettings() });
  await saveLocalSettings(next);
}

export async function restoreBackup(): Promise<boolean> {
  const backup = await backupItem.getValue();
  if (!backup) return false;
  await saveLocalSettings(backup.settings);
  await backupItem.setValue(null);
  return true;
}

/**
 * Removes deleted customers from every copy of the settings the extension keeps: the last valid
 * settings, the backup from before the last import and the data kept for recovery. Called after
 * the user deleted customers and saved, so a deleted customer lives on nowhere.
 */
export async function forgetCustomers(tenantIds: ReadonlySet<string>): Promise<void> {
  if (tenantIds.size === 0) return;
  const [lastGood, backup, recovery] = await Promise.all([
    lastGoodItem.getValue(),
    backupItem.getValue(),
    recoveryItem.getValue(),
  ]);
  const writes: Promise<unknown>[] = [];
  const lastGoodAfter = withoutCustomers(lastGood, tenantIds);
  if (lastGoodAfter !== lastGood) writes.push(lastGoodItem.setValue(lastGoodAfter));
  const backupAfter = backup && withoutCustomers(backup.settings, tenantIds);
  if (backup && backupAfter !== backup.settings)
    writes.push(backupItem.setValue({ ...backup, settings: backupAfter! }));
  const recoveryAfter = recovery && withoutCustomers(recovery.raw, tenantIds);
  if (recovery && recoveryAfter !== recovery.raw)
    writes.push(recoveryItem.setValue({ ...recovery, raw: recoveryAfter }));
  await Promise.all(writes);
}

/** Deletes the backup from before the last import (the user chose to forget it). */
export async function discardBackup(): Promise<void> {
  await backupItem.setValue(null);
}

/** Deletes the damaged data kept for recovery (the user chose to forget it). */
export async function discardRecovery(): Promise<void> {
  await recoveryItem.setValue(null);
}

export async function backupInfo(): Promise<{ savedAt: number } | null> {
  const backup = await backupItem.getValue();
  return backup ? { savedAt: backup.savedAt } : null;
}

export async function recoveryData(): Promise<{ savedAt: number; raw: unknown; version: number | null } | null> {
  return recoveryItem.getValue();
}

/**
 * Calls back with fresh effective settings whenever local settings or the policy change, and once
 * the policy has first been read.
 */
export function watchEffectiveSettings(onChange: (effective: EffectiveSettings) => void): () => void {
  const reload = () => {
    void loadEffectiveSettings({ waitForPolicy: false }).then(onChange);
  };
  void cachedManaged().then(reload);
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') {
      forgetCachedPolicy();
      reload();
    }
  };
  const unwatch = settingsItem.watch(reload);
  browser.storage.onChanged.addListener(listener);
  return () => {
    unwatch();
    browser.storage.onChanged.removeListener(listener);
  };
}
