import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DisplayView } from '../../lib/display/view';
import { composeTitle } from '../../lib/display/tab-title';

/**
 * Keeps the context in the tab title of the top document (overlay contract, "Tab title"): one
 * prefix, put back when the portal sets its own title, replaced when the context changes, and
 * removed (the portal's own title restored) when the feature is off or the script goes away.
 *
 * Costs nothing while the title stays the same: one MutationObserver on the `<title>` element and
 * on `<head>`'s children (a portal that replaces the element), no timers.
 */
export class TabTitlePresenter {
  /** Every prefix this document has shown, so an old one is replaced rather than stacked. */
  private readonly applied = new Set<string>();
  private prefix: string | null = null;
  private observer: MutationObserver | null = null;
  private watchedTitle: Element | null = null;

  constructor(ctx: ContentScriptContext) {
    ctx.onInvalidated(() => {
      this.stop();
      this.prefix = null;
      this.write();
    });
  }

  show(display: Pick<DisplayView, 'tabTitle' | 'titlePrefix'>): void {
    // Never touched and switched off: the title is the portal's alone.
    if (!display.tabTitle && this.applied.size === 0) return;
    this.prefix = display.tabTitle ? display.titlePrefix : null;
    if (this.prefix) this.applied.add(this.prefix);
    this.write();
    if (display.tabTitle) this.watch();
    else this.stop();
  }

  private write(): void {
    const current = document.title;
    const next = composeTitle(current, this.prefix, this.applied);
    if (next !== current) document.title = next;
  }

  private watch(): void {
    this.observer ??= new MutationObserver(() => {
      try {
        this.write();
        this.observeTitleElement();
      } catch (error) {
        console.debug('[Partner Context Guard]', error);
      }
    });
    this.observeTitleElement();
  }

  private observeTitleElement(): void {
    const title = document.querySelector('title');
    if (this.watchedTitle === title && this.watchedTitle) return;
    const observer = this.observer;
    if (!observer) return;
    observer.disconnect();
    this.watchedTitle = title;
    const head = document.head ?? document.documentElement;
    observer.observe(head, { childList: true });
    if (title) observer.observe(title, { childList: true, characterData: true, subtree: true });
  }

  private stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.watchedTitle = null;
  }
}
