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
 * The account button's title (C): "<user>\n<home directory>\n<current directory> (<GUID>)". Only
 * line 3 names the current directory, or the last line where the title is shorter; a GUID on
 * another line (a user's object ID, the home tenant) says nothing about where the portal acts.
 */
export function parseAccountTitle(title: string | null | undefined): TenantRef | null {
  if (!title) return null;
  const lines = title
    .split(/\r?\n/)
    .map((part) => displayText(part))
    .filter((line) => line.length > 0);
  const line = lines[2] ?? lines.at(-1);
  const match = line ? /^(.*?)\s*\(([0-9a-f-]{36})\)$/i.exec(line) : null;
  const tenant = match ? tenantFromToken(match[2]) : null;
  if (!tenant?.id) return null;
  const label = tenantFromToken(match![1]!.trim());
  return { ...tenant, ...(label?.domain ? { domain: label.domain } : {}) };
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
