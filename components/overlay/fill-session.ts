import { fillFields, undoFill } from '../../lib/forms/fill';
import { FILLABLE_FIELDS, frameRequestKey, mergeFillResults, onlyFields, planFor } from '../../lib/forms/session';
import type { FieldFillResult } from '../../lib/forms/types';
import { hiddenReason, probeVisibility } from '../../lib/forms/visibility';
import type { FieldId } from '../../lib/model/form';
import type { FixOutcome, FixRequest, FrameVerdict } from '../platform/messaging';
import { sendMessage } from '../platform/messaging';
import { enabledFields, type PageSnapshot } from './report-builder';

/** Fields the visibility rule refused, as fill results that say why. */
function hiddenResults(
  snapshot: PageSnapshot,
  fields: readonly FieldId[],
  ignore: (element: Element) => boolean,
): FieldFillResult[] {
  const located = new Map(enabledFields(snapshot).map((field) => [field.id, field.element]));
  return fields.flatMap((id) => {
    const element = located.get(id);
    if (!element) return [];
    const reason = hiddenReason(probeVisibility(element, ignore));
    return reason ? [{ field: id, outcome: 'skipped-hidden' as const, reason }] : [];
  });
}

export interface FillSessionHooks {
  /** The verdict the frame holds now. */
  readonly verdict: () => FrameVerdict | null;
  /** A new snapshot of the frame. */
  readonly snapshot: () => PageSnapshot;
  /** Reports the snapshot to the background and takes its fresh verdict. */
  readonly recheck: (snapshot: PageSnapshot) => Promise<FrameVerdict>;
  /** The extension set values: they are not the user's edits. */
  readonly acceptValues: (snapshot: PageSnapshot) => void;
  readonly render: () => void;
  /** The extension's own overlay: the visibility rule's hit test looks through it. */
  readonly isOverlay: (element: Element) => boolean;
  /** A fill ended: report the frame again. */
  readonly afterFill: () => void;
}

/** Fills, `auto` mode and undo in one frame's form, and what the user edited there. */
export class FillSession {
  busy = false;
  lastFill: FieldFillResult[] | null = null;
  lastUndo: FieldFillResult[] | null = null;
  private readonly userEdited = new Set<FieldId>();
  /** Per request, the fields `auto` mode has already dealt with: each is filled at most once. */
  private readonly autoFilledFields = new Map<string, Set<FieldId>>();
  /** Requests whose form the user edited by hand: `auto` mode fills nothing more in them. */
  private readonly editedRequests = new Set<string>();

  constructor(private readonly hooks: FillSessionHooks) {}

  requestKey(): string {
    return frameRequestKey(location);
  }

  noteUserEdit(field: FieldId): void {
    this.userEdited.add(field);
    // Choosing the product or the severity is the request itself, not a correction of a fill.
    if (FILLABLE_FIELDS.has(field)) this.editedRequests.add(this.requestKey());
  }

  /**
   * `auto` mode: fill each field once per request, when the form shows in a context that is
   * certain and not blocked, and never again in that form once the user edited any field in it.
   * Fields that render later (a late frame, the next step) are filled when they appear.
   */
  async maybeAutoFill(holdsForm: boolean): Promise<void> {
    const view = this.hooks.verdict();
    // The background's verdict decides whether `auto` may run here (the form frame of a support
    // page, a certain and unblocked context) and which fills; this frame only follows it.
    if (!view || !view.verdict.autoFill || !holdsForm || this.busy) return;
    const key = this.requestKey();
    if (this.editedRequests.has(key)) return;
    const snapshot = this.hooks.snapshot();
    if (!snapshot.formKind) return;
    const done = this.autoFilledFields.get(key) ?? new Set<FieldId>();
    this.autoFilledFields.set(key, done);
    for (const action of view.verdict.fills) {
      const pending = new Set(
        enabledFields(snapshot)
          .map((field) => field.id)
          .filter((id) => !done.has(id)),
      );
      if (pending.size === 0) continue;
      await this.run(action, { automatic: true, only: pending, done });
    }
  }

