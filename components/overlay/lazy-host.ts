import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { OverlayHost } from './host';
import type { OverlayProps } from './Overlay';
import { importExtensionModule, type ImportModule } from './extension-module';

/** What the overlay UI module (entrypoints/overlay-ui.ts) hands the content script. */
export interface OverlayUi {
  createOverlayHost(ctx: ContentScriptContext): OverlayHost;
}

/** The built UI module, web-accessible to the portal hosts only, through the session's dynamic URL. */
export const OVERLAY_UI_FILE = '/overlay-ui.js';

/** Imports the UI module by the session's dynamic URL (see importExtensionModule). */
export async function importOverlayUi(load?: ImportModule): Promise<OverlayUi> {
  const ui = (await importExtensionModule(OVERLAY_UI_FILE, load)) as Partial<OverlayUi> | undefined;
  if (typeof ui?.createOverlayHost !== 'function') throw new Error('the overlay UI module has no createOverlayHost');
  return ui as OverlayUi;
}

let loading: Promise<OverlayUi | null> | null = null;

/** Imports the UI module once per frame; a failure leaves the frame without overlay, never throws. */
export function loadOverlayUi(): Promise<OverlayUi | null> {
  loading ??= importOverlayUi().catch((error: unknown) => {
    console.debug('[Partner Context Guard] overlay UI not loaded', error);
    return null;
  });
  return loading;
}

/**
 * An overlay host that costs nothing until the first render: React and the overlay load then, and
 * what was asked of the host in the meantime is replayed on the real one. Frames that never show
 * anything never load the UI.
 */
export function createLazyOverlayHost(
  ctx: ContentScriptContext,
  load: () => Promise<OverlayUi | null> = loadOverlayUi,
): OverlayHost {
  let host: OverlayHost | null = null;
  let pending: OverlayProps | null = null;
  let state: 'shown' | 'hidden' | 'removed' = 'shown';

  void load().then((ui) => {
    if (!ui || state === 'removed' || ctx.isInvalid) return;
    try {
      host = ui.createOverlayHost(ctx);
      if (state === 'hidden') host.hide();
      else if (pending) host.render(pending);
    } catch (error) {
      console.debug('[Partner Context Guard]', error);
    }
  });

  return {
    get element() {
      return host?.element ?? null;
    },
    render(props) {
      pending = props;
      state = 'shown';
      host?.render(props);
    },
    hide() {
      state = 'hidden';
      host?.hide();
    },
    remove() {
      state = 'removed';
      host?.remove();
    },
    ensureAttached() {
      host?.ensureAttached();
    },
    isVisible() {
      return host?.isVisible() ?? true;
    },
  };
}
