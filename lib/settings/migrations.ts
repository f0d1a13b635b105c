/** The stored settings format's version; bump it with a migration below. */
export const SETTINGS_VERSION = 2;

type Migration = (stored: unknown) => unknown;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Version 1 was the 0.0.x preview format: one `partner.tenantId` string instead of
 * `partner.tenantIds`, domains in any case, and `prefill.enabled: boolean` instead of `prefill.mode`.
 */
function migrateV1ToV2(stored: unknown): unknown {
  if (!isRecord(stored)) return stored;
  const next: Record<string, unknown> = { ...stored };
  if (isRecord(stored.partner)) {
    const { tenantId, ...partner } = stored.partner;
    const tenantIds = Array.isArray(partner.tenantIds) ? partner.tenantIds : [];
    next.partner = {
      ...partner,
      tenantIds: typeof tenantId === 'string' && tenantId.trim() !== '' ? [...tenantIds, tenantId] : tenantIds,
      ...(Array.isArray(partner.domains)
        ? { domains: partner.domains.map((domain) => (typeof domain === 'string' ? domain.toLowerCase() : domain)) }
        : {}),
    };
  }
  if (isRecord(stored.prefill) && 'enabled' in stored.prefill) {
    const { enabled, ...prefill } = stored.prefill;
    next.prefill = { ...prefill, mode: enabled === false ? 'off' : 'ask' };
  }
  return next;
}

/** Keyed by the version each migration produces, as WXT's storage.defineItem expects. */
export const SETTINGS_MIGRATIONS: Readonly<Record<number, Migration>> = {
  2: migrateV1ToV2,
};

/** Runs the migrations from `fromVersion` up to the current version. */
export function migrateSettings(stored: unknown, fromVersion: number): unknown {
  let value = stored;
  for (let version = fromVersion + 1; version <= SETTINGS_VERSION; version += 1) {
    const migration = SETTINGS_MIGRATIONS[version];
    if (migration) value = migration(value);
  }
  return value;
}
