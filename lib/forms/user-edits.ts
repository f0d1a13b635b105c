import type { SupportFormKind } from '../model/form';
import { locateFields } from './locate';
import type { FieldId } from '../model/form';

/**
 * Calls `onEdit` for each located field the user changes by hand. Only trusted events count:
 * the extension's own fills dispatch synthetic events and are not the user's edits.
 */
export function trackUserEdits(root: Document, kind: SupportFormKind, onEdit: (field: FieldId) => void): () => void {
  const handler = (event: Event) => {
    if (!event.isTrusted || !(event.target instanceof root.defaultView!.Node)) return;
    const target = event.target;
    const field = locateFields(root, kind, { includeDisabled: true }).find(
      (located) => located.element === target || located.element.contains(target),
    );
    if (field) onEdit(field.id);
  };
  for (const type of ['input', 'change']) root.addEventListener(type, handler, true);
  return () => {
    for (const type of ['input', 'change']) root.removeEventListener(type, handler, true);
  };
}
