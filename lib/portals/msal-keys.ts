import type { Signal } from '../model/tenant';

/** The part of the Storage interface this module may touch: key names only, never values. */
export interface KeyNameSource {
  readonly length: number;
  key(index: number): string | null;
}

const MAX_KEYS = 2000;

/** Lists storage key names without reading a single value (the values are tokens). */
export function storageKeyNames(storage: KeyNameSource): string[] {
  const names: string[] = [];
  const count = Math.min(storage.length, MAX_KEYS);
  for (let index = 0; index < count; index += 1) {
    const name = storage.key(index);
    if (name !== null) names.push(name);
  }
  return names;
}

const GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const CREDENTIAL_TYPE = '(?:idtoken|accesstoken|accesstoken_with_authscheme|refreshtoken)';

/**
 * The cache schemas of msal-browser, as its source defines them (portal-facts, revisions of
 * 2026-12-01: A). Every one keeps the same segments in the same order:
 * `<oid>.<homeTid>`, the environment, the credential type, the client ID, the realm, then the
 * target and more. Old-schema copies stay beside new ones for days (`cacheRetentionDays`), so
 * one storage can hold several shapes at once.
 * - 3.x – 4.18: no prefix, `-` between segments:
 *   `<oid>.<homeTid>-login.microsoftonline.com-idtoken-<clientId>-<realm>---`
 * - 4.19 (2025-08) and later 4.x: prefix `msal.1-`, still `-`:
 *   `msal.1-<oid>.<homeTid>-<env>-<type>-<clientId>-<realm>-<target>-<claimsHash>-<scheme>`
 * - 5.7 (2026-04): prefix `msal.2|`, `|` between segments; later ones `msal.3|` and up.
 * The environment may hold `-` (`login.windows-ppe.net`), so it is matched lazily up to the
 * credential type. Index keys (`msal.token.keys.<clientId>`, `msal.<n>.token.keys.<clientId>`,
 * `msal.<n>.account.keys`) name no tenant and give nothing.
 */
const SCHEMA_PREFIX = /^msal\.(\d{1,3})([-|])/i;

function tokenKeyPattern(separator: '-' | '|'): RegExp {
  const sep = separator === '|' ? '\\|' : '-';
  const environment = separator === '|' ? '[^|]+' : '[a-z0-9.-]+?';
  return new RegExp(
    `^(${GUID})\\.(${GUID})${sep}${environment}${sep}${CREDENTIAL_TYPE}${sep}${GUID}${sep}(${GUID})?(?:${sep}|$)`,
    'i',
  );
}

const DASH_KEY = tokenKeyPattern('-');
const PIPE_KEY = tokenKeyPattern('|');

export interface MsalKeyTenants {
  readonly home: string;
  /** The tenant the token was issued for; absent for a refresh token, whose realm is empty. */
  readonly realm?: string;
  /** `0` for the unprefixed schema, else the number after `msal.`. */
  readonly schema: number;
}

/** The tenants one key name carries, or null when it is no token key of any known schema. */
export function parseMsalKey(key: string): MsalKeyTenants | null {
  const prefix = SCHEMA_PREFIX.exec(key);
  const schema = prefix ? Number(prefix[1]) : 0;
  const rest = prefix ? key.slice(prefix[0].length) : key;
  const match = (prefix?.[2] === '|' ? PIPE_KEY : DASH_KEY).exec(rest);
  if (!match) return null;
  return {
    home: match[2]!.toLowerCase(),
    ...(match[3] ? { realm: match[3].toLowerCase() } : {}),
    schema,
  };
}

export function tenantsFromMsalKeys(keys: Iterable<string>): { homeTenantIds: string[]; realmTenantIds: string[] } {
  const homes = new Set<string>();
  const realms = new Set<string>();
  for (const key of keys) {
    const parsed = parseMsalKey(key);
    if (!parsed) continue;
    homes.add(parsed.home);
    if (parsed.realm) realms.add(parsed.realm);
  }
  return { homeTenantIds: [...homes], realmTenantIds: [...realms] };
}

/**
 * Signals from key names. Keys of several schemas naming one realm agree (the same token, kept in
 * two shapes); several realms at once are ambiguous and name no tenant.
 */
export function msalSignals(keys: Iterable<string>, now: number): Signal[] {
  const { homeTenantIds, realmTenantIds } = tenantsFromMsalKeys(keys);
  const signals: Signal[] = [];
  if (realmTenantIds.length === 1)
    signals.push({ source: 'msal-realm', tenant: { id: realmTenantIds[0]! }, observedAt: now });
  if (homeTenantIds.length === 1)
    signals.push({ source: 'msal-home', tenant: { id: homeTenantIds[0]! }, observedAt: now });
  return signals;
}
