// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ContextTimers } from '../../../components/overlay/context-timers';

/** Counts the invalidation listeners a context holds, by watching its abort signal. */
function countInvalidationListeners(ctx: ContentScriptContext): () => number {
  let count = 0;
  const add = ctx.signal.addEventListener.bind(ctx.signal);
  vi.spyOn(ctx.signal, 'addEventListener').mockImplementation(
    (...args: Parameters<AbortSignal['addEventListener']>) => {
      count += 1;
      add(...args);
    },
  );
  return () => count;
}

describe('ContextTimers', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('adds one invalidation listener however many timers and frames it schedules', async () => {
    const ctx = new ContentScriptContext('test');
    const listeners = countInvalidationListeners(ctx);
    const timers = new ContextTimers(ctx);
    const fired = vi.fn();
    for (let index = 0; index < 1_000; index += 1) {
      timers.setTimeout(fired, 10);
      timers.requestAnimationFrame(fired);
    }
    await vi.advanceTimersByTimeAsync(100);
    expect(fired).toHaveBeenCalledTimes(2_000);
    expect(timers.pending).toBe(0);
    expect(listeners()).toBe(1);
    // WXT's own wrapper, for contrast: one listener per call, never removed.
    for (let index = 0; index < 10; index += 1) ctx.setTimeout(fired, 10);
    expect(listeners()).toBe(11);
  });

  it('forgets a cleared timer, and runs nothing once the context is invalidated', async () => {
    const ctx = new ContentScriptContext('test');
    const timers = new ContextTimers(ctx);
    const fired = vi.fn();
    const cleared = timers.setTimeout(fired, 10);
    timers.clearTimeout(cleared);
    expect(timers.pending).toBe(0);
    timers.setTimeout(fired, 10);
    timers.requestAnimationFrame(fired);
    ctx.notifyInvalidated();
    expect(timers.pending).toBe(0);
    await vi.advanceTimersByTimeAsync(100);
    expect(fired).not.toHaveBeenCalled();
  });
});
