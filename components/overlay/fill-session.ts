import { fillFields, undoFill } from '../../lib/forms/fill';
import { FILLABLE_FIELDS, frameRequestKey, mergeFillResults, onlyFields, planFor } from '../../lib/forms/session';
import type { FieldFillResult } from '../../lib/forms/types';
import type { FieldId } from '../../lib/model/form';
import type { FillAction } from '../../lib/model/form';
import type { FixOutcome, FixRequest, FrameVerdict } from '../platform/messaging';
import { sendMessage } from '../platform/messaging';
import { enabledFields, type PageSnapshot } from './report-builder';

const FILL_ACTIONS_FOR_KIND: Record<string, readonly FillAction[]> = {
  own: ['select-own-plan'],
  customer: ['fill-contact', 'select-csp-plan'],
  unlisted: ['fill-contact', 'select-csp-plan'],
  unknown: [],
};

/** No automatic fill on a blocked request or on an uncertain tenant context. */
function autoFillAllowed(view: FrameVerdict): boolean {
  return (
    view.verdict.context.confidence === 'high' &&
    !view.verdict.findings.some((finding) => finding.severity === 'blocker')
  );
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
    if (!view || view.fill.mode !== 'auto' || !holdsForm || this.busy) return;
    if (!autoFillAllowed(view)) return;
    const key = this.requestKey();
    if (this.editedRequests.has(key)) return;
    const snapshot = this.hooks.snapshot();
    const formKind = snapshot.formKind;
    if (!formKind) return;
    const present = new Set(enabledFields(snapshot).map((field) => field.id));
    const done = this.autoFilledFields.get(key) ?? new Set<FieldId>();
    this.autoFilledFields.set(key, done);
    for (const action of FILL_ACTIONS_FOR_KIND[view.verdict.context.kind] ?? []) {
      const plan = planFor(action, view.fill, formKind);
      const pending = new Set((Object.keys(plan.values) as FieldId[]).filter((id) => present.has(id) && !done.has(id)));
      if (pending.size === 0) continue;
      // Marked before filling: a fill that fails or is refused is not retried on every re-render.
      for (const id of pending) done.add(id);
      await this.run(action, { automatic: true, only: pending });
    }
  }

  async run(
    fix: FixRequest,
    { automatic = false, only }: { automatic?: boolean; only?: ReadonlySet<FieldId> } = {},
  ): Promise<FixOutcome> {
    // `off` never fills, whoever asks (the overlay, the popup); undoing an earlier fill stays possible.
    if (fix !== 'undo' && this.hooks.verdict()?.fill.mode === 'off')
      return { ok: false, results: [], reason: 'overlay_fix_off' };
    if (this.busy) return { ok: false, results: [], reason: 'overlay_fix_busy' };
    this.busy = true;
    this.hooks.render();
    try {
      return await this.fill(fix, automatic, only);
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

  private async fill(fix: FixRequest, automatic: boolean, only?: ReadonlySet<FieldId>): Promise<FixOutcome> {
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
    // Re-check where we are at the moment we fill: a fresh verdict, not the one we rendered.
    const fresh = await this.hooks.recheck(snapshot);
    if (fresh.fill.mode === 'off') return { ok: false, results: [], reason: 'overlay_fix_off' };
    const contextKind = fresh.verdict.context.kind;
    if (!(FILL_ACTIONS_FOR_KIND[contextKind] ?? []).includes(fix) || (automatic && !autoFillAllowed(fresh))) {
      return { ok: false, results: [], reason: 'overlay_fix_wrong_context' };
    }
    const fullPlan = planFor(fix, fresh.fill, kind);
    const plan = only ? onlyFields(fullPlan, only) : fullPlan;
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
    this.lastFill = automatic && this.lastFill ? mergeFillResults(this.lastFill, results) : results;
    this.lastUndo = null;
    void sendMessage('reportFill', results).catch(() => undefined);
    return { ok: results.some((result) => result.outcome === 'filled' || result.outcome === 'unchanged'), results };
  }
}
