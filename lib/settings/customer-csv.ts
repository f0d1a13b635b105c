import Papa from 'papaparse';
import type { MessageRef } from '../i18n/types';
import { customerSchema, type Customer } from './schema';

/**
 * Header names of Partner Center's customer export and of a plain CSV. Partner Center's column
 * names are known from walkthroughs, not documentation (C), so several spellings are accepted.
 */
const HEADER_ALIASES: Record<'name' | 'tenantId' | 'domains' | 'relationship', readonly string[]> = {
  name: ['company name', 'customer name', 'name', 'bedrijfsnaam', 'naam'],
  tenantId: ['microsoft id', 'customer id', 'tenant id', 'tenantid', 'microsoft-id', 'tenant-id'],
  domains: ['primary domain name', 'domain', 'domains', 'primary domain', 'primaire domeinnaam', 'domein'],
  relationship: ['relationship', 'relationships', 'relatie'],
};

export interface RejectedRow {
  /** 1-based line in the file (the header is line 1). */
  readonly line: number;
  readonly raw: Readonly<Record<string, string>>;
  readonly reasons: readonly MessageRef[];
}

export interface CustomerImportPreview {
  readonly toAdd: readonly Customer[];
  readonly toUpdate: readonly { readonly before: Customer; readonly after: Customer }[];
  readonly unchanged: readonly Customer[];
  readonly rejected: readonly RejectedRow[];
  /** Problems with the file as a whole (no recognisable columns, parse errors). */
  readonly errors: readonly MessageRef[];
}

function columnFor(headers: readonly string[], field: keyof typeof HEADER_ALIASES): string | undefined {
  return headers.find((header) => HEADER_ALIASES[field].includes(header.trim().toLowerCase()));
}

function splitDomains(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[;,\s]+/)
    .map((domain) => domain.trim())
    .filter(Boolean);
}

/**
 * Reads a customer CSV and sorts its rows into additions, updates and rejections, without saving
 * anything. Every row lands somewhere: a row that is not clean is rejected with its reasons.
 */
export function previewCustomerImport(csvText: string, existing: readonly Customer[]): CustomerImportPreview {
  const parsed = Papa.parse<Record<string, string>>(csvText.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t'],
    transformHeader: (header) => header.trim(),
  });
  const headers = parsed.meta.fields ?? [];
  const nameColumn = columnFor(headers, 'name');
  const idColumn = columnFor(headers, 'tenantId');
  const domainColumn = columnFor(headers, 'domains');
  const errors: MessageRef[] = [];
  if (!nameColumn || !idColumn) {
    errors.push({ key: 'options_import_missing_columns', args: [headers.join(', ') || '—'] });
    return { toAdd: [], toUpdate: [], unchanged: [], rejected: [], errors };
  }
  const byId = new Map(existing.map((customer) => [customer.tenantId, customer]));
  const seenInFile = new Map<string, number>();
  const toAdd: Customer[] = [];
  const toUpdate: { before: Customer; after: Customer }[] = [];
  const unchanged: Customer[] = [];
  const rejected: RejectedRow[] = [];
  const rowErrors = new Map<number, string>();
  for (const error of parsed.errors) if (error.row !== undefined) rowErrors.set(error.row, error.message);

  parsed.data.forEach((row, index) => {
    const line = index + 2;
    const reasons: MessageRef[] = [];
    const parseError = rowErrors.get(index);
    if (parseError) reasons.push({ key: 'options_import_row_malformed', args: [parseError] });
    const tenantId = (row[idColumn] ?? '').trim().toLowerCase();
    const candidate = {
      ...(byId.get(tenantId) ?? {}),
      name: (row[nameColumn] ?? '').trim(),
      tenantId,
      domains: domainColumn ? splitDomains(row[domainColumn]) : (byId.get(tenantId)?.domains ?? []),
    };
    const result = customerSchema.safeParse(candidate);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = String(issue.path[0] ?? '');
        reasons.push({
          key: issue.message.startsWith('settings_') ? issue.message : 'settings_error_invalid',
          args: [field],
        });
      }
    }
    const firstLine = seenInFile.get(tenantId);
    if (tenantId && firstLine !== undefined)
      reasons.push({ key: 'options_import_duplicate_row', args: [String(firstLine)] });
    if (tenantId && firstLine === undefined) seenInFile.set(tenantId, line);
    if (reasons.length > 0 || !result.success) {
      rejected.push({ line, raw: row, reasons });
      return;
    }
    const before = byId.get(result.data.tenantId);
    if (!before) toAdd.push(result.data);
    else if (JSON.stringify(before) === JSON.stringify(result.data)) unchanged.push(before);
    else toUpdate.push({ before, after: result.data });
  });
  return { toAdd, toUpdate, unchanged, rejected, errors };
}

/** The directory after applying a preview: updates replace in place, additions go at the end. */
export function applyCustomerImport(existing: readonly Customer[], preview: CustomerImportPreview): Customer[] {
  const updates = new Map(preview.toUpdate.map((update) => [update.after.tenantId, update.after]));
  return [...existing.map((customer) => updates.get(customer.tenantId) ?? customer), ...preview.toAdd];
}
