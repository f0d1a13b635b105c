// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { FrameObserver } from '../../../components/overlay/frame-observer';

/** The parts of WXT's context the observer uses, invalidated after each test. */
let invalidate: () => void = () => undefined;
function fakeContext(): ContentScriptContext {
  const callbacks: (() => void)[] = [];
  const listeners = new AbortController();
  invalidate = () => {
    listeners.abort();
    callbacks.splice(0).forEach((callback) => callback());
  };
  return {
    isValid: true,
    isInvalid: false,
    onInvalidated: (callback: () => void) => callbacks.push(callback),
    addEventListener: (target: EventTarget, type: string, listener: EventListener, options?: AddEventListenerOptions) =>
      target.addEventListener(type, listener, { ...options, signal: listeners.signal }),
  } as unknown as ContentScriptContext;
}

/** Lets MutationObserver callbacks (microtasks) and the batched animation frame run. */
const settle = async () => {
  await Promise.resolve();
  await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
};

async function churn(tiles: HTMLElement, records: number) {
  for (let index = 0; index < records; index += 1) tiles.append(document.createElement('div'));
  await Promise.resolve();
}

describe('FrameObserver', () => {
  let onPass: ReturnType<typeof vi.fn<() => void>>;
  let observer: FrameObserver;
  beforeEach(() => {
    document.body.innerHTML =
      '<main><section id="tiles"></section><div class="blade"><div id="form"><label>Email <input id="email"></label>' +
      '<label>Phone <input id="phone"></label></div></div></main>';
    onPass = vi.fn<() => void>();
    observer = new FrameObserver(fakeContext(), {
      overlayElement: () => null,
      onPass,
      onGeometry: () => undefined,
    });
    observer.start();
  });
  afterEach(() => invalidate());

  const fields = () => [document.getElementById('email')!, document.getElementById('phone')!];

  it('sees the form removed at once while the page churns, though structure is no longer observed', async () => {
    const tiles = document.getElementById('tiles')!;
    for (let batch = 0; batch < 5; batch += 1) await churn(tiles, 40);
    observer.watchDetails(fields());
    await settle();
    onPass.mockClear();
    // The churn alone brings no pass: no ancestor of the form changes.
    for (let batch = 0; batch < 5; batch += 1) await churn(tiles, 40);
    await settle();
    expect(onPass).not.toHaveBeenCalled();
    // Removing the blade (an ancestor of the form, far above the fields) does.
    document.querySelector('.blade')!.remove();
    await settle();
    expect(onPass).toHaveBeenCalledTimes(1);
  });

  it('ignores siblings added beside the form, and sees a field removed inside it', async () => {
    observer.watchDetails(fields());
    await settle();
    onPass.mockClear();
    document.querySelector('main')!.append(document.createElement('div'));
    await settle();
    // (The structure watch is awake here and sees the sibling as irrelevant too.)
    expect(onPass).not.toHaveBeenCalled();
    document.getElementById('phone')!.closest('label')!.remove();
    await settle();
    expect(onPass).toHaveBeenCalledTimes(1);
  });
});
