// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ATTENTION_WINDOW_MS, StructureWatch } from '../../../components/overlay/structure-watch';

/** The parts of WXT's context the watch uses; its timers are the (fake) window timers. */
function fakeContext(): ContentScriptContext {
  return {
    isValid: true,
    onInvalidated: () => undefined,
    addEventListener: (target: EventTarget, type: string, listener: EventListener, options?: AddEventListenerOptions) =>
      target.addEventListener(type, listener, options),
  } as unknown as ContentScriptContext;
}

const hasInput = (records: MutationRecord[]) =>
  records.some((record) => [...record.addedNodes].some((node) => node instanceof HTMLInputElement));

/** Lets MutationObserver callbacks (microtasks) run. */
const flushMutations = () => Promise.resolve().then(() => undefined);

async function churn(tiles: HTMLElement, records: number) {
  for (let index = 0; index < records; index += 1) tiles.append(document.createElement('div'));
  await flushMutations();
}

describe('StructureWatch', () => {
  let tiles: HTMLElement;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    document.body.innerHTML = '<section id="tiles"></section>';
    tiles = document.getElementById('tiles')!;
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reports a relevant insertion at once while the page is quiet', async () => {
    const onChange = vi.fn();
    new StructureWatch(fakeContext(), hasInput, onChange).wake();
    document.body.append(document.createElement('input'));
    await flushMutations();
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('stops observing a churning page for the rest of the window, with nothing to sample', async () => {
    const onChange = vi.fn();
    const isRelevant = vi.fn(hasInput);
    const watch = new StructureWatch(fakeContext(), isRelevant, onChange);
    watch.wake();
    for (let batch = 0; batch < 5; batch += 1) await churn(tiles, 40);
    expect(watch.awake).toBe(true);
    // No records are delivered any more (the appearances and the frame observer's detail watch
    // see what matters), and the only timer left is the one that closes the window.
    isRelevant.mockClear();
    await churn(tiles, 100);
    document.body.append(document.createElement('input'));
    await flushMutations();
    expect(isRelevant).not.toHaveBeenCalled();
    expect(onChange).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(ATTENTION_WINDOW_MS + 1);
    expect(watch.awake).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('costs nothing after the attention window: neither records nor samples', async () => {
    const onChange = vi.fn();
    const watch = new StructureWatch(fakeContext(), hasInput, onChange);
    watch.wake();
    await vi.advanceTimersByTimeAsync(ATTENTION_WINDOW_MS + 1);
    expect(watch.awake).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
    document.body.append(document.createElement('input'));
    await flushMutations();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('goes back to observing record by record when the user acts again', async () => {
    const onChange = vi.fn();
    const watch = new StructureWatch(fakeContext(), hasInput, onChange);
    watch.wake();
    for (let batch = 0; batch < 5; batch += 1) await churn(tiles, 40);
    watch.wake();
    document.body.append(document.createElement('input'));
    await flushMutations();
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
