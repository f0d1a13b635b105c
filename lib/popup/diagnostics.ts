import type { TabState } from '../tabs/types';
import type { TabVerdict } from '../tabs/verdict';

/** Hashes a value to a short, stable token (the caller supplies SHA-256, e.g. crypto.subtle). */
export type Hasher = (value: string) => Promise<string>;

export interface DiagnosticsInput {
  readonly extensionVersion: string;
  readonly browser: string;
  readonly state: TabState | null;
  readonly verdict: TabVerdict | null;
  readonly fieldsFound: readonly string[];
  readonly settingsProblems: number;
  readonly customers: number;
}

const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** A URL reduced to host and route: no query, no tenant segments, no IDs. */
export function redactUrl(url: string | undefined): string {
  if (!url) return '';
  try {
    const parsed = new URL(url);
    const route = parsed.hash
      .replace(/^#@[^/]*/, '#@<tenant>')
      .split('?')[0]!
      .replace(GUID, '<id>')
      .replace(/\/(subscriptions|resourceGroups|providers)\/[^/]+/gi, '/$1/<id>');
    const path = parsed.pathname
      .split('/')
      .map((segment) => (segment.includes('.') || GUID.test(segment) ? '<tenant>' : segment))
      .join('/');
    GUID.lastIndex = 0;
    return `${parsed.host}${path}${route}`;
  } catch {
    return '<invalid url>';
  }
}

/**
 * A report for telling us a portal page changed: which portal, page and fields were recognised
 * and which signals were seen. It holds no names, email addresses, phone numbers, tenant names or
 * domains; tenant IDs appear only hashed.
 */
export async function buildDiagnostics(input: DiagnosticsInput, hash: Hasher): Promise<string> {
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
          tenantIdHash: context.tenant?.id ? await hash(context.tenant.id) : null,
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
