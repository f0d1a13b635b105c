import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { changedFields } from '../../lib/forms/session';
import { fieldOfTarget } from '../../lib/forms/user-edits';
import type { FieldId } from '../../lib/model/form';
import type { PageSnapshot } from './report-builder';

/**
 * The one tracker of the user's own edits in the form. A field counts as edited by the user
 * when a trusted `input`/`change` event reaches it, or when its value changed between two passes
 * while the extension was not filling (dropdowns change without an input event on the field).
 */
export class EditTracker {
  private located: PageSnapshot['located'] = [];
  private lastValues = new Map<FieldId, string>();
  private listening = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly onEdit: (field: FieldId) => void,
  ) {}

  /** Takes the fields of a pass; `filling`: the extension is changing values itself. */
  observe(snapshot: PageSnapshot, filling: boolean): void {
    this.located = snapshot.located;
    if (snapshot.formKind && !this.listening) this.listen();
    if (!snapshot.form) return;
    const values = new Map(
      Object.entries(snapshot.form.fields).map(([id, state]) => [id as FieldId, state.value] as const),
    );
    if (!filling) for (const id of changedFields(this.lastValues, values)) this.onEdit(id);
    for (const [id, value] of values) this.lastValues.set(id, value);
  }

  /** Values the extension just set are not the user's edits. */
  acceptValues(snapshot: PageSnapshot): void {
    if (!snapshot.form) return;
    for (const [id, state] of Object.entries(snapshot.form.fields)) this.lastValues.set(id as FieldId, state.value);
  }

  private listen(): void {
    this.listening = true;
    // Only trusted events: the extension's own fills dispatch synthetic ones.
    const handler = (event: Event) => {
      if (!event.isTrusted || !(event.target instanceof Node)) return;
      const field = fieldOfTarget(this.located, event.target);
      if (field) this.onEdit(field);
    };
    for (const type of ['input', 'change'] as const) {
      this.ctx.addEventListener(document, type, handler, { capture: true, passive: true });
    }
  }
}
