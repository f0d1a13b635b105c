import diff from 'microdiff';
import { dequal } from 'dequal';
import { knownKeyOr } from '../i18n/keys';
import type { MessageRef } from '../i18n/types';
import { SETTINGS_VERSION, migrateSettings } from './migrations';
import { cleanName } from '../text/clean';
import { textTooLarge } from './import-limits';
import { parseDroppingBadColors } from './resolve';
import { settingsSchema, type Customer, type Settings } from './schema';

/** Marks an exported file as ours, with the format version it was written in. */
export const EXPORT_FORMAT = 'partner-context-guard/settings';

interface SettingsExport {
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

interface SettingsDiff {
  readonly changed: readonly string[];
  readonly customersAdded: readonly Customer[];
  readonly customersRemoved: readonly Customer[];
  readonly customersChanged: readonly Customer[];
}

export type ImportResult =
  | {
      readonly ok: true;
      readonly settings: Settings;
      readonly diff: SettingsDiff;
      /** Values that were left out, such as a bad colour (the default is used instead). */
      readonly warnings: readonly MessageRef[];
    }
  | { readonly ok: false; readonly errors: readonly MessageRef[] };

/**
 * The settings paths that differ, as dotted paths. A list (domains, tenant IDs, e-mail addresses)
 * counts as one value: a change anywhere in it names the list, not an index. Customers are
 * compared by tenant ID below.
 */
function changedPaths(before: Settings, after: Settings): string[] {
  const paths = diff({ ...before, customers: [] }, { ...after, customers: [] }).map(({ path }) => {
    const untilList = path.findIndex((segment) => typeof segment === 'number');
    return (untilList < 0 ? path : path.slice(0, untilList)).join('.');
  });
  return [...new Set(paths)].sort();
}

function diffSettings(before: Settings, after: Settings): SettingsDiff {
  const changed = changedPaths(before, after);
  const beforeById = new Map(before.customers.map((customer) => [customer.tenantId, customer]));
  const afterById = new Map(after.customers.map((customer) => [customer.tenantId, customer]));
  return {
    changed,
    customersAdded: after.customers.filter((customer) => !beforeById.has(customer.tenantId)),
    customersRemoved: before.customers.filter((customer) => !afterById.has(customer.tenantId)),
    customersChanged: after.customers.filter((customer) => {
      const old = beforeById.get(customer.tenantId);
      return old !== undefined && !dequal(old, customer);
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
  const parsed = parseDroppingBadColors(settingsSchema, candidate);
  const messages = (issues: readonly { path: PropertyKey[]; message: string }[]): MessageRef[] =>
    issues.slice(0, 20).map((issue) => ({
      key: issue.message.startsWith('settings_')
        ? knownKeyOr(issue.message, 'settings_error_invalid')
        : 'settings_error_invalid',
      args: [issue.path.join('.')],
    }));
  if (!parsed.success) return { ok: false, errors: messages(parsed.issues) };
  // Customer names are stored and shown cleaned, as from a CSV import.
  const settings: Settings = {
    ...parsed.data,
    customers: parsed.data.customers.map((customer) => ({ ...customer, name: cleanName(customer.name) })),
  };
  return { ok: true, settings, diff: diffSettings(current, settings), warnings: messages(parsed.dropped) };
}
