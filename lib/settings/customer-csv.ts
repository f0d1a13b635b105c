import { dequal } from 'dequal';
import { knownKeyOr } from '../i18n/keys';
import Papa from 'papaparse';
import type { MessageRef } from '../i18n/types';
import { cleanName } from '../text/clean';
import { textTooLarge } from './import-limits';
import { parseDroppingBadColors } from './resolve';
import { customerSchema, type Customer } from './schema';

/**
 * Header names of Partner Center's customer export and of a plain CSV. Partner Center's column
 * names are known from walkthroughs, not documentation (C), so several spellings are accepted.
 * Other columns (Relationship, for one) are not read: the directory has no field for them.
 */
const HEADER_ALIASES: Record<'name' | 'tenantId' | 'domains' | 'color', readonly string[]> = {
  name: ['company name', 'customer name', 'name', 'bedrijfsnaam', 'naam'],
  tenantId: ['microsoft id', 'customer id', 'tenant id', 'tenantid', 'microsoft-id', 'tenant-id'],
  domains: ['primary domain name', 'domain', 'domains', 'primary domain', 'primaire domeinnaam', 'domein'],
  // Not in Partner Center's export: our own export adds it, and admins add it by hand (`#rrggbb`).
  color: ['color', 'colour', 'kleur'],
};

/** Our own export's header, which the import reads back. */
const EXPORT_HEADER = ['Company name', 'Microsoft ID', 'Primary domain name', 'Color'] as const;

/** A row that was imported, but with a value left out (a bad colour: the default is used). */
interface RowWarning {
  readonly line: number;
  readonly reasons: readonly MessageRef[];
}

interface RejectedRow {
  /** 1-based line in the file (the header is line 1). */
  readonly line: number;
  readonly raw: Readonly<Record<string, string>>;
  readonly reasons: readonly MessageRef[];
}

/** What an update changes, field by field. */
interface CustomerUpdate {
  readonly before: Customer;
  readonly after: Customer;
  /** Set when the name changes. */
  readonly name?: { readonly before: string; readonly after: string };
  /** Domains the file adds; the directory's own domains are always kept. */
  readonly domainsAdded: readonly string[];
  /** Set when the colour changes. */
  readonly color?: { readonly before?: string; readonly after?: string };
}

