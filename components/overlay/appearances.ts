import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Announces elements matching a selector as they appear (inserted, or shown after being hidden),
 * without observing mutations: a CSS rule gives the matching elements an animation of our own, and
 * the browser fires `animationstart` when one starts rendering. Irrelevant changes (a churning
 * dashboard) cost the page nothing beyond its own style recalculation.
 *
 * The rule must never cancel or change an animation the page runs itself, so:
 * - it sets `animation-name` only: no duration, delay or other sub-property of a page's animation
 *   can be filled in by us (ours lasts 0 s, which still starts and ends, and animates nothing);
 * - it sits in a cascade layer declared before any of the page's styles, so every page rule that
 *   sets an animation, layered or not, wins over it whatever its specificity (between layers the
 *   order decides, not specificity; a plain selector list, unlike `:where()`, lets the browser
 *   match each selector only against elements of its tag or class);
 * - where a page rule wins, the page's own animation on that element is also counted when it starts.
 * Our own animation events stop at the window, so the page's listeners never see them.
 */
export class AppearanceWatch {
  private style: HTMLStyleElement | null = null;
  private registered = false;
  private active = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly animationName: string,
    private readonly selector: string,
    private readonly onAppear: (element: Element) => void,
  ) {
    ctx.onInvalidated(() => this.stop());
  }

  /** Inserts the rule (again, if the page removed it) and listens. Never throws into the page. */
  start(): void {
    try {
      this.active = true;
      if (!this.registered) {
        this.registered = true;
        this.ctx.addEventListener(window, 'animationstart', (event) => this.onAnimationStart(event), {
          capture: true,
        });
        // Ours ends in the frame it starts; the page's listeners see neither event of it.
        for (const type of ['animationend', 'animationcancel'] as const) {
          this.ctx.addEventListener(window, type, (event) => this.stopIfOurs(event), { capture: true });
        }
      }
      if (this.style?.isConnected) return;
      this.style ??= this.createStyle();
      const parent = document.head ?? document.documentElement;
      // First in the document: a layer declared first has the lowest priority of all layers.
      parent.prepend(this.style);
    } catch (error) {
      console.debug('[Partner Context Guard]', error);
    }
  }

  /** Removes the rule; events still arriving are ignored. */
  stop(): void {
    this.active = false;
    this.style?.remove();
  }

  private createStyle(): HTMLStyleElement {
    const style = document.createElement('style');
    const name = this.animationName;
    style.textContent =
      `@layer ${name}{@keyframes ${name}{from{--${name}:0}to{--${name}:1}}` +
      `${this.selector}{animation-name:${name}}}`;
    return style;
  }

  private stopIfOurs(event: Event): void {
    if ((event as AnimationEvent).animationName === this.animationName) event.stopImmediatePropagation();
  }

  private onAnimationStart(event: Event): void {
    if (!this.active) return;
    const animation = event as AnimationEvent;
    const ours = animation.animationName === this.animationName;
    if (ours) event.stopImmediatePropagation();
    const target = event.target;
    try {
      // The page's own animation on a matching element counts too: where it wins, ours never runs.
      if (target instanceof Element && (ours || target.matches(this.selector))) this.onAppear(target);
    } catch (error) {
      console.debug('[Partner Context Guard]', error);
    }
  }
}
