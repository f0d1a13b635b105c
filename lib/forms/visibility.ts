/**
 * The visibility rule: a field is filled only when the user can see it. A page (or a frame's
 * customer content) can hide a look-alike field in many ways; each has its own reason, reported
 * with the skipped field.
 */
export type HiddenReason =
  | 'not-rendered' // display: none, content-visibility, detached
  | 'invisible' // visibility: hidden or collapse
  | 'transparent' // opacity: 0 on the field or an ancestor
  | 'zero-size' // an empty rect
  | 'outside-viewport' // off-screen, where no scrolling brings it
  | 'covered'; // the hit test at the field and its label reaches something else (clipped, overlaid)

interface Rect {
  readonly top: number;
  readonly left: number;
  readonly width: number;
  readonly height: number;
}

/** What was measured of a field, with the page scrolled to it when it could be. */
export interface VisibilityProbe {
  readonly rendered: boolean;
  readonly visible: boolean;
  readonly opaque: boolean;
  readonly rect: Rect;
  readonly viewport: { readonly width: number; readonly height: number };
  /** The topmost element at the field's centre, or at its label's, is the field or its label. */
  readonly reachable: boolean;
}

/** The decision, from the measurements alone: the first reason the field is hidden, or null. */
export function hiddenReason(probe: VisibilityProbe): HiddenReason | null {
  if (!probe.rendered) return 'not-rendered';
  if (!probe.visible) return 'invisible';
  if (!probe.opaque) return 'transparent';
  const { rect, viewport } = probe;
  if (!(rect.width > 0 && rect.height > 0)) return 'zero-size';
  const inside =
    rect.left < viewport.width &&
    rect.top < viewport.height &&
    rect.left + rect.width > 0 &&
    rect.top + rect.height > 0;
  if (!inside) return 'outside-viewport';
  if (!probe.reachable) return 'covered';
  return null;
}

function labelsOf(element: HTMLElement): Element[] {
  const labels: Element[] = [...((element as HTMLInputElement).labels ?? [])];
  const ids = element.getAttribute('aria-labelledby')?.split(/\s+/).filter(Boolean) ?? [];
  for (const id of ids) {
    const label = element.ownerDocument.getElementById(id);
    if (label) labels.push(label);
  }
  return labels;
}

function centre(rect: DOMRect, viewport: { width: number; height: number }): [number, number] | null {
  const left = Math.max(rect.left, 0);
  const right = Math.min(rect.right, viewport.width);
  const top = Math.max(rect.top, 0);
  const bottom = Math.min(rect.bottom, viewport.height);
  if (right <= left || bottom <= top) return null;
  return [(left + right) / 2, (top + bottom) / 2];
}

/** The scroll positions of the element's scrolling ancestors and the window, to put back after measuring. */
function scrollPositions(element: Element): () => void {
  const view = element.ownerDocument.defaultView!;
  const saved: [Element, number, number][] = [];
  for (let node = element.parentElement; node; node = node.parentElement) {
    if (node.scrollHeight > node.clientHeight || node.scrollWidth > node.clientWidth)
      saved.push([node, node.scrollTop, node.scrollLeft]);
  }
  const [x, y] = [view.scrollX, view.scrollY];
  return () => {
    for (const [node, top, left] of saved) {
      node.scrollTop = top;
      node.scrollLeft = left;
    }
    view.scrollTo(x, y);
  };
}

/**
 * Measures a field the way the user sees it. A field below the fold is scrolled into view for
 * the measurement and the scroll is put back in the same task, so nothing moves on screen.
 * `ignore` names elements the hit test looks through (the extension's own overlay).
 */
export function probeVisibility(element: HTMLElement, ignore: (element: Element) => boolean): VisibilityProbe {
  const document = element.ownerDocument;
  const view = document.defaultView!;
  const viewport = { width: view.innerWidth, height: view.innerHeight };
  const check = (options?: CheckVisibilityOptions) =>
    typeof element.checkVisibility === 'function' ? element.checkVisibility(options) : true;
  const rendered = element.isConnected && check();
  const visible = rendered && check({ visibilityProperty: true });
  const opaque = visible && check({ opacityProperty: true });
  let rect = element.getBoundingClientRect();
  const outside = rect.bottom <= 0 || rect.right <= 0 || rect.top >= viewport.height || rect.left >= viewport.width;
  const restore = outside && rect.width > 0 && rect.height > 0 ? scrollPositions(element) : null;
  try {
    if (restore) {
      element.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
      rect = element.getBoundingClientRect();
    }
    const targets = [element, ...labelsOf(element)];
    const reaches = (hit: Element) => targets.some((target) => target === hit || target.contains(hit));
    const reachable = targets.some((target) => {
      const point = centre(target.getBoundingClientRect(), viewport);
      if (!point) return false;
      const hit = document.elementsFromPoint(point[0], point[1]).find((candidate) => !ignore(candidate));
      return hit !== undefined && reaches(hit);
    });
    return {
      rendered,
      visible,
      opaque,
      rect: { top: rect.top, left: rect.left, width: rect.width, height: rect.height },
      viewport,
      reachable,
    };
  } finally {
    restore?.();
  }
}