export interface CustomerImportPreview {
  readonly toAdd: readonly Customer[];
  readonly toUpdate: readonly CustomerUpdate[];
  readonly unchanged: readonly Customer[];
  readonly rejected: readonly RejectedRow[];
  /** Rows imported without a bad value, such as a colour that is not `#rrggbb`. */
  readonly warnings: readonly RowWarning[];
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

/** The existing domains first, then the file's new ones: an export knows only the primary domain. */
function mergeDomains(existing: readonly string[], fromFile: readonly string[]): string[] {
  const seen = new Set(existing.map((domain) => domain.toLowerCase()));
  const added = fromFile.filter((domain) => {
    const key = domain.trim().toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return [...existing, ...added];
}

interface CsvRow {
  readonly values: Record<string, string>;
  /** 1-based line on which the row starts. */
  readonly line: number;
  readonly errors: readonly string[];
}

/**
 * The data rows with the line each starts on and its own parse errors. Papaparse's error `row`
 * miscounts after blank lines, so rows are read one step at a time: each step's errors are that
 * row's, and its cursor marks where the row ends; the row starts as many line breaks earlier as
 * its quoted values contain.
 */
function readRows(text: string, parseOptions: Papa.ParseConfig): CsvRow[] {
  const rows: CsvRow[] = [];
  let counted = 0;
  let newlines = 0;
  Papa.parse<Record<string, string>>(text, {
    ...parseOptions,
    step: (step) => {
      const values = Object.values(step.data as Record<string, unknown>)
        .flat()
        .map((value) => String(value));
      // An unterminated quote swallows the rest of the file, its last line break included.
      const swallowedToEnd = step.meta.cursor >= text.length && values.some((value) => value.endsWith('\n'));
      let end = step.meta.cursor;
      if (!swallowedToEnd && text[end - 1] === '\n') end -= 1;
      if (!swallowedToEnd && text[end - 1] === '\r') end -= 1;
      for (; counted < end; counted += 1) if (text[counted] === '\n') newlines += 1;
      const inValues = values.reduce((sum, value) => sum + value.split('\n').length - 1, 0);
      rows.push({
        values: step.data,
        line: newlines + 1 - inValues,
        errors: step.errors.map((error) => error.message),
      });
    },
  });
  return rows;
}

/**
 * Reads a customer CSV and sorts its rows into additions, updates and rejections, without saving
 * anything. Every row lands somewhere: a row that is not clean is rejected with its reasons.
 */
export function previewCustomerImport(csvText: string, existing: readonly Customer[]): CustomerImportPreview {
  const tooLarge = textTooLarge(csvText);
  if (tooLarge) return { toAdd: [], toUpdate: [], unchanged: [], rejected: [], warnings: [], errors: [tooLarge] };
  const text = csvText.replace(/^\uFEFF/, '');
  const parseOptions: Papa.ParseConfig = {
    header: true,
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t'],
    transformHeader: (header) => header.trim(),
  };
  // The header row and the separator; the rows themselves are read one by one below.
  const parsed = Papa.parse<Record<string, string>>(text, { ...parseOptions, preview: 1 });
  const headers = parsed.meta.fields ?? [];
  const nameColumn = columnFor(headers, 'name');
  const idColumn = columnFor(headers, 'tenantId');
  const domainColumn = columnFor(headers, 'domains');
  const colorColumn = columnFor(headers, 'color');
  // Errors without a row concern the whole file (e.g. no separator found); row errors come per row below.
  const errors: MessageRef[] = parsed.errors
    .filter((error) => error.row === undefined)
    .map((error) => ({ key: 'options_import_file_error', args: [error.message] }));
  if (!nameColumn || !idColumn) {
    errors.push({ key: 'options_import_missing_columns', args: [headers.join(', ') || '—'] });
    return { toAdd: [], toUpdate: [], unchanged: [], rejected: [], warnings: [], errors };
  }
  const byId = new Map(existing.map((customer) => [customer.tenantId, customer]));
  const seenInFile = new Map<string, number>();
  const toAdd: Customer[] = [];
  const toUpdate: CustomerUpdate[] = [];
  const unchanged: Customer[] = [];
  const rejected: RejectedRow[] = [];
  const warnings: RowWarning[] = [];

  readRows(text, parseOptions).forEach(({ values: row, line, errors: rowErrors }) => {
    const reasons: MessageRef[] = [];
    if (rowErrors.length > 0) reasons.push({ key: 'options_import_row_malformed', args: [rowErrors.join('; ')] });
    const tenantId = (row[idColumn] ?? '').trim().toLowerCase();
    const colorText = colorColumn ? (row[colorColumn] ?? '').trim() : '';
    const candidate = {
      ...(byId.get(tenantId) ?? {}),
      // Names are stored and shown cleaned: no bidi controls or other control characters.
      name: cleanName(row[nameColumn]),
      tenantId,
      domains: mergeDomains(byId.get(tenantId)?.domains ?? [], domainColumn ? splitDomains(row[domainColumn]) : []),
      // An empty cell keeps the directory's colour; a bad one is reported and left out.
      ...(colorText ? { color: colorText } : {}),
    };
    const result = parseDroppingBadColors(customerSchema, candidate);
    if (result.success && result.dropped.length > 0)
      warnings.push({ line, reasons: [{ key: 'settings_error_color', args: ['color'] }] });
    if (!result.success) {
      for (const issue of result.issues) {
        const field = String(issue.path[0] ?? '');
        reasons.push({
          key: issue.message.startsWith('settings_')
            ? knownKeyOr(issue.message, 'settings_error_invalid')
            : 'settings_error_invalid',
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
    else if (dequal(before, result.data)) unchanged.push(before);
    else
      toUpdate.push({
        before,
        after: result.data,
        ...(before.name !== result.data.name ? { name: { before: before.name, after: result.data.name } } : {}),
        domainsAdded: result.data.domains.filter((domain) => !before.domains.includes(domain)),
        ...(before.color !== result.data.color ? { color: { before: before.color, after: result.data.color } } : {}),
      });
  });
  return { toAdd, toUpdate, unchanged, rejected, warnings, errors };
}

/** The directory after applying a preview: updates replace in place, additions go at the end. */
export function applyCustomerImport(existing: readonly Customer[], preview: CustomerImportPreview): Customer[] {
  const updates = new Map(preview.toUpdate.map((update) => [update.after.tenantId, update.after]));
  return [...existing.map((customer) => updates.get(customer.tenantId) ?? customer), ...preview.toAdd];
}

/**
 * The directory as CSV, in the columns the import reads back (name, tenant ID, the domains, the
 * colour). Values that start like a formula are quoted with a leading apostrophe, so a spreadsheet
 * never runs a name as one.
 */
export function exportCustomersCsv(customers: readonly Customer[]): string {
  const safe = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
  const rows = customers.map((customer) => [
    safe(customer.name),
    customer.tenantId,
    customer.domains.join(' '),
    customer.color ?? '',
  ]);
  return `${Papa.unparse({ fields: [...EXPORT_HEADER], data: rows }, { quotes: true, newline: '\r\n' })}\r\n`;
}
