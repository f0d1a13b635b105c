/** DOM helpers that work in any realm: the content script's, an iframe's, or jsdom's. */

export function windowOf(node: Node): Window & typeof globalThis {
  const view = (node.ownerDocument ?? (node as Document)).defaultView;
  if (!view) throw new Error('Node is not in a document with a window');
  return view as Window & typeof globalThis;
}

export function isElement(node: unknown): node is HTMLElement {
  return typeof node === 'object' && node !== null && (node as Node).nodeType === 1;
}

/**
 * Hidden by attribute, `display: none` on the element or any ancestor, inert, or its own
 * visibility. Visibility is inherited but can be overridden by a child (Fluent's Layer host is
 * `visibility: hidden` while its content is visible), so only the element's own value counts.
 */
export function isHidden(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  const own = view?.getComputedStyle(element);
  if (own && (own.visibility === 'hidden' || own.visibility === 'collapse')) return true;
  for (let current: Element | null = element; current; current = current.parentElement) {
    if (current.hasAttribute('hidden') || current.hasAttribute('inert')) return true;
    if (current.getAttribute('aria-hidden') === 'true') return true;
    if (view?.getComputedStyle(current).display === 'none') return true;
  }
  return false;
}

export function isDisabled(element: Element): boolean {
  if ((element as HTMLInputElement).disabled === true) return true;
  if (element.getAttribute('aria-disabled') === 'true') return true;
  if (element.classList.contains('is-disabled')) return true;
  return element.closest('fieldset[disabled]') !== null;
}

export function isReadOnly(element: Element): boolean {
  return (element as HTMLInputElement).readOnly === true || element.getAttribute('aria-readonly') === 'true';
}

export function textOf(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Label texts compare without case, spacing, a trailing colon or required-marks. */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\((required|verplicht)\)/gi, '')
    .replace(/[*:]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('en');
}

/**
 * Waits until `find` returns something, watching the document with a MutationObserver: no
 * polling. Resolves null after `timeoutMs`.
 */
export function waitFor<T>(doc: Document, find: () => T | null, timeoutMs: number): Promise<T | null> {
  const found = find();
  if (found) return Promise.resolve(found);
  const view = doc.defaultView!;
  return new Promise((resolve) => {
    const observer = new view.MutationObserver(() => {
      const result = find();
      if (result) {
        observer.disconnect();
        view.clearTimeout(timer);
        resolve(result);
      }
    });
    const timer = view.setTimeout(() => {
      observer.disconnect();
      resolve(find());
    }, timeoutMs);
    observer.observe(doc, { childList: true, subtree: true, attributes: true });
  });
}
