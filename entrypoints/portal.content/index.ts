import { defineContentScript } from 'wxt/utils/define-content-script';
import { PORTAL_MATCHES } from '../../lib/portals/hosts';
import { bootPortalGuard } from '../../components/overlay/bootstrap';

export default defineContentScript({
  matches: PORTAL_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  // The overlay's CSS is inlined into its shadow root, so no file is exposed to the page.
  cssInjectionMode: 'manual',
  // WXT would also announce each start to the page by window.postMessage, naming the extension ID:
  // every portal frame's own message listeners would see it. Its CustomEvent is enough (and is
  // guarded: components/overlay/forged-restart.ts).
  noScriptStartedPostMessage: true,
  main(ctx) {
    // A small bootstrap: the guard itself is imported only where there is something to guard.
    bootPortalGuard(ctx);
  },
});
