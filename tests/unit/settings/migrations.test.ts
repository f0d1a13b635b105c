import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SETTINGS_VERSION, migrateSettings } from '../../../lib/settings/migrations';
import { settingsSchema } from '../../../lib/settings/schema';

describe('settings migrations', () => {
  it('is at version 2', () => {
    expect(SETTINGS_VERSION).toBe(2);
  });

  it('turns the 0.0.x preview format into the current one', () => {
    const v1 = {
      partner: { name: 'Fabrikam', tenantId: 'FAB00000-0000-4000-8000-000000000001', domains: ['Fabrikam.COM'] },
      prefill: { enabled: false },
    };
    const migrated = migrateSettings(v1, 1) as Record<string, Record<string, unknown>>;
    expect(migrated.partner).toEqual({
      name: 'Fabrikam',
      tenantIds: ['FAB00000-0000-4000-8000-000000000001'],
      domains: ['fabrikam.com'],
    });
    expect(migrated.prefill).toEqual({ mode: 'off' });
    expect(settingsSchema.parse(migrated).partner.tenantIds).toEqual(['fab00000-0000-4000-8000-000000000001']);
  });

  it('maps prefill.enabled true to ask, and leaves current data alone', () => {
    expect(migrateSettings({ prefill: { enabled: true } }, 1)).toEqual({ prefill: { mode: 'ask' } });
    const current = { prefill: { mode: 'auto' } };
    expect(migrateSettings(current, 2)).toBe(current);
  });

  it('always yields parseable settings from any v1-shaped document', () => {
    const v1 = fc.record(
      {
        partner: fc.record(
          {
            name: fc.string({ maxLength: 50 }),
            tenantId: fc.option(fc.uuid(), { nil: undefined }),
            domains: fc.array(fc.domain(), { maxLength: 5 }),
          },
          { requiredKeys: [] },
        ),
        prefill: fc.record({ enabled: fc.boolean() }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(v1, (document) => {
        expect(settingsSchema.safeParse(migrateSettings(document, 1)).success).toBe(true);
      }),
    );
  });

  it('does not throw on garbage', () => {
    fc.assert(fc.property(fc.anything(), (value) => void migrateSettings(value, 1)));
  });
});
