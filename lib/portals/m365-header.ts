import type { Signal } from '../model/tenant';
import { parseDirectoryLabel } from './azure-header';
import { displayText } from '../text/clean';
import { M365_ORG_NAME_READERS, type OrgNameReader } from './selectors';

function rawText(element: Element, from: OrgNameReader['from']): string {
  if (from === 'text') return element.textContent ?? '';
  return element.getAttribute(from) ?? '';
}

/** The reader's text with its label taken off: "Current organization: Contoso" → "Contoso". */
export function orgNameFrom(raw: string, reader: Pick<OrgNameReader, 'strip'>): string {
  let text = displayText(raw);
  for (const pattern of reader.strip ?? []) text = text.replace(pattern, '').trim();
  return text;
}

/**
 * The Microsoft 365 admin center header's org-name control, which opens the tenant switcher
 * (A: Microsoft's multi-tenant management docs; its DOM is unknown, C). The first reader of
 * `readers` that finds an element with text wins. It is a *shell* signal: the caller passes it
 * only from the top frame of the admin center, and the background drops it from anywhere else.
 */
export function readM365Header(
  root: ParentNode,
  now: number,
  readers: readonly OrgNameReader[] = M365_ORG_NAME_READERS,
): Signal[] {
  for (const reader of readers) {
    let element: Element | null;
    try {
      element = root.querySelector(reader.selector);
    } catch {
      continue; // a malformed tuned selector skips that reader, nothing else
    }
    if (!element) continue;
    const name = orgNameFrom(rawText(element, reader.from), reader);
    const tenant = parseDirectoryLabel(name);
    if (tenant) return [{ source: 'dom-m365-org-name', tenant, observedAt: now, detail: name }];
  }
  return [];
}
