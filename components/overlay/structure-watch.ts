import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { APPEARING_SELECTOR } from '../../lib/portals/selectors';
import { ChurnMeter, createStructureFingerprint, SAMPLE_INTERVAL_MS } from '../../lib/overlay/structure';
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
 * mutations; when the page turns out to be animating (many irrelevant records), it disconnects and
 * compares a structural fingerprint a few times a second until the window closes, so a churning
 * dashboard costs the page almost nothing.
 *
 * At all times, in and outside the window, the elements a new form or header brings (inputs, text
 * areas, frames, dropdown roots, the header) announce themselves by an animation of ours as they
 * render (components/overlay/appearances.ts): a form that appears while the page churns, or long
 * after load, is found in the next frame, at no cost per irrelevant mutation. Removals are still
 * seen by the observer or the sampling.
 */
export class StructureWatch {
  private readonly observer: MutationObserver;
  private readonly churn = new ChurnMeter();
  private readonly fingerprint = createStructureFingerprint(document);
  private observing = false;
  private sampling = false;
  private lastFingerprint = '';
  private sleepTimer: number | undefined;
  private sampleTimer: number | undefined;
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
    return this.observing || this.sampling;
  }

  /** Opens (or extends) the attention window, observing record by record again. */
  wake(): void {
    // Inserted again if the page removed it.
    this.appearances.start();
    this.stopSampling();
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
    if (this.sampling) {
      // The pass sees the page as it is now: a removal before the next sample must still differ.
      this.lastFingerprint = this.fingerprint();
      this.keepAwake();
    } else this.wake();
  }

  private onRecords(records: MutationRecord[]): void {
    if (this.isRelevant(records)) {
      this.onChange();
      this.keepAwake();
      return;
    }
    if (this.churn.record(records.length, performance.now())) this.startSampling();
  }

  private startSampling(): void {
    this.observer.disconnect();
    this.observing = false;
    this.sampling = true;
    this.lastFingerprint = this.fingerprint();
    this.scheduleSample();
  }

  private scheduleSample(): void {
    this.sampleTimer = this.timers.setTimeout(() => {
      if (!this.sampling) return;
      const current = this.fingerprint();
      if (current !== this.lastFingerprint) {
        this.lastFingerprint = current;
        this.keepAwake();
        this.onChange();
      }
      this.scheduleSample();
    }, SAMPLE_INTERVAL_MS);
  }

  private stopSampling(): void {
    this.sampling = false;
    this.timers.clearTimeout(this.sampleTimer);
  }

  private sleep(): void {
    this.observer.disconnect();
    this.observing = false;
    this.stopSampling();
    this.timers.clearTimeout(this.sleepTimer);
  }
}
