// @vitest-environment jsdom
// @vitest-environment-options {"url": "https://portal.azure.com/#@contoso.onmicrosoft.com/view/Microsoft_Azure_Support/NewSupportRequestV3Blade"}
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FrameVerdict } from '../../../components/platform/messaging';
import { CONTOSO_SUPPORT, buildView, emptyAzureForm, frameVerdictOf } from '../../support/projection';
import type * as LazyHost from '../../../components/overlay/lazy-host';

const messaging = vi.hoisted(() => ({
  verdict: null as FrameVerdict | null,
  sendMessage: vi.fn(),
  // Like the real one, registering a handler returns its remover.
  onMessage: vi.fn((_type: string, _handler: unknown) => () => undefined),
}));
vi.mock('../../../components/platform/messaging', () => ({
  sendMessage: messaging.sendMessage,
  onMessage: messaging.onMessage,
}));

// In the extension the React UI is a separate module loaded from the extension's origin; here
// the UI module is the source itself.
vi.mock('../../../components/overlay/lazy-host', async (importOriginal) => {
  const original = await importOriginal<typeof LazyHost>();
  const ui = await import('../../../components/overlay/host');
  return {
    ...original,
    createLazyOverlayHost: (ctx: Parameters<typeof original.createLazyOverlayHost>[0]) =>
      original.createLazyOverlayHost(ctx, () => Promise.resolve({ createOverlayHost: ui.createOverlayHost })),
  };
});

const { PortalGuard } = await import('../../../components/overlay/controller');

/**
 * The parts of WXT's content-script context the guard uses, on the test window's own timers.
 * `invalidate` ends the guard as an extension reload would: listeners, observers and timers stop.
 */
function fakeContext() {
  const cleanups: (() => void)[] = [];
  const timers = new Set<number>();
  const later = (handler: () => void, ms: number) => {
    const id = window.setTimeout(() => {
      timers.delete(id);
      handler();
    }, ms);
    timers.add(id);
    return id;
  };
  const ctx = {
    isValid: true,
    isInvalid: false,
    addEventListener: (
      target: EventTarget,
      type: string,
      handler: EventListener,
      options?: AddEventListenerOptions,
    ) => {
      target.addEventListener(type, handler, options);
      cleanups.push(() => target.removeEventListener(type, handler, options));
    },
    requestAnimationFrame: (callback: () => void) => later(callback, 0),
    setTimeout: later,
    onInvalidated: (callback: () => void) => {
      cleanups.push(callback);
      return () => undefined;
    },
  } as unknown as ContentScriptContext;
  return {
    ctx,
    invalidate() {
      for (const cleanup of cleanups.splice(0)) cleanup();
      for (const id of timers) window.clearTimeout(id);
      timers.clear();
    },
  };
}

/** The Azure shell header and a support form, as the replica renders them. */
function portalPage() {
  document.body.innerHTML = `
    <header class="fxs-topbar">
      <div class="fxs-avatarmenu-username">alex@fabrikamcsp.onmicrosoft.com</div>
      <div class="fxs-avatarmenu-tenant">Contoso Ltd</div>
    </header>
    <main id="blade">
      <label for="plan">Support plan</label><select id="plan"><option value="">Select…</option></select>
      <label for="first">First name</label><input id="first">
      <label for="last">Last name</label><input id="last">
      <label for="email">Email</label><input id="email">
    </main>
    <section id="tiles"></section>`;
}

/** Lets timers, animation frames (timers here) and MutationObserver callbacks run. */
const settle = (ms = 30) => new Promise((resolve) => window.setTimeout(resolve, ms));

/** Everything that escapes to the page: uncaught errors and unhandled rejections. */
function recordEscapes() {
  const escaped: unknown[] = [];
  const onError = (event: ErrorEvent) => escaped.push(event.error ?? event.message);
  const onRejection = (reason: unknown) => escaped.push(reason);
  window.addEventListener('error', onError);
  process.on('unhandledRejection', onRejection);
  return {
    escaped,
    stop() {
      window.removeEventListener('error', onError);
      process.off('unhandledRejection', onRejection);
    },
  };
}

/** Replaces a DOM method on a prototype with one that throws, until `restore` is called. */
function breakMethod<T extends object>(prototype: T, name: keyof T & string) {
  const original = Object.getOwnPropertyDescriptor(prototype, name)!;
  Object.defineProperty(prototype, name, {
    ...original,
    value: () => {
      throw new Error(`hostile page: ${name}`);
    },
  });
  return () => Object.defineProperty(prototype, name, original);
}

