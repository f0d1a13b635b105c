import { portalFor } from '../portals';
import type { TabState } from '../tabs/types';
import type { TabVerdict } from '../tabs/verdict';

/** Hashes a value to a short, stable token (the caller supplies SHA-256, e.g. crypto.subtle). */
export type Hasher = (value: string) => Promise<string>;

/**
 * A tenant ID is a public GUID: hashed alone, anyone could hash a list of known tenant IDs and
 * match a report to a tenant. Hashed with a random salt kept only in this browser profile
 * (generated once, never exported or sent), the token still tells two reports of one install
 * apart, but can't be matched to a tenant without that salt.
 */
export function saltedTenantInput(salt: string, tenantId: string): string {
  return `pcg-diagnostics:${salt}:${tenantId.toLowerCase()}`;
}

/** A fresh install salt: 128 random bits as hex. `random` fills the bytes (crypto.getRandomValues). */
export function newInstallSalt(random: (bytes: Uint8Array) => Uint8Array): string {
  return [...random(new Uint8Array(16))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** A usable salt is at least 128 bits of hex; anything else (missing, damaged) is replaced. */
export function isInstallSalt(value: unknown): value is string {
  return typeof value === 'string' && /^[0-9a-f]{32,}$/.test(value);
}

export interface DiagnosticsInput {
  readonly extensionVersion: string;
  readonly browser: string;
  readonly state: TabState | null;
  readonly verdict: TabVerdict | null;
  readonly fieldsFound: readonly string[];
  readonly settingsProblems: number;
  readonly customers: number;
  /** This install's random salt for the tenant hash (see saltedTenantInput). */
  readonly installSalt: string;
}

/**
 * Route words of the portals, kept as they are. Every other segment of a URL (tenant, resource,
 * mailbox, user, search text) is replaced by a placeholder saying only what kind of value it was.
 */
const ROUTE_TOKENS = new Set(
  [
    // Azure, Entra, Intune (hash routes and blade parameters)
    'view',
    'blade',
    'resource',
    'home',
    'overview',
    '~',
    'newsupportrequest',
    'supportRequests',
    'subscriptions',
    'subscriptionId',
    'resourceGroups',
    'providers',
    'issueType',
    'assetId',
    'sites',
    'virtualMachines',
    'storageAccounts',
    // Microsoft 365, Exchange and Teams admin
    'AdminPortal',
    'Home',
    'homepage',
    'support',
    'supporttickets',
    'requests',
    'users',
    'mailboxes',
    'MailboxDetails',
    ':',
    // Partner Center
    'Partner',
    'BeginClientSession.aspx',
    'dashboard',
    'v2',
    'customers',
    'list',
    'servicerequests',
  ].map((token) => token.toLowerCase()),
);
/** Portal extension, blade and resource-provider names are Microsoft's, never the customer's. */
const ROUTE_PATTERNS = [
  /^Microsoft_[A-Za-z_]+$/,
  /^[A-Za-z][A-Za-z0-9]*(Blade|ReactView)(V\d+)?$/,
  /^Microsoft\.[A-Za-z]+$/,
];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Undoes URL encoding, nested too (`assetId/%2Fsubscriptions%2F…`), so nothing hides from the scrub. */
function decoded(text: string): string {
  let current = text;
  for (let round = 0; round < 3; round += 1) {
    try {
      const next = decodeURIComponent(current);
      if (next === current) break;
      current = next;
    } catch {
      break;
    }
  }
  return current;
}

function redactSegment(segment: string): string {
  if (segment === '') return segment;
  if (ROUTE_TOKENS.has(segment.toLowerCase()) || ROUTE_PATTERNS.some((pattern) => pattern.test(segment))) {
    return segment;
  }
  if (GUID.test(segment)) return '<guid>';
  if (segment.includes('@')) return '<email>';
  if (segment.includes('.')) return '<domain>';
  return '<value>';
}

function redactRoute(route: string): string {
  return decoded(route).split('/').map(redactSegment).join('/');
}

/**
 * A URL reduced to host and route words. Only known route words survive; every other segment
 * becomes `<guid>`, `<email>`, `<domain>` or `<value>`, and queries are dropped.
 */
export function redactUrl(url: string | undefined): string {
  if (!url) return '';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return '<invalid url>';
  }
  const host = portalFor(parsed) ? parsed.host : '<host>';
  const hash = decoded(parsed.hash.replace(/^#/, '')).split('?')[0]!;
  const tenantAt = /^@[^/]*/.exec(hash);
  const route = tenantAt ? `@<tenant>${redactRoute(hash.slice(tenantAt[0].length))}` : redactRoute(hash);
  return `${host}${redactRoute(parsed.pathname)}${parsed.hash ? `#${route}` : ''}`;
}

/**
 * A report for telling us a portal page changed: which portal, page and fields were recognised
 * and which signals were seen. It holds no names, email addresses, phone numbers, tenant names or
 * domains; tenant IDs appear only hashed with the install's salt.
 */
export async function buildDiagnostics(input: DiagnosticsInput, hash: Hasher): Promise<string> {
  if (!isInstallSalt(input.installSalt)) throw new Error('diagnostics: no install salt');
  const context = input.verdict?.context;
  const frames = Object.values(input.state?.frames ?? {});
  const report = {
    extension: input.extensionVersion,
    browser: input.browser,
    url: redactUrl(input.state?.url),
    page: input.verdict?.page ?? null,
    context: context
      ? {
          kind: context.kind,
          confidence: context.confidence,
          delegated: Boolean(context.delegated),
          tenantIdHash: context.tenant?.id ? await hash(saltedTenantInput(input.installSalt, context.tenant.id)) : null,
          evidence: context.evidence.map((item) => `${item.source}:${item.verdict}`),
        }
      : null,
    intentSource: input.state?.intent?.source ?? null,
    frames: frames.map((frame) => ({
      frame: frame.frameId,
      url: redactUrl(frame.url),
      page: frame.page,
      signals: frame.signals.map((signal) => signal.source),
      form: frame.form?.kind ?? null,
      fields: Object.entries(frame.form?.fields ?? {}).map(([id, field]) => ({
        id,
        control: field?.control,
        filled: Boolean(field?.value),
        disabled: field?.disabled,
      })),
      overlayVisible: frame.overlayVisible,
    })),
    fieldsFound: input.fieldsFound,
    findings: input.verdict?.findings.map((finding) => finding.id) ?? [],
    checklist: input.verdict?.checklist.items.map((item) => `${item.id}:${item.status}`) ?? [],
    lastFill: input.state?.lastFill?.results.map((result) => `${result.field}:${result.outcome}`) ?? [],
    settingsProblems: input.settingsProblems,
    customersInDirectory: input.customers,
  };
  return JSON.stringify(report, null, 2);
}
