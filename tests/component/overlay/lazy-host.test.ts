import { describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { OverlayHost } from '../../../components/overlay/host';
import { browser } from 'wxt/browser';
import {
  createLazyOverlayHost,
  importOverlayUi,
  loadOverlayUi,
  type OverlayUi,
} from '../../../components/overlay/lazy-host';
import type { OverlayProps } from '../../../components/overlay/Overlay';

const ctx = { isInvalid: false } as ContentScriptContext;
const props = (label: string) => ({ theme: label }) as unknown as OverlayProps;

/** A real host stand-in that records what was asked of it. */
function recordingHost() {
  const calls: string[] = [];
  const element = {} as HTMLElement;
  const host: OverlayHost = {
    element,
    render: (next) => calls.push(`render ${next.theme}`),
    hide: () => calls.push('hide'),
    remove: () => calls.push('remove'),
    ensureAttached: () => calls.push('ensureAttached'),
    isVisible: () => false,
  };
  return { host, calls, element };
}

/** A UI module whose loading the test finishes by hand. */
function deferredUi(host: OverlayHost) {
  let finish!: (ui: OverlayUi | null) => void;
  const loaded = new Promise<OverlayUi | null>((resolve) => (finish = resolve));
  const createOverlayHost = vi.fn(() => host);
  return {
    load: () => loaded,
    createOverlayHost,
    finish: async (ui: OverlayUi | null = { createOverlayHost }) => {
      finish(ui);
      await loaded;
      await Promise.resolve();
    },
  };
}

describe('the lazily loaded overlay host', () => {
  it('renders the latest props on the real host once the UI has loaded, and forwards from then on', async () => {
    const real = recordingHost();
    const ui = deferredUi(real.host);
    const host = createLazyOverlayHost(ctx, ui.load);
    host.render(props('light'));
    host.render(props('dark'));
    expect(host.element).toBeNull();
    expect(host.isVisible()).toBe(true);

    await ui.finish();
    expect(ui.createOverlayHost).toHaveBeenCalledWith(ctx);
    expect(real.calls).toEqual(['render dark']);
    expect(host.element).toBe(real.element);

    host.ensureAttached();
    host.hide();
    expect(real.calls).toEqual(['render dark', 'ensureAttached', 'hide']);
    expect(host.isVisible()).toBe(false);
  });

  it('keeps a host hidden before the UI loaded hidden, and creates none once removed', async () => {
    const hidden = recordingHost();
    const hiddenUi = deferredUi(hidden.host);
    const first = createLazyOverlayHost(ctx, hiddenUi.load);
    first.render(props('light'));
    first.hide();
    await hiddenUi.finish();
    expect(hidden.calls).toEqual(['hide']);

    const removedUi = deferredUi(recordingHost().host);
    const second = createLazyOverlayHost(ctx, removedUi.load);
    second.render(props('light'));
    second.remove();
    await removedUi.finish();
    expect(removedUi.createOverlayHost).not.toHaveBeenCalled();
  });

  it('stays an inert host when the UI does not load or throws', async () => {
    const failed = deferredUi(recordingHost().host);
    const host = createLazyOverlayHost(ctx, failed.load);
    host.render(props('light'));
    await failed.finish(null);
    expect(() => host.ensureAttached()).not.toThrow();
    expect(host.element).toBeNull();
    expect(host.isVisible()).toBe(true);

    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const throwing = deferredUi(recordingHost().host);
    const other = createLazyOverlayHost(ctx, throwing.load);
    other.render(props('light'));
    await throwing.finish({
      createOverlayHost: () => {
        throw new Error('no document');
      },
    });
    expect(other.element).toBeNull();
    expect(debug).toHaveBeenCalled();
  });

  it('resolves to nothing, without throwing, when the UI module cannot be imported', async () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    await expect(loadOverlayUi()).resolves.toBeNull();
    expect(debug).toHaveBeenCalledWith('[Partner Context Guard] overlay UI not loaded', expect.anything());
  });

  it('imports the UI by the dynamic URL, and by the fixed one only where the dynamic one is refused', async () => {
    const createOverlayHost = () => recordingHost().host;
    const dynamicUrl = 'chrome-extension://0f5e3c1a-52a4-4c8e-9a43-2d5b1f0e7c11/overlay-ui.js';
    vi.spyOn(browser.runtime, 'getURL').mockReturnValue(dynamicUrl);
    const fixedUrl = `chrome-extension://${browser.runtime.id}/overlay-ui.js`;

    const accepting = vi.fn(() => Promise.resolve({ default: { createOverlayHost } }));
    await expect(importOverlayUi(accepting)).resolves.toEqual({ createOverlayHost });
    expect(accepting.mock.calls).toEqual([[dynamicUrl]]);

    const refusingDynamic = vi.fn((url: string) =>
      url === dynamicUrl
        ? Promise.reject(new TypeError('refused'))
        : Promise.resolve({ default: { createOverlayHost } }),
    );
    await expect(importOverlayUi(refusingDynamic)).resolves.toEqual({ createOverlayHost });
    expect(refusingDynamic.mock.calls).toEqual([[dynamicUrl], [fixedUrl]]);

    await expect(importOverlayUi(() => Promise.resolve({ default: {} }))).rejects.toThrow('no createOverlayHost');
  });
});
