import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { FRAME_CONTENT_SELECTOR } from '../../lib/portals/selectors';
import { AppearanceWatch } from './appearances';
import { importExtensionModule } from './extension-module';
import { ignoreForgedRestarts } from './forged-restart';

/** What the guard module (entrypoints/portal-guard.ts) hands the bootstrap. */
export interface PortalGuardModule {
  startPortalGuard(ctx: ContentScriptContext): void;
}

/** The built guard module, web-accessible to the portal hosts only, through the session's dynamic URL. */
const PORTAL_GUARD_FILE = '/portal-guard.js';

async function importPortalGuard(): Promise<PortalGuardModule> {
  const guard = (await importExtensionModule(PORTAL_GUARD_FILE)) as Partial<PortalGuardModule> | undefined;
  if (typeof guard?.startPortalGuard !== 'function') throw new Error('the guard module has no startPortalGuard');
  return guard as PortalGuardModule;
}

/**
 * The content script as the manifest injects it, into every frame of the portal hosts: small on
 * purpose. The Azure portal loads dozens of cross-origin extension frames that never show a form
 * or a header, and evaluating the full content script costs each of them milliseconds. The top
 * frame loads the guard (observation, reporting, fills) at once; any other frame only when it
 * holds a form control, a dropdown or a header, found at start or announced by an animation when
 * one appears later. Nothing throws into the page.
 */
export function bootPortalGuard(
  ctx: ContentScriptContext,
  load: () => Promise<PortalGuardModule> = importPortalGuard,
  isTop = window === window.top,
): void {
  let started = false;
  let watch: AppearanceWatch | null = null;
  const start = () => {
    if (started || ctx.isInvalid) return;
    started = true;
    watch?.stop();
    load()
      .then((guard) => {
        if (ctx.isValid) guard.startPortalGuard(ctx);
      })
      .catch((error: unknown) => console.debug('[Partner Context Guard] guard not loaded', error));
  };
  try {
    ignoreForgedRestarts(ctx);
    if (isTop || document.querySelector(FRAME_CONTENT_SELECTOR)) {
      start();
      return;
    }
    watch = new AppearanceWatch(ctx, 'pcg-frame-content', FRAME_CONTENT_SELECTOR, start);
    watch.start();
  } catch (error) {
    console.debug('[Partner Context Guard]', error);
  }
}
