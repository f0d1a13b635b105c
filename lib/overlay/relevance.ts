import { THEME_HOLDERS, RELEVANT_SELECTOR, WATCHED_CONTAINERS } from '../portals/selectors';

export { DETAIL_ROOT_SELECTOR, THEME_ROOT_SELECTOR } from '../portals/selectors';

/** Attributes whose changes can alter a control's state, a label or the header. */
export const WATCHED_ATTRIBUTES = [
  'class',
  'title',
  'aria-label',
  'disabled',
  'aria-disabled',
  'aria-expanded',
  'aria-checked',
  'aria-selected',
  'style',
  'hidden',
  'value',
] as const;

interface RecordLike {
  readonly type: string;
  readonly target: Node;
  readonly addedNodes: ArrayLike<Node>;
  readonly removedNodes: ArrayLike<Node>;
}

const ELEMENT_NODE = 1;

function isRelevantElement(node: Node): boolean {
  if (node.nodeType !== ELEMENT_NODE) return false;
  const element = node as Element;
  // A leaf (most of what a churning page swaps in) needs no second walk of the selector list.
  return (
    element.matches(RELEVANT_SELECTOR) ||
    (element.firstElementChild !== null && element.querySelector(RELEVANT_SELECTOR) !== null)
  );
}

function isInsideWatched(node: Node): boolean {
  const element = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
  return element?.closest(WATCHED_CONTAINERS) != null;
}

/**
 * True when a mutation may change the reported state. `ownHost` is the overlay's host: what we
 * render inside it never counts, but the page restyling or hiding the host itself does, so the
 * host can be restored.
 */
export function isRelevantMutation(record: RecordLike, ownHost: Node | null): boolean {
  if (ownHost && record.target === ownHost) return record.type === 'attributes';
  if (ownHost?.contains(record.target)) return false;
  if (record.type === 'childList') {
    for (const list of [record.addedNodes, record.removedNodes]) {
      for (let index = 0; index < list.length; index += 1) {
        const node = list[index]!;
        if (node === ownHost) return true;
        if (isRelevantElement(node)) return true;
      }
    }
    return false;
  }
  if (record.type === 'attributes' && record.target.nodeType === ELEMENT_NODE) {
    if ((record.target as Element).matches(THEME_HOLDERS)) return true;
  }
  return isInsideWatched(record.target);
}
