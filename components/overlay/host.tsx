import { createRoot, type Root } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Overlay, type OverlayProps } from './Overlay';
import overlayCss from './overlay.css?inline';

/** The overlay's host element; its name is part of the public overlay contract. */
const OVERLAY_TAG = 'partner-context-guard';

/** How often the page may remove the overlay before we stop fighting and report it hidden. */
const MAX_REATTACHMENTS = 20;

export interface OverlayHost {
  readonly element: HTMLElement | null;
  render(props: OverlayProps): void;
  hide(): void;
  remove(): void;
  /** Puts the host back if the page removed it or tampered with its style. */
  ensureAttached(): void;
  isVisible(): boolean;
}

/**
 * Panels and dropdowns close on a mouse-down "outside" them, caught in the capture phase before it
 * reaches us (Fluent UI's Panel listens on document.body). A press on the overlay is stopped at
 * the window, earlier still, so using the overlay never closes the form it is helping with.
 */
function shieldPointerDowns(ctx: ContentScriptContext, host: HTMLElement): void {
  const shield = (event: Event) => {
    if (event.composedPath().includes(host)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  };
  for (const type of ['pointerdown', 'mousedown', 'touchstart'] as const) {
    ctx.addEventListener(window, type, shield, { capture: true });
  }
}

/** Mounts the overlay lazily in a shadow root (WXT createShadowRootUi, open mode per the overlay contract). */
export function createOverlayHost(ctx: ContentScriptContext): OverlayHost {
  let ui: ShadowRootContentScriptUi<Root> | null = null;
  let pending: OverlayProps | null = null;
  let hidden = false;
  let reattachments = 0;

  const draw = () => {
    if (!ui?.mounted || !pending || hidden) return;
    ui.mounted.render(<Overlay {...pending} />);
  };

  void createShadowRootUi<Root>(ctx, {
    name: OVERLAY_TAG,
    mode: 'open',
    css: overlayCss,
    // The page never sees our clicks and keys: a portal's own handlers can't react to them.
    isolateEvents: [
      'click',
      'dblclick',
      'keydown',
      'keyup',
      'keypress',
      'input',
      'change',
      'focusin',
      'focusout',
      'wheel',
    ],
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container) {
      const root = createRoot(container);
      return root;
    },
    onRemove(root) {
      root?.unmount();
    },
  }).then((created) => {
    shieldPointerDowns(ctx, created.shadowHost);
    ui = created;
    if (!hidden) {
      ui.mount();
      draw();
    }
  });

  return {
    get element() {
      return ui?.shadowHost ?? null;
    },
    render(props) {
      pending = props;
      if (hidden && ui) {
        hidden = false;
        ui.mount();
      }
      hidden = false;
      draw();
    },
    hide() {
      if (hidden) return;
      hidden = true;
      ui?.remove();
    },
    remove() {
      ui?.remove();
    },
    ensureAttached() {
      const host = ui?.shadowHost;
      if (!ui || !host || hidden) return;
      if (host.hasAttribute('style')) host.removeAttribute('style');
      if (host.hasAttribute('hidden')) host.removeAttribute('hidden');
      // Removed, or moved into a container the page can hide: put it back where it belongs.
      const displaced = !host.isConnected || host.parentElement !== document.body;
      if (displaced && reattachments < MAX_REATTACHMENTS) {
        reattachments += 1;
        ui.remove();
        ui.mount();
        draw();
      }
    },
    isVisible() {
      const host = ui?.shadowHost;
      if (!host || hidden) return true;
      if (!host.isConnected) return false;
      // checkVisibility also sees ancestors the page hid; the style check is for engines without it.
      if (typeof host.checkVisibility === 'function') {
        return host.checkVisibility({ opacityProperty: true, visibilityProperty: true });
      }
      const style = getComputedStyle(host);
      return style.display !== 'none' && style.visibility !== 'hidden' && Number(style.opacity) > 0.1;
    },
  };
}
