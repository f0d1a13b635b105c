import { describe, expect, it } from 'vitest';
import { exportCustomersCsv, previewCustomerImport } from '../../../lib/settings/customer-csv';
import { exportSettings, parseSettingsImport } from '../../../lib/settings/import-export';
import { resolveSettings } from '../../../lib/settings/resolve';
import { defaultSettings, settingsSchema } from '../../../lib/settings/schema';

const CONTOSO = '11111111-2222-4333-8444-555555555555';
const FABRIKAM = '66666666-7777-4888-9999-000000000000';

describe('display settings', () => {
  it('default to tint on, title on, banner in the corner and the palette colours', () => {
    expect(defaultSettings().display).toEqual({ tint: 'on', tabTitle: 'on', colors: {}, banner: 'corner' });
  });

  it('accept #rrggbb colours in any case and store them lower-case', () => {
    const parsed = settingsSchema.parse({
      display: { colors: { own: '#00AA00' } },
      customers: [{ name: 'Contoso', tenantId: CONTOSO, color: '#ABCDEF' }],
    });
    expect(parsed.display.colors.own).toBe('#00aa00');
    expect(parsed.customers[0]!.color).toBe('#abcdef');
  });

  it('report a bad stored colour and use the default, keeping everything else', () => {
    const effective = resolveSettings({
      local: {
        partner: { name: 'Fabrikam' },
        display: { tint: 'off', colors: { own: 'green', customer: '#123456' } },
        customers: [{ name: 'Contoso', tenantId: CONTOSO, color: '#12345' }],
      },
    });
    expect(effective.localSource).toBe('stored');
    expect(effective.settings.partner.name).toBe('Fabrikam');
    expect(effective.settings.display.tint).toBe('off');
    expect(effective.settings.display.colors).toEqual({ customer: '#123456' });
    expect(effective.settings.customers[0]!.color).toBeUndefined();
    expect(effective.problems.map((problem) => [problem.path, problem.message.key]).sort()).toEqual([
      ['customers.0.color', 'settings_error_color'],
      ['display.colors.own', 'settings_error_color'],
    ]);
  });

  it('still falls back to the last valid settings when something other than a colour is broken', () => {
    const effective = resolveSettings({
      local: { display: { colors: { own: 'green' } }, prefill: { mode: 'sometimes' } },
      lastGood: { partner: { name: 'Last good' } },
    });
    expect(effective.localSource).toBe('last-good');
  });

  it('apply display keys from managed policy, lock them, and report a bad policy colour', () => {
    const effective = resolveSettings({
      local: { display: { colors: { unlisted: '#aa0000' } } },
      managed: {
        display: { tint: 'off', tabTitle: 'off', banner: 'top', colors: { own: 'lime', customer: '#0000AA' } },
        customers: [
          { name: 'Contoso', tenantId: CONTOSO, color: '#AA00AA' },
          { name: 'Fabrikam', tenantId: FABRIKAM, color: 'purple' },
        ],
      },
    });
    expect(effective.settings.display).toEqual({
      tint: 'off',
      tabTitle: 'off',
      banner: 'top',
      colors: { unlisted: '#aa0000', customer: '#0000aa' },
    });
    expect(effective.locks).toEqual(
      expect.arrayContaining(['display.tint', 'display.tabTitle', 'display.banner', 'display.colors.customer']),
    );
    expect(effective.locks).not.toContain('display.colors.own');
    // The customer with a bad colour is kept, with the derived colour.
    expect(effective.settings.customers.map((customer) => [customer.name, customer.color])).toEqual([
      ['Contoso', '#aa00aa'],
      ['Fabrikam', undefined],
    ]);
    const reported = effective.problems.map((problem) => problem.path);
    expect(reported).toContain('display.colors.own');
    expect(reported).toContain('customers.1.color');
    expect(effective.problems.every((problem) => problem.origin === 'managed')).toBe(true);
  });

  it('report unknown display keys in policy', () => {
    const effective = resolveSettings({ local: undefined, managed: { display: { stripe: 'on' } } });
    expect(effective.problems.map((problem) => problem.path)).toEqual(['display.stripe']);
  });
});

describe('import and export with colours', () => {
  it('round-trips display settings and customer colours through the JSON export', () => {
    const settings = settingsSchema.parse({
      display: { tabTitle: 'off', colors: { unknown: '#555555' } },
      customers: [{ name: 'Contoso', tenantId: CONTOSO, color: '#abcdef' }],
    });
    const result = parseSettingsImport(exportSettings(settings), defaultSettings());
    expect(result.ok && result.settings).toEqual(settings);
    expect(result.ok && result.diff.changed).toEqual(['display.colors.unknown', 'display.tabTitle']);
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('imports a JSON file with a bad colour, reporting it and using the default', () => {
    const result = parseSettingsImport(
      JSON.stringify({ display: { colors: { own: 'rgb(0,0,0)' } }, prefill: { mode: 'off' } }),
      defaultSettings(),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.settings.prefill.mode).toBe('off');
    expect(result.settings.display.colors.own).toBeUndefined();
    expect(result.warnings).toEqual([{ key: 'settings_error_color', args: ['display.colors.own'] }]);
  });

  it('reads a Color column from CSV, reports a bad one and keeps the row', () => {
    const csv = [
      'Company name,Microsoft ID,Primary domain name,Color',
      `Contoso,${CONTOSO},contoso.onmicrosoft.com,#A1B2C3`,
      `Fabrikam,${FABRIKAM},fabrikam.onmicrosoft.com,blue`,
    ].join('\n');
    const preview = previewCustomerImport(csv, []);
    expect(preview.toAdd.map((customer) => [customer.name, customer.color])).toEqual([
      ['Contoso', '#a1b2c3'],
      ['Fabrikam', undefined],
    ]);
    expect(preview.rejected).toEqual([]);
    expect(preview.warnings).toEqual([{ line: 3, reasons: [{ key: 'settings_error_color', args: ['color'] }] }]);
  });

  it('shows a colour change as an update, and an empty cell keeps the colour', () => {
    const existing = [
      settingsSchema.parse({ customers: [{ name: 'Contoso', tenantId: CONTOSO, color: '#111111' }] }),
    ].flatMap((settings) => settings.customers);
    const changed = previewCustomerImport(`Company name,Microsoft ID,Color\nContoso,${CONTOSO},#222222`, existing);
    expect(changed.toUpdate[0]!.color).toEqual({ before: '#111111', after: '#222222' });
    const kept = previewCustomerImport(`Company name,Microsoft ID,Color\nContoso,${CONTOSO},`, existing);
    expect(kept.unchanged).toHaveLength(1);
  });

  it('exports the directory as CSV that imports back unchanged, formulas defused', () => {
    const customers = settingsSchema.parse({
      customers: [
        { name: 'Contoso', tenantId: CONTOSO, domains: ['contoso.com', 'contoso.onmicrosoft.com'], color: '#abcdef' },
        { name: 'Fabrikam, Inc.', tenantId: FABRIKAM },
      ],
    }).customers;
    const csv = exportCustomersCsv(customers);
    expect(csv.split('\r\n')[0]).toBe('"Company name","Microsoft ID","Primary domain name","Color"');
    const preview = previewCustomerImport(csv, []);
    expect(preview.rejected).toEqual([]);
    expect(preview.toAdd).toEqual(customers);
    expect(exportCustomersCsv([{ ...customers[1]!, name: '=HYPERLINK("x")' }])).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
