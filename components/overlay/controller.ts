import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Signal } from '../../lib/context/types';
import { buildContactPlan, buildPlanSelection, type FillPlan } from '../../lib/forms/plans';
import { detectSupportForm, locateFields } from '../../lib/forms/locate';
import { fillFields, undoFill } from '../../lib/forms/fill';
import { readFormState } from '../../lib/forms/read';
import { trackUserEdits } from '../../lib/forms/user-edits';
import { FIELD_IDS, type FieldFillResult, type FieldId } from '../../lib/forms/types';
import type { SupportFormKind } from '../../lib/portals/types';
import type { FillAction } from '../../lib/rules/types';
import {
  DETAIL_ROOT_SELECTOR,
  isRelevantMutation,
  THEME_ROOT_SELECTOR,
  WATCHED_ATTRIBUTES,
} from '../../lib/overlay/relevance';
import type { Box } from '../../lib/overlay/layout';
import { detectPage } from '../../lib/portals';
import { msalSignals, storageKeyNames } from '../../lib/portals/msal-keys';
import { readPageSignals, readPortalTheme } from '../../lib/portals/page-signals';
import type { FillProfile, FrameReportInput, FrameVerdict, FixOutcome, FixRequest } from '../platform/messaging';
import { onMessage, sendMessage } from '../platform/messaging';
import type { OverlayHost } from './host';
import { createLazyOverlayHost } from './lazy-host';
import { ContextTimers } from './context-timers';
import { StructureWatch } from './structure-watch';

/** The smallest element holding all the given ones. */
function commonAncestor(elements: readonly Element[]): Element {
  let ancestor: Element = elements[0]!;
  for (const element of elements.slice(1)) {
    while (!ancestor.contains(element) && ancestor.parentElement) ancestor = ancestor.parentElement;
  }
  return ancestor;
}

/** Keeps a signal's first-seen time while it says the same thing, so re-reads don't look fresher. */
function keepFirstSeen(previous: readonly Signal[], next: readonly Signal[]): Signal[] {
  return next.map((signal) => {
    const same = previous.find(
      (old) => old.source === signal.source && JSON.stringify(old.tenant) === JSON.stringify(signal.tenant),
    );
    return same ? { ...signal, observedAt: same.observedAt } : signal;
  });
}

/**
 * Where the portal shows no theme the extension can read (the Microsoft 365 admin center: its
 * theme markers are unknown, C), the overlay follows the system's colour scheme.
 */
