import { dequal } from 'dequal';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectPage } from '../../lib/portals';
import type { FixOutcome, FixRequest, FrameVerdict } from '../platform/messaging';
import { onMessage, sendMessage } from '../platform/messaging';
import { EditTracker } from './edit-tracker';
import { FillSession } from './fill-session';
import { FrameObserver } from './frame-observer';
import { OverlayPresenter } from './overlay-presenter';
import { ReportBuilder, type PageSnapshot } from './report-builder';

/**
 * The content script's work in one frame, composed of its parts: the frame observer batches
 * changes into passes; each pass takes one page snapshot, reports it and renders the verdict;
 * the fill session fills and undoes; the presenter draws the overlay. Every failure stays
 * inside: nothing is thrown into the portal page.
 */
export class PortalGuard {
  private verdict: FrameVerdict | null = null;
  private snapshot: PageSnapshot | null = null;
  /** The last report sent, without its time: an unchanged page is not reported again. */
  private lastReport: unknown = null;
  private renderPending = false;
  private readonly reports = new ReportBuilder();
  private readonly presenter: OverlayPresenter;
  private readonly observer: FrameObserver;
  private readonly edits: EditTracker;
  private readonly session: FillSession;

  constructor(private readonly ctx: ContentScriptContext) {
    this.presenter = new OverlayPresenter(ctx);
    this.observer = new FrameObserver(ctx, {
      overlayElement: () => this.presenter.element,
      onPass: () => this.safely(() => this.pass()),
      onGeometry: () => this.renderSoon(),
    });
    this.session = new FillSession({
      verdict: () => this.verdict,
      snapshot: () => this.takeSnapshot(),
      recheck: async (snapshot) => {
        const fresh = await sendMessage('reportFrame', this.reports.report(snapshot, this.presenter.isVisible()));
        this.verdict = fresh;
        return fresh;
      },
      acceptValues: (snapshot) => this.edits.acceptValues(snapshot),
      render: () => this.render(),
      isOverlay: (element) => element === this.presenter.element,
      afterFill: () => {
        this.lastReport = null;
        this.observer.schedule();
      },
    });
    this.edits = new EditTracker(ctx, (field) => this.session.noteUserEdit(field));
  }

  start(): void {
    this.observer.start();
    if (detectPage(new URL(location.href))?.portal === 'partner-center') this.watchTenantLinks();
    const removers = [
      onMessage('pushVerdict', ({ data }) => {
        this.safely(() => this.applyVerdict(data));
      }),
      onMessage('applyFix', ({ data }) => this.runFix(data)),
    ];
    this.ctx.onInvalidated(() => {
      for (const remove of removers) remove();
    });
  }

  /**
   * Partner Center opens customer portals through links whose target hides the tenant after a
   * server-side redirect (BeginClientSession). Noting the link as it is followed lets the new tab
   * keep the customer as its intent.
   */
  private watchTenantLinks(): void {
    const note = (event: Event) => {
      // Only the user's own clicks: a page script's `.click()` on a link sets no intent.
      if (!event.isTrusted) return;
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (link instanceof HTMLAnchorElement) {
        void sendMessage('noteLinkIntent', { url: link.href }).catch(() => undefined);
      }
    };
    this.ctx.addEventListener(document, 'click', note, { capture: true, passive: true });
    this.ctx.addEventListener(document, 'auxclick', note, { capture: true, passive: true });
  }

  private renderSoon(): void {
    if (this.renderPending || !this.presenter.mounted) return;
    this.renderPending = true;
    this.observer.nextFrame(() => {
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

  private takeSnapshot(): PageSnapshot {
    this.snapshot = this.reports.snapshot(this.verdict?.readSignInKeyNames ?? false);
    return this.snapshot;
  }

  /** One pass: one snapshot, reported when it changed, then rendered. */
  private async pass(): Promise<void> {
    this.presenter.ensureAttached();
    const snapshot = this.takeSnapshot();
    this.observer.watchDetails(snapshot.located.filter((field) => !field.disabled).map((field) => field.element));
    this.edits.observe(snapshot, this.session.busy);
    const report = this.reports.report(snapshot, this.presenter.isVisible());
    const comparable = { ...report, reportedAt: 0 };
    if (!dequal(comparable, this.lastReport)) {
      this.lastReport = comparable;
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
    if (consentChanged) this.observer.schedule();
    this.render();
    void this.session.maybeAutoFill(this.holdsForm());
  }

  private holdsForm(): boolean {
    return this.verdict !== null && this.verdict.verdict.formFrameId === this.verdict.frameId;
  }

  private runFix(fix: FixRequest): Promise<FixOutcome> {
    return this.session.run(fix);
  }

  private render(): void {
    const view = this.verdict;
    if (!view) return;
    this.presenter.present({
      view,
      showFindings: this.holdsForm(),
      snapshot: this.snapshot,
      requestKey: this.session.requestKey(),
      lastFill: this.session.lastFill,
      lastUndo: this.session.lastUndo,
      busy: this.session.busy,
      onFix: (fix) => void this.runFix(fix),
    });
  }
}
