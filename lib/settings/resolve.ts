import { knownKeyOr } from '../i18n/keys';
import type { MessageRef } from '../i18n/types';
import { customerSchema, defaultSettings, settingsSchema, type Settings } from './schema';

/** Something wrong with stored or managed configuration, for the options page's diagnostics. */
export interface SettingsProblem {
  readonly origin: 'local' | 'managed' | 'last-good';
  /** Dotted path of the offending value, e.g. `partner.tenantIds.0`; '' for the whole document. */
  readonly path: string;
  readonly message: MessageRef;
  /** A short, printable summary of the raw value, for recovery. */
  readonly raw?: string;
}

export interface EffectiveSettings {
  readonly settings: Settings;
  /** Dotted paths set by managed policy; the UI shows them read-only. */
  readonly locks: readonly string[];
  readonly problems: readonly SettingsProblem[];
  /** Where the local part came from: the stored settings, the last valid ones, or defaults. */
  readonly localSource: 'stored' | 'last-good' | 'defaults';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function summarize(value: unknown, max = 120): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

function issuesToProblems(
  origin: SettingsProblem['origin'],
  issues: readonly { path: PropertyKey[]; message: string }[],
  prefix = '',
): SettingsProblem[] {
  return issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    const key = issue.message.startsWith('settings_error_')
      ? knownKeyOr(issue.message, 'settings_error_invalid')
      : 'settings_error_invalid';
    return { origin, path, message: { key, args: [path] } };
  });
}

type Issue = { path: PropertyKey[]; message: string };

/** A colour leaf: `display.colors.<kind>` or `customers.<n>.color` (or `color` inside one customer). */
function isColorPath(path: readonly PropertyKey[]): boolean {
  const keys = path.map(String);
  if (keys.length === 1) return keys[0] === 'color';
  if (keys.length === 3 && keys[0] === 'display' && keys[1] === 'colors') return true;
  return keys.length === 3 && keys[0] === 'customers' && keys[2] === 'color';
}

function withoutLeaves(value: unknown, paths: readonly (readonly PropertyKey[])[]): unknown {
  const copy = structuredClone(value) as Record<string, unknown>;
  for (const path of paths) {
    let cursor: unknown = copy;
    for (const key of path.slice(0, -1)) cursor = (cursor as Record<string, unknown> | undefined)?.[String(key)];
    if (cursor && typeof cursor === 'object') Reflect.deleteProperty(cursor, String(path[path.length - 1]));
  }
  return copy;
}

/**
 * Parses with a schema, but a bad colour does not sink the document: when the only problems are
 * colour values, they are dropped (so the default colour applies) and reported as `dropped`.
 */
export function parseDroppingBadColors<T>(
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: Issue[] } } },
  value: unknown,
): { success: true; data: T; dropped: Issue[] } | { success: false; issues: Issue[] } {
  const first = schema.safeParse(value);
  if (first.success) return { success: true, data: first.data, dropped: [] };
  const issues = first.error.issues;
  if (!issues.every((issue) => isColorPath(issue.path))) return { success: false, issues };
  const second = schema.safeParse(
    withoutLeaves(
      value,
      issues.map((issue) => issue.path),
    ),
  );
  return second.success ? { success: true, data: second.data, dropped: issues } : { success: false, issues };
}

function parseLocal(
  local: unknown,
  lastGood: unknown,
): { settings: Settings; problems: SettingsProblem[]; source: EffectiveSettings['localSource'] } {
  if (local === undefined || local === null) {
    return { settings: defaultSettings(), problems: [], source: 'defaults' };
  }
  const parsed = parseDroppingBadColors(settingsSchema, local);
  if (parsed.success)
    return { settings: parsed.data, problems: issuesToProblems('local', parsed.dropped), source: 'stored' };
  const problems: SettingsProblem[] = [
    { origin: 'local', path: '', message: { key: 'settings_error_stored_invalid' }, raw: summarize(local, 400) },
    ...issuesToProblems('local', parsed.issues),
  ];
  const fallback = settingsSchema.safeParse(lastGood);
  if (fallback.success) return { settings: fallback.data, problems, source: 'last-good' };
  return { settings: defaultSettings(), problems, source: 'defaults' };
}