describe('the content script on a hostile page', () => {
  let escapes: ReturnType<typeof recordEscapes>;
  let debug: ReturnType<typeof vi.spyOn>;
  let context: ReturnType<typeof fakeContext>;

  beforeEach(() => {
    portalPage();
    messaging.verdict = frameVerdictOf(buildView({ url: CONTOSO_SUPPORT, form: emptyAzureForm() }));
    messaging.sendMessage.mockImplementation(async (type: string) =>
      type === 'reportFrame' ? messaging.verdict : undefined,
    );
    debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    escapes = recordEscapes();
    context = fakeContext();
  });
  afterEach(async () => {
    context.invalidate();
    await settle();
    escapes.stop();
    document.querySelectorAll('partner-context-guard').forEach((host) => host.remove());
  });

  it('is a real guard: on a well-behaved page it reports the frame', async () => {
    new PortalGuard(context.ctx).start();
    await settle();
    expect(location.host).toBe('portal.azure.com');
    expect(messaging.sendMessage).toHaveBeenCalledWith('reportFrame', expect.objectContaining({ url: location.href }));
    await vi.waitFor(() => expect(document.querySelector('partner-context-guard')?.shadowRoot).toBeTruthy());
    expect(debug).not.toHaveBeenCalled();
    expect(escapes.escaped).toEqual([]);
  });

  it('keeps every error inside when the page’s header and form throw on read, and recovers after', async () => {
    const tenant = document.querySelector('.fxs-avatarmenu-tenant')!;
    Object.defineProperty(tenant, 'textContent', {
      configurable: true,
      get() {
        throw new Error('hostile page: textContent');
      },
    });
    const restoreRects = breakMethod(Element.prototype, 'getBoundingClientRect');
    const restoreQuery = breakMethod(Document.prototype, 'querySelectorAll');

    new PortalGuard(context.ctx).start();
    // The verdict pushed by the background is rendered on the same hostile DOM.
    const pushVerdict = messaging.onMessage.mock.calls.find(([type]) => type === 'pushVerdict')![1] as (message: {
      data: FrameVerdict;
    }) => void;
    pushVerdict({ data: messaging.verdict! });
    // A flood of mutations and input, each of which schedules another pass over the page.
    const tiles = document.getElementById('tiles')!;
    for (let batch = 0; batch < 20; batch += 1) {
      for (let index = 0; index < 500; index += 1) tiles.append(document.createElement('div'));
      document.getElementById('first')!.dispatchEvent(new Event('input', { bubbles: true }));
      window.dispatchEvent(new HashChangeEvent('hashchange'));
      await settle(5);
    }
    await settle();

    expect(escapes.escaped).toEqual([]);
    // The hostile reads did throw, and were caught and logged quietly.
    expect(debug).toHaveBeenCalledWith('[Partner Context Guard]', expect.any(Error));

    // Once the page behaves again, the guard goes on working.
    restoreQuery();
    restoreRects();
    Object.defineProperty(tenant, 'textContent', { configurable: true, value: 'Contoso Ltd', writable: true });
    messaging.sendMessage.mockClear();
    document.getElementById('blade')!.append(Object.assign(document.createElement('input'), { id: 'phone' }));
    document.getElementById('first')!.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    expect(messaging.sendMessage).toHaveBeenCalledWith('reportFrame', expect.anything());
    expect(escapes.escaped).toEqual([]);
  });

  // The MutationObserver callbacks (the structure watch's relevance check and the detail
  // observer, set up in controller.ts start()) run outside safely(): their check guards itself.
  it('keeps errors inside when every element selector match throws during a mutation flood', async () => {
    new PortalGuard(context.ctx).start();
    await settle();
    const restoreMatches = breakMethod(Element.prototype, 'matches');
    const restoreClosest = breakMethod(Element.prototype, 'closest');
    const tiles = document.getElementById('tiles')!;
    try {
      for (let batch = 0; batch < 10; batch += 1) {
        for (let index = 0; index < 200; index += 1) tiles.append(document.createElement('input'));
        await settle(5);
      }
      await settle();
    } finally {
      restoreClosest();
      restoreMatches();
    }
    expect(escapes.escaped).toEqual([]);
  });
});
