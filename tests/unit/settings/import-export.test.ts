import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMAT, exportSettings, parseSettingsImport } from '../../../lib/settings/import-export';
import { defaultSettings, settingsSchema } from '../../../lib/settings/schema';
import { scenarioSettings } from '../../e2e/scenario';
import { MAX_IMPORT_BYTES } from '../../../lib/settings/import-limits';

const current = settingsSchema.parse(scenarioSettings());

describe('JSON import and export', () => {
  it('round-trips the local settings', () => {
    const result = parseSettingsImport(exportSettings(current), defaultSettings());
    expect(result.ok && result.settings).toEqual(current);
  });

  it('shows a diff before applying', () => {
    const next = structuredClone(current);
    next.partner.name = 'Renamed';
    next.customers = next.customers.slice(1);
    const result = parseSettingsImport(exportSettings(next), current);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.diff.changed).toEqual(['partner.name']);
    expect(result.diff.customersRemoved.map((customer) => customer.name)).toEqual(['Contoso Ltd']);
    expect(result.diff.customersAdded).toEqual([]);
  });

  it.each([
    ['not JSON', '{oops', 'options_import_not_json'],
    ['an array', '[1,2]', 'options_import_wrong_shape'],
    ['another format', JSON.stringify({ format: 'something-else', settings: {} }), 'options_import_wrong_shape'],
    [
      'a newer version',
      JSON.stringify({ format: EXPORT_FORMAT, version: 99, settings: {} }),
      'settings_error_future_version',
    ],
    ['invalid values', JSON.stringify({ partner: { tenantIds: ['x'] } }), 'settings_error_guid'],
  ])('rejects %s with a clear message, all or nothing', (_name, text, key) => {
    const result = parseSettingsImport(text, current);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]!.key).toBe(key);
  });

  it('migrates an export from version 1', () => {
    const file = JSON.stringify({
      format: EXPORT_FORMAT,
      version: 1,
      settings: { partner: { tenantId: 'fab00000-0000-4000-8000-000000000001' }, prefill: { enabled: true } },
    });
    const result = parseSettingsImport(file, current);
    expect(result.ok && result.settings.partner.tenantIds).toEqual(['fab00000-0000-4000-8000-000000000001']);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string(), (text) => void parseSettingsImport(text, current)));
    fc.assert(fc.property(fc.jsonValue(), (value) => void parseSettingsImport(JSON.stringify(value), current)));
  });
});

describe('JSON import keeps less', () => {
  it('refuses a file over 5 MB with a clear message, before parsing it', () => {
    const current = settingsSchema.parse(scenarioSettings());
    const text = JSON.stringify({ partner: { name: 'x'.repeat(MAX_IMPORT_BYTES) } });
    const result = parseSettingsImport(text, current);
    expect(result).toEqual({ ok: false, errors: [{ key: 'options_import_too_large', args: ['5.1', '5'] }] });
  });

  it('cleans imported customer names of bidi and control characters', () => {
    const current = settingsSchema.parse(scenarioSettings());
    const next = settingsSchema.parse(scenarioSettings());
    next.customers[0]!.name = 'Con\u061ctoso \u2067Ltd\u2069\u0000';
    const result = parseSettingsImport(exportSettings(next), current);
    expect(result.ok && result.settings.customers[0]!.name).toBe('Contoso Ltd');
  });
});
