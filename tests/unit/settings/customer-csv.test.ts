import { describe, expect, it } from 'vitest';
import { applyCustomerImport, previewCustomerImport } from '../../../lib/settings/customer-csv';
import { settingsSchema } from '../../../lib/settings/schema';
import { MAX_IMPORT_BYTES } from '../../../lib/settings/import-limits';

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

describe('customer CSV re-import', () => {
  const withOwnDomains = settingsSchema.parse({
    customers: [
      {
        name: 'Contoso Ltd',
        tenantId: 'c0000000-0000-4000-8000-00000000c0de',
        domains: ['contoso.com', 'contoso.onmicrosoft.com', 'contoso.nl'],
      },
    ],
  }).customers;

  it('keeps the domains the user added and adds the file domain after them', () => {
    const csv =
      'Microsoft ID,Company name,Primary domain name\nc0000000-0000-4000-8000-00000000c0de,Contoso Ltd,contoso-eu.onmicrosoft.com\n';
    const preview = previewCustomerImport(csv, withOwnDomains);
    expect(preview.toUpdate).toHaveLength(1);
    expect(preview.toUpdate[0]!.after.domains).toEqual([
      'contoso.com',
      'contoso.onmicrosoft.com',
      'contoso.nl',
      'contoso-eu.onmicrosoft.com',
    ]);
    expect(preview.toUpdate[0]!.domainsAdded).toEqual(['contoso-eu.onmicrosoft.com']);
    expect(preview.toUpdate[0]!.name).toBeUndefined();
    expect(applyCustomerImport(withOwnDomains, preview)[0]!.domains).toHaveLength(4);
  });

  it('leaves a customer unchanged when the file only repeats one of its domains', () => {
    const csv =
      'Microsoft ID,Company name,Primary domain name\nc0000000-0000-4000-8000-00000000c0de,Contoso Ltd,CONTOSO.onmicrosoft.com\n';
    const preview = previewCustomerImport(csv, withOwnDomains);
    expect(preview.unchanged).toHaveLength(1);
    expect(preview.toUpdate).toEqual([]);
  });

  it('describes a rename field by field', () => {
    const csv = 'Microsoft ID,Company name\nc0000000-0000-4000-8000-00000000c0de,Contoso Group\n';
    const [update] = previewCustomerImport(csv, withOwnDomains).toUpdate;
    expect(update).toMatchObject({ name: { before: 'Contoso Ltd', after: 'Contoso Group' }, domainsAdded: [] });
    expect(update!.after.domains).toEqual(withOwnDomains[0]!.domains);
  });
});

describe('customer CSV line numbers and parse errors', () => {
  it('numbers rejected rows by their line in the file, across blank lines and multi-line quoted names', () => {
    const csv = [
      'Microsoft ID,Company name,Primary domain name', // 1
      '', // 2
      'ada00000-0000-4000-8000-000000000004,"Adatum', // 3
      'Corporation",adatum.onmicrosoft.com', // 4
      '   ', // 5
      'not-a-guid,Broken Ltd,broken.onmicrosoft.com', // 6
      '', // 7
      'also-bad,"Two', // 8
      'line name",x.example', // 9
      '',
    ].join('\r\n');
    const preview = previewCustomerImport(csv, []);
    expect(preview.toAdd.map((customer) => customer.tenantId)).toEqual(['ada00000-0000-4000-8000-000000000004']);
    expect(preview.rejected.map((row) => row.line)).toEqual([6, 8]);
  });

  it('reports parse errors that belong to no row instead of dropping them', () => {
    const preview = previewCustomerImport('Company name\nContoso\n', []);
    expect(preview.errors.map((error) => error.key)).toEqual(
      expect.arrayContaining(['options_import_file_error', 'options_import_missing_columns']),
    );
    expect(preview.errors.find((error) => error.key === 'options_import_file_error')!.args![0]).toMatch(/delimit/i);
  });

  it('rejects an unterminated quote with the line it starts on', () => {
    const csv =
      'Microsoft ID,Company name\nada00000-0000-4000-8000-000000000004,Adatum\n\nbbbbbbbb-0000-4000-8000-000000000002,"Open quote\nnext line\n';
    const preview = previewCustomerImport(csv, []);
    expect(preview.rejected).toHaveLength(1);
    expect(preview.rejected[0]!.line).toBe(4);
    expect(preview.rejected[0]!.reasons[0]!.key).toBe('options_import_row_malformed');
  });
});

describe('customer CSV import keeps less', () => {
  it('stores names without bidi controls or other control characters', () => {
    const csv = [
      'Microsoft ID,Company name,Primary domain name',
      'a0000000-0000-4000-8000-0000000000aa,"North\u061cwind \u202eTraders\u202c\u0007",northwind.com',
    ].join('\n');
    const preview = previewCustomerImport(csv, []);
    expect(preview.toAdd.map((customer) => customer.name)).toEqual(['Northwind Traders']);
  });

  it('refuses a file over 5 MB with a clear message and reads nothing from it', () => {
    const header = 'Microsoft ID,Company name,Primary domain name\n';
    const row = 'a0000000-0000-4000-8000-0000000000aa,Northwind Traders,northwind.com\n';
    const csv = header + row.repeat(Math.ceil(MAX_IMPORT_BYTES / row.length) + 1);
    const preview = previewCustomerImport(csv, []);
    expect(preview.toAdd).toEqual([]);
    expect(preview.errors).toEqual([{ key: 'options_import_too_large', args: ['5.1', '5'] }]);
  });

  it('counts the size in bytes: 2 million three-byte characters are over the limit', () => {
    const csv = `Microsoft ID,Company name\na0000000-0000-4000-8000-0000000000aa,${'€'.repeat(2_000_000)}`;
    expect(previewCustomerImport(csv, []).errors[0]?.key).toBe('options_import_too_large');
  });
});
