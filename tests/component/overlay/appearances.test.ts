// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { AppearanceWatch } from '../../../components/overlay/appearances';
import { bootPortalGuard, type PortalGuardModule } from '../../../components/overlay/bootstrap';
import { StructureWatch } from '../../../components/overlay/structure-watch';

/** Every context made in a test is invalidated after it, as WXT does, so no listener outlives it. */
const contexts: (() => void)[] = [];
afterEach(() => contexts.splice(0).forEach((invalidate) => invalidate()));

function fakeContext() {
  const invalidated: (() => void)[] = [];
  const listeners = new AbortController();
  invalidated.push(() => listeners.abort());
  contexts.push(() => invalidated.forEach((callback) => callback()));
  const ctx = {
    isValid: true,
    isInvalid: false,
    onInvalidated: (callback: () => void) => invalidated.push(callback),
    addEventListener: (target: EventTarget, type: string, listener: EventListener, options?: AddEventListenerOptions) =>
      target.addEventListener(type, listener, options),
  };
  return {
    ctx: ctx as unknown as ContentScriptContext,
    invalidate: () => invalidated.forEach((callback) => callback()),
  };
}

/** jsdom runs no animations: the browser's event, dispatched by hand. */
function animationStart(target: Element, animationName: string): Event {
  const event = new Event('animationstart', { bubbles: true });
  Object.defineProperty(event, 'animationName', { value: animationName });
  target.dispatchEvent(event);
  return event;
}

describe('AppearanceWatch', () => {
  beforeEach(() => {
    document.head.innerHTML = '<style id="page">.tile { color: red }</style>';
    document.body.innerHTML = '<section id="tiles"></section>';
  });

  it('puts its rule first in the document, in a layer, setting the animation name only', () => {
    new AppearanceWatch(fakeContext().ctx, 'pcg-test', 'input,textarea', () => undefined).start();
    const first = document.head.firstElementChild!;
    expect(first.id).not.toBe('page');
    const css = first.textContent!;
    expect(css).toMatch(/^@layer pcg-test\{/);
    expect(css).toContain('}input,textarea{animation-name:pcg-test}}');
    // No shorthand and no other sub-property: nothing of a page's own animation can be filled in.
    expect(css).not.toMatch(/animation(-duration|-delay|-fill-mode|-iteration-count|-timing-function)?:(?!name)/);
  });

  it('announces matching elements by its own animation and keeps those events from the page', () => {
    const appeared = vi.fn();
    new AppearanceWatch(fakeContext().ctx, 'pcg-test', 'input', appeared).start();
    const pageSaw = vi.fn();
    document.addEventListener('animationstart', pageSaw);
    const input = document.body.appendChild(document.createElement('input'));
    animationStart(input, 'pcg-test');
    expect(appeared).toHaveBeenCalledWith(input);
    expect(pageSaw).not.toHaveBeenCalled();
  });

  it("counts the page's own animation on a matching element, and leaves that event to the page", () => {
    const appeared = vi.fn();
    new AppearanceWatch(fakeContext().ctx, 'pcg-test', 'input', appeared).start();
    const pageSaw = vi.fn();
    document.addEventListener('animationstart', pageSaw);
    const input = document.body.appendChild(document.createElement('input'));
    animationStart(input, 'page-glow');
    const tile = document.body.appendChild(document.createElement('div'));
    animationStart(tile, 'page-spin');
    expect(appeared.mock.calls).toEqual([[input]]);
    expect(pageSaw).toHaveBeenCalledTimes(2);
  });

  it('puts its rule back when the page removed it, and takes it away when stopped or invalidated', () => {
    const { ctx, invalidate } = fakeContext();
    const watch = new AppearanceWatch(ctx, 'pcg-test', 'input', () => undefined);
    watch.start();
    document.head.firstElementChild!.remove();
    watch.start();
    expect(document.head.firstElementChild!.textContent).toContain('pcg-test');
    invalidate();
    expect(document.head.textContent).not.toContain('pcg-test');
  });
});

describe('StructureWatch with announced elements', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    document.body.innerHTML = '<section id="tiles"></section>';
  });
  afterEach(() => vi.useRealTimers());

  it('finds a form that appears while the page churns at once, and leaves the churn unobserved', async () => {
    const onChange = vi.fn();
    const isRelevant = vi.fn(() => false);
    const watch = new StructureWatch(fakeContext().ctx, isRelevant, onChange);
    watch.wake();
    const tiles = document.getElementById('tiles')!;
    const churn = async () => {
      for (let index = 0; index < 40; index += 1) tiles.append(document.createElement('div'));
      await Promise.resolve();
    };
    for (let batch = 0; batch < 5; batch += 1) await churn();
    const input = document.body.appendChild(document.createElement('input'));
    animationStart(input, 'pcg-appear');
    expect(onChange).toHaveBeenCalledTimes(1);
    // The appearance does not reconnect the observer: the churn still costs nothing per record.
    isRelevant.mockClear();
    for (let batch = 0; batch < 5; batch += 1) await churn();
    expect(isRelevant).not.toHaveBeenCalled();
    expect(watch.awake).toBe(true);
  });
});

describe('bootPortalGuard', () => {
  const guard = (): { load: () => Promise<PortalGuardModule>; started: ReturnType<typeof vi.fn> } => {
    const started = vi.fn();
    return { load: () => Promise.resolve({ startPortalGuard: started }), started };
  };
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  beforeEach(() => {
    document.head.innerHTML = '';
    document.body.innerHTML = '<div class="ext-tile">Extension host</div><input type="hidden" value="token" />';
  });

  it('starts the guard in the top frame at once', async () => {
    const { load, started } = guard();
    bootPortalGuard(fakeContext().ctx, load, true);
    await settle();
    expect(started).toHaveBeenCalledTimes(1);
  });

  it('leaves a quiet frame with the bootstrap only, until a control appears in it', async () => {
    const { load, started } = guard();
    bootPortalGuard(fakeContext().ctx, load, false);
    await settle();
    expect(started).not.toHaveBeenCalled();
    document.body.append(Object.assign(document.createElement('div'), { className: 'ext-status' }));
    const input = document.body.appendChild(document.createElement('input'));
    animationStart(input, 'pcg-frame-content');
    animationStart(input, 'pcg-frame-content');
    await settle();
    expect(started).toHaveBeenCalledTimes(1);
    // The bootstrap's rule is gone once the guard runs.
    expect(document.head.textContent).not.toContain('pcg-frame-content');
  });

  it('starts the guard in a frame that already holds a form control or a header', async () => {
    for (const markup of ['<textarea></textarea>', '<header class="fxs-topbar"></header>']) {
      document.body.innerHTML = markup;
      const { load, started } = guard();
      bootPortalGuard(fakeContext().ctx, load, false);
      await settle();
      expect(started, markup).toHaveBeenCalledTimes(1);
    }
  });

  it('never throws into the page when the guard cannot be imported', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    expect(() => bootPortalGuard(fakeContext().ctx, () => Promise.reject(new Error('refused')), true)).not.toThrow();
    await settle();
    expect(debug).toHaveBeenCalledWith('[Partner Context Guard] guard not loaded', expect.anything());
    debug.mockRestore();
  });
});
