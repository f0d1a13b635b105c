// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ATTENTION_WINDOW_MS, StructureWatch } from '../../../components/overlay/structure-watch';
import { SAMPLE_INTERVAL_MS } from '../../../lib/overlay/structure';

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

  it('stops observing a churning page record by record, and still finds a form by sampling', async () => {
    const onChange = vi.fn();
    const watch = new StructureWatch(fakeContext(), hasInput, onChange);
    watch.wake();
    for (let batch = 0; batch < 5; batch += 1) await churn(tiles, 40);
    expect(watch.awake).toBe(true);
    // While sampling, the page's churn is no longer delivered as records: inserting the form
    // is not seen at once...
    document.body.append(document.createElement('input'));
    await flushMutations();
    expect(onChange).not.toHaveBeenCalled();
    // ...but at the next sample.
    await vi.advanceTimersByTimeAsync(SAMPLE_INTERVAL_MS);
    expect(onChange).toHaveBeenCalledTimes(1);
    // More churn without structure changes triggers nothing.
    await churn(tiles, 100);
    await vi.advanceTimersByTimeAsync(SAMPLE_INTERVAL_MS * 3);
    expect(onChange).toHaveBeenCalledTimes(1);
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
    await vi.advanceTimersByTimeAsync(SAMPLE_INTERVAL_MS * 4);
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