/** Validates one managed leaf against the same schema, in place of the local value. */
function tryManagedValue(
  base: Settings,
  path: readonly string[],
  value: unknown,
): { ok: true; next: Settings } | { ok: false; issues: { path: PropertyKey[]; message: string }[] } {
  const candidate = structuredClone(base) as unknown as Record<string, unknown>;
  let cursor = candidate;
  for (const segment of path.slice(0, -1)) cursor = cursor[segment] as Record<string, unknown>;
  cursor[path[path.length - 1]!] = value;
  const parsed = settingsSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, next: parsed.data };
  const dotted = path.join('.');
  const own = parsed.error.issues.filter((issue) => issue.path.map(String).join('.').startsWith(dotted));
  return { ok: false, issues: own.length > 0 ? own : parsed.error.issues };
}

/** Policy leaves: objects are merged key by key, arrays and scalars replace the local value whole. */
const MANAGED_OBJECTS: Readonly<Record<string, readonly string[]>> = {
  partner: ['name', 'tenantIds', 'domains', 'programRole', 'indirectProvider', 'ownSupportPlan', 'cspPlanLabel'],
  'partner.indirectProvider': ['name', 'supportUrl', 'email', 'phone'],
  contact: [
    'firstName',
    'lastName',
    'email',
    'additionalEmails',
    'phone',
    'preferredContactMethod',
    'country',
    'timeZone',
    'supportLanguage',
  ],
  prefill: ['mode'],
  display: ['tint', 'tabTitle', 'colors', 'banner'],
  'display.colors': ['own', 'customer', 'unlisted', 'unknown'],
};

function applyManaged(
  base: Settings,
  managed: unknown,
): { settings: Settings; locks: string[]; problems: SettingsProblem[] } {
  let settings = base;
  const locks: string[] = [];
  const problems: SettingsProblem[] = [];
  if (managed === undefined || managed === null) return { settings, locks, problems };
  if (!isRecord(managed)) {
    problems.push({
      origin: 'managed',
      path: '',
      message: { key: 'settings_error_policy_not_object' },
      raw: summarize(managed),
    });
    return { settings, locks, problems };
  }
  const visit = (path: string[], value: unknown) => {
    const dotted = path.join('.');
    const childKeys = MANAGED_OBJECTS[dotted];
    if (childKeys) {
      if (!isRecord(value)) {
        problems.push({
          origin: 'managed',
          path: dotted,
          message: { key: 'settings_error_policy_value', args: [dotted] },
          raw: summarize(value),
        });
        return;
      }
      for (const [key, child] of Object.entries(value)) {
        if (childKeys.includes(key)) visit([...path, key], child);
        else
          problems.push({
            origin: 'managed',
            path: `${dotted}.${key}`,
            message: { key: 'settings_error_policy_unknown_key', args: [`${dotted}.${key}`] },
          });
      }
      return;
    }
    if (dotted === 'customers') {
      applyManagedCustomers(value);
      return;
    }
    const attempt = tryManagedValue(settings, path, value);
    if (attempt.ok) {
      settings = attempt.next;
      locks.push(dotted);
    } else {
      problems.push(
        ...issuesToProblems('managed', attempt.issues).map((problem) => ({ ...problem, raw: summarize(value) })),
      );
    }
  };
  // Each customer entry is checked on its own: valid entries apply, every invalid one is reported.
  const applyManagedCustomers = (value: unknown) => {
    if (!Array.isArray(value)) {
      problems.push({
        origin: 'managed',
        path: 'customers',
        message: { key: 'settings_error_policy_value', args: ['customers'] },
        raw: summarize(value),
      });
      return;
    }
    const accepted: Settings['customers'] = [];
    const seen = new Set<string>();
    value.forEach((entry, index) => {
      // A bad colour is reported and the customer kept, with the derived colour.
      const parsed = parseDroppingBadColors(customerSchema, entry);
      if (parsed.success && parsed.dropped.length > 0)
        problems.push(
          ...issuesToProblems('managed', parsed.dropped, `customers.${index}`).map((problem) => ({
            ...problem,
            raw: summarize(entry),
          })),
        );
      if (!parsed.success) {
        problems.push(
          ...issuesToProblems('managed', parsed.issues, `customers.${index}`).map((problem) => ({
            ...problem,
            raw: summarize(entry),
          })),
        );
      } else if (seen.has(parsed.data.tenantId)) {
        problems.push({
          origin: 'managed',
          path: `customers.${index}.tenantId`,
          message: { key: 'settings_error_duplicate_tenant', args: [`customers.${index}`] },
        });
      } else {
        seen.add(parsed.data.tenantId);
        accepted.push(parsed.data);
      }
    });
    settings = { ...settings, customers: accepted };
    locks.push('customers');
  };
  for (const [key, value] of Object.entries(managed)) {
    if (key === 'partner' || key === 'contact' || key === 'prefill' || key === 'customers' || key === 'display')
      visit([key], value);
    else
      problems.push({
        origin: 'managed',
        path: key,
        message: { key: 'settings_error_policy_unknown_key', args: [key] },
      });
  }
  return { settings, locks, problems };
}

