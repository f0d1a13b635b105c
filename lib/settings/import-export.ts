import { knownKeyOr } from '../i18n/keys';
import type { MessageRef } from '../i18n/types';
import { SETTINGS_VERSION, migrateSettings } from './migrations';
import { cleanName } from '../text/clean';
import { textTooLarge } from './import-limits';
import { settingsSchema, type Customer, type Settings } from './schema';

/** Marks an exported file as ours, with the format version it was written in. */
export const EXPORT_FORMAT = 'partner-context-guard/settings';

export interface SettingsExport {
  readonly format: typeof EXPORT_FORMAT;
  readonly version: number;
  readonly exportedAt: string;
  readonly settings: Settings;
}

/** The local configuration as a file; managed values are never in it, they are not the user's. */
export function exportSettings(local: Settings, now = new Date()): string {
  const file: SettingsExport = {
    format: EXPORT_FORMAT,
    version: SETTINGS_VERSION,
    exportedAt: now.toISOString(),
    settings: local,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export interface SettingsDiff {
  readonly changed: readonly string[];
  readonly customersAdded: readonly Customer[];
  readonly customersRemoved: readonly Customer[];
  readonly customersChanged: readonly Customer[];
}

export type ImportResult =
  | { readonly ok: true; readonly settings: Settings; readonly diff: SettingsDiff }
  | { readonly ok: false; readonly errors: readonly MessageRef[] };

function leaves(value: unknown, prefix: string, out: Map<string, string>): void {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) leaves(child, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.set(prefix, JSON.stringify(value));
  }
}

export function diffSettings(before: Settings, after: Settings): SettingsDiff {
  const a = new Map<string, string>();
  const b = new Map<string, string>();
  leaves({ ...before, customers: undefined }, '', a);
  leaves({ ...after, customers: undefined }, '', b);
  const changed = [...new Set([...a.keys(), ...b.keys()])].filter((key) => a.get(key) !== b.get(key)).sort();
  const beforeById = new Map(before.customers.map((customer) => [customer.tenantId, customer]));
  const afterById = new Map(after.customers.map((customer) => [customer.tenantId, customer]));
  return {
    changed,
    customersAdded: after.customers.filter((customer) => !beforeById.has(customer.tenantId)),
    customersRemoved: before.customers.filter((customer) => !afterById.has(customer.tenantId)),
    customersChanged: after.customers.filter((customer) => {
      const old = beforeById.get(customer.tenantId);
      return old !== undefined && JSON.stringify(old) !== JSON.stringify(customer);
    }),
  };
}

/**
 * Validates an imported file completely before anything changes: all or nothing. Accepts our
 * export format (any version up to ours, migrated) and a bare settings object.
 */
export function parseSettingsImport(text: string, current: Settings): ImportResult {
  const tooLarge = textTooLarge(text);
  if (tooLarge) return { ok: false, errors: [tooLarge] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, errors: [{ key: 'options_import_not_json' }] };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data))
    return { ok: false, errors: [{ key: 'options_import_wrong_shape' }] };
  const record = data as Record<string, unknown>;
  let candidate: unknown = record;
  if (record.format === EXPORT_FORMAT) {
    const version = typeof record.version === 'number' ? record.version : NaN;
    if (!Number.isInteger(version) || version < 1)
      return { ok: false, errors: [{ key: 'options_import_wrong_shape' }] };
    if (version > SETTINGS_VERSION) {
      return {
        ok: false,
        errors: [{ key: 'settings_error_future_version', args: [String(version), String(SETTINGS_VERSION)] }],
      };
    }
    candidate = migrateSettings(record.settings, version);
  } else if ('format' in record) {
    return { ok: false, errors: [{ key: 'options_import_wrong_shape' }] };
  }
  const parsed = settingsSchema.safeParse(candidate);
  if (!parsed.success) {
    return {
      ok: false,
      errors: parsed.error.issues.slice(0, 20).map((issue) => ({
        key: issue.message.startsWith('settings_')
          ? knownKeyOr(issue.message, 'settings_error_invalid')
          : 'settings_error_invalid',
        args: [issue.path.join('.')],
      })),
    };
  }
  // Customer names are stored and shown cleaned, as from a CSV import.
  const settings: Settings = {
    ...parsed.data,
    customers: parsed.data.customers.map((customer) => ({ ...customer, name: cleanName(customer.name) })),
  };
  return { ok: true, settings, diff: diffSettings(current, settings) };
}
