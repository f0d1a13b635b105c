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
/**
 * MSAL.js cache key names (portal-facts: C):
 * `<oid>.<homeTid>-login.microsoftonline.com-idtoken-<clientId>-<realmTid>---`, same for accesstoken.
 */
const TOKEN_KEY = new RegExp(
  `^(${GUID})\\.(${GUID})-[a-z0-9.-]+?-(?:idtoken|accesstoken|refreshtoken)-${GUID}-(${GUID})?-`,
  'i',
);

export function tenantsFromMsalKeys(keys: Iterable<string>): { homeTenantIds: string[]; realmTenantIds: string[] } {
  const homes = new Set<string>();
  const realms = new Set<string>();
  for (const key of keys) {
    const match = TOKEN_KEY.exec(key);
    if (!match) continue;
    homes.add(match[2]!.toLowerCase());
    if (match[3]) realms.add(match[3].toLowerCase());
  }
  return { homeTenantIds: [...homes], realmTenantIds: [...realms] };
}

/** Signals from key names. Several realms at once are ambiguous and name no tenant. */
export function msalSignals(keys: Iterable<string>, now: number): Signal[] {
  const { homeTenantIds, realmTenantIds } = tenantsFromMsalKeys(keys);
  const signals: Signal[] = [];
  if (realmTenantIds.length === 1)
    signals.push({ source: 'msal-realm', tenant: { id: realmTenantIds[0]! }, observedAt: now });
  if (homeTenantIds.length === 1)
    signals.push({ source: 'msal-home', tenant: { id: homeTenantIds[0]! }, observedAt: now });
  return signals;
}