function systemTheme(): 'dark' | 'light' {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function boxOf(element: Element): Box {
  const rect = element.getBoundingClientRect();
  return { top: rect.top + window.scrollY, left: rect.left + window.scrollX, width: rect.width, height: rect.height };
}

function unionBox(boxes: readonly Box[]): Box | null {
  if (boxes.length === 0) return null;
  const top = Math.min(...boxes.map((box) => box.top));
  const left = Math.min(...boxes.map((box) => box.left));
  const right = Math.max(...boxes.map((box) => box.left + box.width));
  const bottom = Math.max(...boxes.map((box) => box.top + box.height));
  return { top, left, width: right - left, height: bottom - top };
}

function planFor(fix: FillAction, profile: FillProfile, kind: SupportFormKind): FillPlan {
  if (fix === 'fill-contact') return buildContactPlan(profile.contact, kind);
  if (fix === 'select-csp-plan') return buildPlanSelection(profile.cspPlanLabel, { csp: true });
  return buildPlanSelection(profile.ownSupportPlan);
}

function onlyFields(plan: FillPlan, fields: ReadonlySet<FieldId>): FillPlan {
  return {
    ...plan,
    values: Object.fromEntries(Object.entries(plan.values).filter(([id]) => fields.has(id as FieldId))),
  };
}

/** One result per field: a later pass replaces an earlier one, but never a fill with a non-fill. */
function mergeFillResults(earlier: readonly FieldFillResult[], later: readonly FieldFillResult[]): FieldFillResult[] {
  const byField = new Map(earlier.map((result) => [result.field, result]));
  for (const result of later) {
    if (byField.get(result.field)?.outcome === 'filled' && result.outcome !== 'filled') continue;
    byField.set(result.field, result);
  }
  return [...byField.values()];
}

/** What the user chooses about the request itself; edits there don't end `auto` mode. */
const REQUEST_FIELDS: ReadonlySet<FieldId> = new Set<FieldId>(['severity', 'description', 'product']);
/** The fields the fixes fill; a user's edit in one of them ends `auto` mode for the request. */
const FILLABLE_FIELDS: ReadonlySet<FieldId> = new Set(FIELD_IDS.filter((id) => !REQUEST_FIELDS.has(id)));

const FILL_ACTIONS_FOR_KIND: Record<string, readonly FillAction[]> = {
  own: ['select-own-plan'],
  customer: ['fill-contact', 'select-csp-plan'],
  unlisted: ['fill-contact', 'select-csp-plan'],
  unknown: [],
};

/**
 * The content script's work in one frame: observe the page, report to the background,
 * render the verdict in the overlay and apply fixes. Every failure stays inside: nothing
 * is thrown into the portal page.
 */
export class PortalGuard {
  private readonly isTop = window === window.top;
  private readonly documentStartedAt = Math.round(performance.timeOrigin);
  private verdict: FrameVerdict | null = null;
  private lastReportKey = '';
  private signals: Signal[] = [];
  private scheduled = false;
  private busy = false;
  private lastFill: FieldFillResult[] | null = null;
  private lastUndo: FieldFillResult[] | null = null;
  private readonly userEdited = new Set<FieldId>();
  private readonly dismissed = new Map<string, Set<string>>();
  /** Per request, the fields `auto` mode has already dealt with: each is filled at most once. */
  private readonly autoFilledFields = new Map<string, Set<FieldId>>();
  /** Requests whose form the user edited by hand: `auto` mode fills nothing more in them. */
  private readonly editedRequests = new Set<string>();
  private stopTrackingEdits: (() => void) | null = null;
  private overlay: OverlayHost | null = null;
  private structure: StructureWatch | null = null;
  private details: MutationObserver | null = null;
  private detailRoots: readonly Element[] = [];

  private readonly timers: ContextTimers;

  constructor(private readonly ctx: ContentScriptContext) {
    this.timers = new ContextTimers(ctx);
  }

  start(): void {
    // Runs inside MutationObserver callbacks, outside safely(): a page that breaks the DOM methods
    // it uses must not see our error. A check that fails counts as relevant, so the (guarded)
    // pass still runs.
    const isRelevant = (records: MutationRecord[]) => {
      try {
        const host = this.overlay?.element ?? null;
        return records.some((record) => isRelevantMutation(record, host));
      } catch (error) {
        console.debug('[Partner Context Guard]', error);
        return true;
      }
    };
    // Structure (a form, frame or header appearing) is watched everywhere, but only in an
    // attention window after load, navigation or user input: portals churn their DOM all day,
    // and watching all of it costs the page time when nothing new can appear.
    this.structure = new StructureWatch(this.ctx, isRelevant, () => this.schedule());
    // Attribute and text changes are watched only where they matter (see watchDetails), always.
    this.details = new MutationObserver((records) => {
      if (!isRelevant(records)) return;
      this.schedule();
      if (this.structure?.awake) this.structure.keepAwake();
    });
    this.wake();
    for (const type of ['pointerdown', 'click', 'keydown', 'focusin'] as const) {
      this.ctx.addEventListener(window, type, () => this.wake(), { capture: true, passive: true });
    }
    this.ctx.onInvalidated(() => {
      this.details?.disconnect();
      this.stopTrackingEdits?.();
      this.overlay?.remove();
    });
    for (const type of ['input', 'change']) {
      this.ctx.addEventListener(document, type as 'input', () => this.wake(), { capture: true, passive: true });
    }
    for (const type of ['hashchange', 'popstate']) {
      this.ctx.addEventListener(window, type as 'hashchange', () => this.wake());
    }
    const navigation = (window as { navigation?: EventTarget }).navigation;
    if (navigation)
      this.ctx.addEventListener(navigation as Window, 'currententrychange' as 'hashchange', () => this.wake());
    this.ctx.addEventListener(window, 'scroll', () => this.renderSoon(), { capture: true, passive: true });
    this.ctx.addEventListener(window, 'resize', () => this.renderSoon(), { passive: true });

    if (detectPage(new URL(location.href))?.portal === 'partner-center') this.watchTenantLinks();

    onMessage('pushVerdict', ({ data }) => {
      this.safely(() => this.applyVerdict(data));
    });
    onMessage('applyFix', ({ data }) => this.runFix(data));
  }

  /** Opens (or extends) the attention window and checks the page now. */
  private wake(): void {
    this.structure?.wake();
    this.schedule();
  }

  /**
   * Partner Center opens customer portals through links whose target hides the tenant after a
   * server-side redirect (BeginClientSession). Noting the link as it is followed lets the new tab
   * keep the customer as its intent.
   */
  private watchTenantLinks(): void {
    const note = (event: Event) => {
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (link instanceof HTMLAnchorElement) {
        void sendMessage('noteLinkIntent', { url: link.href }).catch(() => undefined);
      }
    };
    this.ctx.addEventListener(document, 'click', note, { capture: true, passive: true });
    this.ctx.addEventListener(document, 'auxclick', note, { capture: true, passive: true });
  }

  /** Batches work to one pass per animation frame, however many mutations arrive. */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.timers.requestAnimationFrame(() => {
      this.scheduled = false;
      this.safely(() => this.observe());
    });
  }

  private renderPending = false;
  private renderSoon(): void {
    if (this.renderPending || !this.overlay) return;
    this.renderPending = true;
    this.timers.requestAnimationFrame(() => {
      this.renderPending = false;
      this.safely(() => this.render());
    });
  }

  private safely(work: () => void | Promise<void>): void {
    try {
      const result = work();
      if (result instanceof Promise) result.catch((error: unknown) => console.debug('[Partner Context Guard]', error));
    } catch (error) {
      console.debug('[Partner Context Guard]', error);
    }
  }

  /**
   * Attribute and text changes count only in the header, the support form and the theme holders:
   * one observer watches just those, re-pointed when they change.
   */
  private watchDetails(fieldElements: readonly Element[]): void {
    const subtreeRoots = [
      ...document.querySelectorAll(DETAIL_ROOT_SELECTOR),
      ...(fieldElements.length > 0 ? [commonAncestor(fieldElements)] : []),
    ];
    const host = this.overlay?.element;
    const attributeOnly = [
      document.documentElement,
      document.body,
      ...document.querySelectorAll(THEME_ROOT_SELECTOR),
      ...(host ? [host] : []),
    ].filter(Boolean);
    const roots = [...subtreeRoots, ...attributeOnly];
    if (roots.length === this.detailRoots.length && roots.every((root, index) => root === this.detailRoots[index]))
      return;
    this.detailRoots = roots;
    const details = this.details;
    if (!details) return;
    details.disconnect();
    for (const root of subtreeRoots) {
      details.observe(root, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
        attributeFilter: [...WATCHED_ATTRIBUTES],
      });
    }
    for (const root of attributeOnly) {
      // The body's own children too: that is where the overlay's host lives, and where a page
      // that removes it would act.
      details.observe(root, {
        attributes: true,
        attributeFilter: ['class', 'style', 'hidden'],
        childList: root === document.body,
      });
    }
  }

  private currentReport(): FrameReportInput {
    const now = Date.now();
    const url = location.href;
    const page = detectPage(new URL(url));
    const origin = { portal: page?.portal ?? null, top: window.top === window };
    this.signals = keepFirstSeen(this.signals, [
      ...readPageSignals(document, now, origin),
      ...this.signInKeySignals(now),
    ]);
    const formKind = this.formKind(page);
    const form = formKind ? readFormState(document, formKind) : null;
    const located = formKind ? locateFields(document, formKind) : [];
    const fieldsFound = located.map((field) => field.id);
    this.watchDetails(located.map((field) => field.element));
    if (formKind && !this.stopTrackingEdits) {
      this.stopTrackingEdits = trackUserEdits(document, formKind, (field) => this.noteUserEdit(field));
    }
    if (form) this.noteChangedValues(form);
    return {
      url,
      page,
      signals: this.signals,
      form,
      fieldsFound,
      theme: readPortalTheme(document),
      overlayVisible: this.overlay?.isVisible() ?? true,
      reportedAt: now,
      documentStartedAt: this.documentStartedAt,
    };
  }

  /** Only with the user's consent, and only key names: the values are tokens and are never read. */
  private signInKeySignals(now: number): Signal[] {
    if (!this.verdict?.readSignInKeyNames) return [];
    // Entra pages keep tokens in either storage (portal-facts: C), so both are listed.
    const names: string[] = [];
    for (const storage of ['sessionStorage', 'localStorage'] as const) {
      try {
        names.push(...storageKeyNames(window[storage]));
      } catch {
        // A sandboxed or storage-blocked frame throws a SecurityError on access: no signal, no error.
      }
    }
    return msalSignals(names, now);
  }

  private lastValues = new Map<FieldId, string>();

  /** A value that changed while we were not filling was changed by the user (dropdowns included). */
  private noteChangedValues(form: NonNullable<FrameReportInput['form']>): void {
    for (const [id, state] of Object.entries(form.fields) as [FieldId, { value: string }][]) {
      const before = this.lastValues.get(id);
      if (!this.busy && before !== undefined && before !== state.value) this.noteUserEdit(id);
      this.lastValues.set(id, state.value);
    }
  }

  /** The support form this frame shows; on an Azure support page or blade frame the product picker counts. */
  private formKind(page = detectPage(new URL(location.href))): SupportFormKind | null {
    return detectSupportForm(document, {
      productMarksAzureForm: page?.supportForm === 'azure' || page?.portal === 'azure-frame',
    });
  }

  private noteUserEdit(field: FieldId): void {
    this.userEdited.add(field);
    // Choosing the product or the severity is the request itself, not a correction of a fill.
    if (FILLABLE_FIELDS.has(field)) this.editedRequests.add(this.requestKey());
  }

  private async observe(): Promise<void> {
    this.overlay?.ensureAttached();
    const report = this.currentReport();
    const key = JSON.stringify({ ...report, reportedAt: 0 });
    if (key !== this.lastReportKey) {
      this.lastReportKey = key;
      const verdict = await sendMessage('reportFrame', report);
      this.applyVerdict(verdict);
    } else {
      this.render();
    }
  }

  private applyVerdict(verdict: FrameVerdict): void {
    const consentChanged = verdict.readSignInKeyNames !== (this.verdict?.readSignInKeyNames ?? false);
    this.verdict = verdict;
    // The user switched reading sign-in key names on or off: report again with or without them.
    if (consentChanged) this.schedule();
    this.render();
    void this.maybeAutoFill();
  }

  private holdsForm(): boolean {
    return this.verdict !== null && this.verdict.verdict.formFrameId === this.verdict.frameId;
  }

  private requestKey(): string {
    return `${location.host}${location.pathname}${location.hash.split('?')[0]}`;
  }

  private render(): void {
    const view = this.verdict;
    if (!view) return;
    const showFindings = this.holdsForm();
    if (!this.isTop && !showFindings) {
      this.overlay?.hide();
      return;
    }
    this.overlay ??= createLazyOverlayHost(this.ctx);
    const kind = view.verdict.form?.kind ?? null;
    const located = showFindings && kind ? locateFields(document, kind) : [];
    const fieldBoxes: Partial<Record<FieldId, Box>> = {};
    for (const field of located) fieldBoxes[field.id] = boxOf(field.element);
    this.overlay.render({
      view,
      showFindings,
      showBanner: this.isTop,
      theme: view.theme ?? systemTheme(),
      fieldBoxes,
      formBox: unionBox(Object.values(fieldBoxes)),
      documentWidth: document.documentElement.scrollWidth,
      dismissed: this.dismissed.get(this.requestKey()) ?? new Set(),
      lastFill: this.lastFill,
      lastUndo: this.lastUndo,
      busy: this.busy,
      onFix: (fix) => void this.runFix(fix),
      onDismiss: (findingId) => {
        const key = this.requestKey();
        const set = this.dismissed.get(key) ?? new Set<string>();
        set.add(findingId);
        this.dismissed.set(key, set);
        this.render();
      },
    });
  }

  /**
   * `auto` mode: fill each field once per request, when the form shows in a context that is
   * certain and not blocked, and never again in that form once the user edited any field in it.
   * Fields that render later (a late frame, the next step) are filled when they appear.
   */
  private async maybeAutoFill(): Promise<void> {
    const view = this.verdict;
    if (!view || view.fill.mode !== 'auto' || !this.holdsForm() || this.busy) return;
    if (!this.autoFillAllowed(view)) return;
    const key = this.requestKey();
    if (this.editedRequests.has(key)) return;
    const formKind = this.formKind();
    if (!formKind) return;
    const present = new Set(locateFields(document, formKind).map((field) => field.id));
    const done = this.autoFilledFields.get(key) ?? new Set<FieldId>();
    this.autoFilledFields.set(key, done);
    for (const action of FILL_ACTIONS_FOR_KIND[view.verdict.context.kind] ?? []) {
      const plan = planFor(action, view.fill, formKind);
      const pending = new Set((Object.keys(plan.values) as FieldId[]).filter((id) => present.has(id) && !done.has(id)));
      if (pending.size === 0) continue;
      // Marked before filling: a fill that fails or is refused is not retried on every re-render.
      for (const id of pending) done.add(id);
      await this.runFix(action, { automatic: true, only: pending });
    }
  }

  /** No automatic fill on a blocked request or on an uncertain tenant context. */
  private autoFillAllowed(view: FrameVerdict): boolean {
    return (
      view.verdict.context.confidence === 'high' &&
      !view.verdict.findings.some((finding) => finding.severity === 'blocker')
    );
  }

  private async runFix(
    fix: FixRequest,
    { automatic = false, only }: { automatic?: boolean; only?: ReadonlySet<FieldId> } = {},
  ): Promise<FixOutcome> {
    // `off` never fills, whoever asks (the overlay, the popup); undoing an earlier fill stays possible.
    if (fix !== 'undo' && this.verdict?.fill.mode === 'off')
      return { ok: false, results: [], reason: 'overlay_fix_off' };
    if (this.busy) return { ok: false, results: [], reason: 'overlay_fix_busy' };
    this.busy = true;
    this.render();
    try {
      return await this.fill(fix, automatic, only);
    } catch (error) {
      console.debug('[Partner Context Guard]', error);
      return { ok: false, results: [], reason: 'overlay_fix_failed' };
    } finally {
      // Values we just set are not the user's edits.
      const kind = this.formKind();
      if (kind)
        for (const [id, state] of Object.entries(readFormState(document, kind).fields))
          this.lastValues.set(id as FieldId, state.value);
      this.busy = false;
      this.lastReportKey = '';
      this.schedule();
    }
  }

  private async fill(fix: FixRequest, automatic: boolean, only?: ReadonlySet<FieldId>): Promise<FixOutcome> {
    const kind = this.formKind();
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
    const fresh = await sendMessage('reportFrame', this.currentReport());
    this.verdict = fresh;
    if (fresh.fill.mode === 'off') return { ok: false, results: [], reason: 'overlay_fix_off' };
    const contextKind = fresh.verdict.context.kind;
    if (!(FILL_ACTIONS_FOR_KIND[contextKind] ?? []).includes(fix) || (automatic && !this.autoFillAllowed(fresh))) {
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
        this.verdict?.verdict.context.kind === contextKind &&
        document.contains(document.body),
    });
    this.lastFill = automatic && this.lastFill ? mergeFillResults(this.lastFill, results) : results;
    this.lastUndo = null;
    void sendMessage('reportFill', results).catch(() => undefined);
    return { ok: results.some((result) => result.outcome === 'filled' || result.outcome === 'unchanged'), results };
  }
}
