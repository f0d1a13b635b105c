import type { Signal, TenantRef } from '../model/tenant';
import { displayText } from '../text/clean';
import { AZURE_HEADER_SELECTORS, AZURE_THEME_SELECTORS } from './selectors';
import { tenantFromToken } from './url-tenant';

function firstText(root: ParentNode, selectors: readonly string[]): string {
  for (const selector of selectors) {
    const text = displayText(root.querySelector(selector)?.textContent);
    if (text) return text;
  }
  return '';
}

/** "Contoso (contoso.onmicrosoft.com)" → name Contoso, domain contoso.onmicrosoft.com. */
export function parseDirectoryLabel(label: string): TenantRef | null {
  if (!label) return null;
  const match = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(label);
  const inParens = match ? tenantFromToken(match[2]) : null;
  const name = (inParens ? match![1]! : label).trim();
  const ref: { id?: string; domain?: string; name?: string } = { ...(inParens ?? {}) };
  if (name) ref.name = name;
  return ref.name || ref.id || ref.domain ? ref : null;
}

/**
 * A title line naming the directory: an optional localised label and a colon (ASCII or
 * full-width), the name, and the tenant GUID in parentheses at the very end, e.g.
 * "Directory: Contoso (<GUID>)", "Verzeichnis： Contoso (<GUID>)" or "contoso.onmicrosoft.com (<GUID>)".
 */
const DIRECTORY_LINE =
  /^(?:([^:：()]{1,40}?)\s*[:：]\s*)?(.*?)\s*\(([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\)$/i;

function parseDirectoryLine(line: string | undefined): TenantRef | null {
  const match = line ? DIRECTORY_LINE.exec(line) : null;
  const tenant = match ? tenantFromToken(match[3]) : null;
  if (!tenant?.id) return null;
  const label = match![2]!.trim();
  const asDomain = tenantFromToken(label);
  if (asDomain?.domain) return { ...tenant, domain: asDomain.domain };
  return label && !asDomain ? { ...tenant, name: label } : tenant;
}

/**
 * The account control's multi-line title (portal-facts, revisions of 2026-12-01: B−). A public
 * extension reads the title of `.fxs-avatarmenu-header`, takes the **second-to-last** line and
 * parses it as `<label>: <name> (<GUID>)`, the label localised and the colon possibly full-width.
 * So: with three lines or more, the second-to-last line names the directory; failing that (and in
 * a title of one or two lines), the last line, as older titles ended in the directory. A GUID on
 * any other line (the user's object ID, the home tenant) says nothing about where the portal acts.
 */
export function parseAccountTitle(title: string | null | undefined): TenantRef | null {
  if (!title) return null;
  const lines = title
    .split(/\r?\n/)
    .map((part) => displayText(part))
    .filter((line) => line.length > 0);
  const secondToLast = lines.length >= 3 ? parseDirectoryLine(lines.at(-2)) : null;
  return secondToLast ?? parseDirectoryLine(lines.at(-1));
}

/** Signals from the Azure portal's top bar. Reads text only; returns [] where the header is absent. */
export function readAzureHeader(root: ParentNode, now: number): Signal[] {
  const signals: Signal[] = [];
  const tenantLabel = firstText(root, AZURE_HEADER_SELECTORS.tenantName);
  const tenant = parseDirectoryLabel(tenantLabel);
  if (tenant) signals.push({ source: 'dom-tenant-name', tenant, observedAt: now, detail: tenantLabel });
  for (const selector of AZURE_HEADER_SELECTORS.accountButton) {
    const fromTitle = parseAccountTitle(root.querySelector(selector)?.getAttribute('title'));
    if (fromTitle) {
      signals.push({ source: 'dom-account-title', tenant: fromTitle, observedAt: now });
      break;
    }
  }
  const directory = parseDirectoryLabel(firstText(root, AZURE_HEADER_SELECTORS.directoryName));
  if (directory) signals.push({ source: 'dom-directory-name', tenant: directory, observedAt: now });
  const username = firstText(root, AZURE_HEADER_SELECTORS.username);
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(username)) {
    signals.push({ source: 'dom-username', tenant: {}, observedAt: now, userPrincipalName: username.toLowerCase() });
  }
  return signals;
}

export function readAzureTheme(root: ParentNode): 'dark' | 'light' | null {
  if (root.querySelector(AZURE_THEME_SELECTORS.dark)) return 'dark';
  if (root.querySelector(AZURE_THEME_SELECTORS.light)) return 'light';
  return null;
}