/**
 * The settings in force: the stored local settings (or the last valid ones when they are
 * broken), with managed policy merged over them leaf by leaf. Never throws.
 */
export function resolveSettings(input: { local: unknown; lastGood?: unknown; managed?: unknown }): EffectiveSettings {
  try {
    const local = parseLocal(input.local, input.lastGood);
    const merged = applyManaged(local.settings, input.managed);
    return {
      settings: merged.settings,
      locks: merged.locks,
      problems: [...local.problems, ...merged.problems],
      localSource: local.source,
    };
  } catch (error) {
    const fallback = lastValidLocal(input.local, input.lastGood);
    let merged: ReturnType<typeof applyManaged> = { settings: fallback.settings, locks: [], problems: [] };
    try {
      merged = applyManaged(fallback.settings, input.managed);
    } catch {
      // The policy itself is what failed: the local settings stay in force without it.
    }
    return {
      settings: merged.settings,
      locks: merged.locks,
      problems: [
        ...merged.problems,
        { origin: 'local', path: '', message: { key: 'settings_error_stored_invalid' }, raw: summarize(String(error)) },
      ],
      localSource: fallback.source,
    };
  }
}

/** After an unexpected failure: the stored settings if they still validate, else the last valid ones. */
function lastValidLocal(
  local: unknown,
  lastGood: unknown,
): { settings: Settings; source: EffectiveSettings['localSource'] } {
  for (const [candidate, source] of [
    [local, 'stored'],
    [lastGood, 'last-good'],
  ] as const) {
    try {
      const parsed = settingsSchema.safeParse(candidate);
      if (parsed.success) return { settings: parsed.data, source };
    } catch {
      // A value that throws while being read is as unusable as an invalid one.
    }
  }
  return { settings: defaultSettings(), source: 'defaults' };
}

export function isLocked(effective: Pick<EffectiveSettings, 'locks'>, path: string): boolean {
  return effective.locks.some((lock) => path === lock || path.startsWith(`${lock}.`));
}

/** Managed policy names the partner's own tenant, so the user has nothing to set up first. */
export function policyProvidesPartner(effective: Pick<EffectiveSettings, 'settings' | 'locks'>): boolean {
  const { tenantIds, domains } = effective.settings.partner;
  return (
    (isLocked(effective, 'partner.tenantIds') && tenantIds.length > 0) ||
    (isLocked(effective, 'partner.domains') && domains.length > 0)
  );
}

/**
 * What a settings form shows: the user's draft, except that every locked path shows the value
 * the policy puts in force, so an admin-set field never displays a stale local value. Only the
 * objects on a locked path are copied; everything else keeps its identity.
 */
export function withLockedValues<T extends object>(draft: T, effective: T, locks: readonly string[]): T {
  let shown = draft;
  for (const lock of locks) shown = replaceAt(shown, effective, lock.split('.'));
  return shown;
}

function replaceAt<T>(target: T, source: T, keys: readonly string[]): T {
  if (keys.length === 0) return source;
  if (!isRecord(target) || !isRecord(source)) return target;
  const [key, ...rest] = keys as [string, ...string[]];
  if (!(key in source)) return target;
  return { ...target, [key]: replaceAt(target[key], source[key], rest) } as T;
}