  async run(
    fix: FixRequest,
    { automatic = false, only, done }: { automatic?: boolean; only?: ReadonlySet<FieldId>; done?: Set<FieldId> } = {},
  ): Promise<FixOutcome> {
    // `off` never fills, whoever asks (the overlay, the popup); undoing an earlier fill stays possible.
    if (fix !== 'undo' && this.hooks.verdict()?.fill.mode === 'off')
      return { ok: false, results: [], reason: 'overlay_fix_off' };
    if (this.busy) return { ok: false, results: [], reason: 'overlay_fix_busy' };
    this.busy = true;
    this.hooks.render();
    try {
      return await this.fill(fix, automatic, only, done);
    } catch (error) {
      console.debug('[Partner Context Guard]', error);
      return { ok: false, results: [], reason: 'overlay_fix_failed' };
    } finally {
      // Values we just set are not the user's edits.
      this.hooks.acceptValues(this.hooks.snapshot());
      this.busy = false;
      this.hooks.afterFill();
    }
  }

  private async fill(
    fix: FixRequest,
    automatic: boolean,
    only?: ReadonlySet<FieldId>,
    done?: Set<FieldId>,
  ): Promise<FixOutcome> {
    const snapshot = this.hooks.snapshot();
    const kind = snapshot.formKind;
    if (!kind) return { ok: false, results: [], reason: 'overlay_fix_no_form' };
    if (fix === 'undo') {
      if (!this.lastFill) return { ok: false, results: [], reason: 'overlay_fix_nothing_to_undo' };
      const results = await undoFill(document, kind, this.lastFill);
      this.lastFill = null;
      this.lastUndo = results;
      void sendMessage('reportFill', results).catch(() => undefined);
      return { ok: true, results };
    }
    // Re-check where we are at the moment we fill, through the background: this frame's fresh
    // report, then the background's word that this document is still the form frame of a support
    // page and that the fix is allowed here. Only its answer carries the values.
    await this.hooks.recheck(snapshot);
    const grant = await sendMessage('beginFill', { fix, automatic });
    if (!grant.ok) return { ok: false, results: [], reason: grant.reason };
    const contextKind = grant.contextKind;
    const fullPlan = planFor(fix, grant.values, kind);
    const wanted = only ? onlyFields(fullPlan, only) : fullPlan;
    // Marked before filling: a fill that fails or is refused is not retried on every re-render.
    for (const id of Object.keys(wanted.values) as FieldId[]) done?.add(id);
    // The visibility rule: a field the user can't see is not filled, and the result says why.
    const hidden = hiddenResults(snapshot, Object.keys(wanted.values) as FieldId[], this.hooks.isOverlay);
    const hiddenIds = new Set(hidden.map((result) => result.field));
    const plan = {
      ...wanted,
      values: Object.fromEntries(Object.entries(wanted.values).filter(([id]) => !hiddenIds.has(id as FieldId))),
    };
    const startUrl = location.href;
    const results = await fillFields(document, kind, plan, {
      // A click on a fix is the user's explicit consent to replace what the fields hold;
      // automatic fills never touch a field that has a value or that the user edited.
      overwrite: automatic ? 'none' : new Set(Object.keys(plan.values) as FieldId[]),
      userEdited: automatic ? this.userEdited : new Set<FieldId>(),
      shouldContinue: () =>
        location.href === startUrl &&
        this.hooks.verdict()?.verdict.context.kind === contextKind &&
        document.contains(document.body),
    });
    const all = [...(Object.keys(plan.values).length > 0 ? results : []), ...hidden];
    this.lastFill = automatic && this.lastFill ? mergeFillResults(this.lastFill, all) : all;
    this.lastUndo = null;
    void sendMessage('reportFill', all).catch(() => undefined);
    return { ok: all.some((result) => result.outcome === 'filled' || result.outcome === 'unchanged'), results: all };
  }
}
