import { describe, expect, it } from 'vitest';
import { applyCustomerImport, previewCustomerImport } from '../../../lib/settings/customer-csv';
import { settingsSchema } from '../../../lib/settings/schema';

const existing = settingsSchema.parse({
  customers: [
    {
      name: 'Contoso Ltd',
      tenantId: 'c0000000-0000-4000-8000-00000000c0de',
      domains: ['contoso.onmicrosoft.com'],
      gdap: { status: 'active', expiresOn: '2027-01-31', roles: ['Directory readers'] },
    },
  ],
}).customers;

const PARTNER_CENTER_EXPORT = [
  '\uFEFFMicrosoft ID,Company name,Primary domain name,Relationship',
  'c0000000-0000-4000-8000-00000000c0de,Contoso Limited,contoso.onmicrosoft.com,Reseller',
  'ada00000-0000-4000-8000-000000000004,Adatum Corporation,adatum.onmicrosoft.com,Reseller',
  'not-a-guid,Broken Ltd,broken.onmicrosoft.com,Reseller',
  'bbbbbbbb-0000-4000-8000-000000000002,,noname.onmicrosoft.com,Reseller',
  'ada00000-0000-4000-8000-000000000004,Adatum again,adatum.onmicrosoft.com,Reseller',
  '',
].join('\r\n');

describe('customer CSV import preview', () => {
  it("sorts Partner Center's export into add, update and reject, with reasons", () => {
    const preview = previewCustomerImport(PARTNER_CENTER_EXPORT, existing);
    expect(preview.errors).toEqual([]);
    expect(preview.toAdd.map((customer) => customer.name)).toEqual(['Adatum Corporation']);
    expect(preview.toUpdate).toHaveLength(1);
    expect(preview.toUpdate[0]!.after.name).toBe('Contoso Limited');
    // Fields the CSV does not carry are kept.
    expect(preview.toUpdate[0]!.after.gdap).toEqual(existing[0]!.gdap);
    expect(preview.rejected.map((row) => row.line)).toEqual([4, 5, 6]);
    expect(preview.rejected[0]!.reasons.map((reason) => reason.key)).toContain('settings_error_guid');
    expect(preview.rejected[1]!.reasons.map((reason) => reason.key)).toContain('settings_error_required');
    expect(preview.rejected[2]!.reasons).toContainEqual({ key: 'options_import_duplicate_row', args: ['3'] });
  });

  it('reads a plain name,tenantId,domains file separated by semicolons (Dutch Excel)', () => {
    const csv =
      'name;tenantId;domains\n"Fabrikam; Europe";dddddddd-0000-4000-8000-000000000004;fab.example fab2.example\n';
    const preview = previewCustomerImport(csv, []);
    expect(preview.toAdd).toEqual([
      expect.objectContaining({ name: 'Fabrikam; Europe', domains: ['fab.example', 'fab2.example'] }),
    ]);
  });

  it('reports a file without recognisable columns and changes nothing', () => {
    const preview = previewCustomerImport('foo,bar\n1,2\n', existing);
    expect(preview.errors[0]!.key).toBe('options_import_missing_columns');
    expect(preview.toAdd).toEqual([]);
    expect(applyCustomerImport(existing, preview)).toEqual(existing);
  });

  it('marks an unchanged row as unchanged and never drops a row silently', () => {
    const csv =
      'Microsoft ID,Company name,Primary domain name\nc0000000-0000-4000-8000-00000000c0de,Contoso Ltd,contoso.onmicrosoft.com\n';
    const preview = previewCustomerImport(csv, existing);
    expect(preview.unchanged).toHaveLength(1);
    const rows = 1;
    expect(preview.toAdd.length + preview.toUpdate.length + preview.unchanged.length + preview.rejected.length).toBe(
      rows,
    );
  });

  it('handles 5,000 rows and accounts for every one', () => {
    const lines = ['Microsoft ID,Company name,Primary domain name'];
    for (let index = 0; index < 5000; index += 1) {
      const id = `${index.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`;
      lines.push(
        index % 500 === 0
          ? `bad-${index},Broken ${index},b${index}.example`
          : `${id},Customer ${index},c${index}.example`,
      );
    }
    const preview = previewCustomerImport(lines.join('\n'), []);
    expect(preview.toAdd).toHaveLength(4990);
    expect(preview.rejected).toHaveLength(10);
    expect(applyCustomerImport([], preview)).toHaveLength(4990);
  });
});
