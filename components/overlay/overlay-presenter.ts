import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FieldId } from '../../lib/model/form';
import { unionBox, type Box } from '../../lib/overlay/layout';
import type { FixRequest, FrameVerdict } from '../platform/messaging';
import type { OverlayHost } from './host';
import { createLazyOverlayHost } from './lazy-host';
import type { OverlayProps } from './Overlay';
import type { PageSnapshot } from './report-builder';
import { enabledFields } from './report-builder';

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

export interface PresentInput {
  readonly view: FrameVerdict;
  /** This frame holds the form: it shows the findings. */
  readonly showFindings: boolean;
  readonly snapshot: PageSnapshot | null;
  readonly requestKey: string;
  readonly lastFill: PresentFill['lastFill'];
  readonly lastUndo: PresentFill['lastUndo'];
  readonly busy: boolean;
  readonly onFix: (fix: FixRequest) => void;
}

type PresentFill = Pick<OverlayProps, 'lastFill' | 'lastUndo'>;

/** Shows the verdict in the overlay: geometry from the snapshot's fields, dismissed cards per request. */
export class OverlayPresenter {
  private readonly isTop = window === window.top;
  private host: OverlayHost | null = null;
  private readonly dismissed = new Map<string, Set<string>>();
  private last: PresentInput | null = null;

  constructor(private readonly ctx: ContentScriptContext) {
    ctx.onInvalidated(() => this.host?.remove());
  }

  get element(): HTMLElement | null {
    return this.host?.element ?? null;
  }

  get mounted(): boolean {
    return this.host !== null;
  }

  ensureAttached(): void {
    this.host?.ensureAttached();
  }

  isVisible(): boolean {
    return this.host?.isVisible() ?? true;
  }

  /** Draws again with the last input (after a scroll, a dismissal). */
  redraw(): void {
    if (this.last) this.present(this.last);
  }

  present(input: PresentInput): void {
    this.last = input;
    const { view, showFindings } = input;
    if (!this.isTop && !showFindings) {
      this.host?.hide();
      return;
    }
    this.host ??= createLazyOverlayHost(this.ctx);
    const located = showFindings && input.snapshot?.formKind ? enabledFields(input.snapshot) : [];
    const fieldBoxes: Partial<Record<FieldId, Box>> = {};
    for (const field of located) fieldBoxes[field.id] = boxOf(field.element);
    this.host.render({
      view,
      showFindings,
      showBanner: this.isTop,
      theme: view.theme ?? systemTheme(),
      fieldBoxes,
      formBox: unionBox(Object.values(fieldBoxes)),
      documentWidth: document.documentElement.scrollWidth,
      dismissed: this.dismissed.get(input.requestKey) ?? new Set(),
      lastFill: input.lastFill,
      lastUndo: input.lastUndo,
      busy: input.busy,
      onFix: input.onFix,
      onDismiss: (findingId) => {
        const set = this.dismissed.get(input.requestKey) ?? new Set<string>();
        set.add(findingId);
        this.dismissed.set(input.requestKey, set);
        this.redraw();
      },
    });
  }
}
