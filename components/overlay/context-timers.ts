import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Timers and animation frames that die with the content script's context, like WXT's
 * `ctx.setTimeout` and `ctx.requestAnimationFrame`, but without their cost per call: those add an
 * invalidation listener for every timer and never remove it, which grows without bound in a
 * script that schedules a pass on every change all day. Here one listener clears whatever is
 * pending, and each timer forgets itself when it fires or is cleared.
 */
export class ContextTimers {
  private readonly timeouts = new Set<number>();
  private readonly frames = new Set<number>();

  constructor(private readonly ctx: ContentScriptContext) {
    ctx.onInvalidated(() => {
      for (const id of this.timeouts) window.clearTimeout(id);
      for (const id of this.frames) window.cancelAnimationFrame(id);
      this.timeouts.clear();
      this.frames.clear();
    });
  }

  setTimeout(handler: () => void, ms: number): number {
    const id = window.setTimeout(() => {
      this.timeouts.delete(id);
      if (this.ctx.isValid) handler();
    }, ms);
    this.timeouts.add(id);
    return id;
  }

  clearTimeout(id: number | undefined): void {
    if (id === undefined) return;
    window.clearTimeout(id);
    this.timeouts.delete(id);
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = window.requestAnimationFrame((time) => {
      this.frames.delete(id);
      if (this.ctx.isValid) callback(time);
    });
    this.frames.add(id);
    return id;
  }

  /** How many timers and frames are pending (for tests: nothing may pile up). */
  get pending(): number {
    return this.timeouts.size + this.frames.size;
  }
}
