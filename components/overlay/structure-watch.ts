import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { APPEARING_SELECTOR } from '../../lib/portals/selectors';
import { ChurnMeter } from '../../lib/overlay/structure';
import { AppearanceWatch } from './appearances';
import { ContextTimers } from './context-timers';

/**
 * How long structure is watched after the last load, navigation, user input or relevant change.
 * Long enough for a blade or frame to finish rendering on a slow connection; a form that renders
 * later still is found at the user's first click or key press in it.
 */
export const ATTENTION_WINDOW_MS = 10_000;

/**
 * Watches the document's structure (a form, frame or header appearing) in an attention window
 * after load, navigation or user input, and not at all outside it. Inside the window it observes
 * mutations; when the page turns out to be animating (many irrelevant records), it disconnects for
 * the rest of the window, so a churning dashboard costs the page nothing per mutation.
 *
 * What it no longer observes is still seen:
 * - at all times, the elements a new form or header brings (inputs, text areas, frames, dropdown
 *   roots, the header) announce themselves by an animation of ours as they render
 *   (components/overlay/appearances.ts), so a form that appears while the page churns, or long
 *   after load, is found in the next frame;
 * - the removal of what a pass found (the form's fields, the header) is seen by the frame
 *   observer's detail watch, which observes the child lists of their ancestors
 *   (frame-observer.ts, `watchDetails`).
 */
export class StructureWatch {
  private readonly observer: MutationObserver;
  private readonly churn = new ChurnMeter();
  private observing = false;
  /** The page churned in this window: structure is left to the appearances and the detail watch. */
  private churning = false;
  private sleepTimer: number | undefined;
  private readonly timers: ContextTimers;
  private readonly appearances: AppearanceWatch;

  constructor(
    ctx: ContentScriptContext,
    private readonly isRelevant: (records: MutationRecord[]) => boolean,
    private readonly onChange: () => void,
  ) {
    this.observer = new MutationObserver((records) => this.onRecords(records));
    this.timers = new ContextTimers(ctx);
    this.appearances = new AppearanceWatch(ctx, 'pcg-appear', APPEARING_SELECTOR, () => this.onAppearance());
    ctx.onInvalidated(() => this.sleep());
  }

  get awake(): boolean {
    return this.observing || this.churning;
  }

  /** Opens (or extends) the attention window, observing record by record again. */
  wake(): void {
    // Inserted again if the page removed it.
    this.appearances.start();
    this.churning = false;
    if (!this.observing) {
      this.churn.reset();
      this.observer.observe(document.documentElement, { subtree: true, childList: true });
      this.observing = true;
    }
    this.keepAwake();
  }

  /** A relevant change extends the window: more of the form may still be on its way. */
  keepAwake(): void {
    this.timers.clearTimeout(this.sleepTimer);
    this.sleepTimer = this.timers.setTimeout(() => this.sleep(), ATTENTION_WINDOW_MS);
  }

  /** A form control, frame, dropdown or header started rendering: check now, and watch the window. */
  private onAppearance(): void {
    this.onChange();
    // A churning page stays unobserved: the appearance is all that was needed.
    if (this.churning) this.keepAwake();
    else this.wake();
  }

  private onRecords(records: MutationRecord[]): void {
    if (this.isRelevant(records)) {
      this.onChange();
      this.keepAwake();
      return;
    }
    if (this.churn.record(records.length, performance.now())) this.stopObserving();
  }

  private stopObserving(): void {
    this.observer.disconnect();
    this.observing = false;
    this.churning = true;
  }

  private sleep(): void {
    this.observer.disconnect();
    this.observing = false;
    this.churning = false;
    this.timers.clearTimeout(this.sleepTimer);
  }
}
