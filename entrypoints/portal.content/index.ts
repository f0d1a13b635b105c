import { defineContentScript } from 'wxt/utils/define-content-script';
import { PORTAL_MATCHES } from '../../lib/portals/hosts';
import { bootPortalGuard } from '../../components/overlay/bootstrap';

export default defineContentScript({
  matches: PORTAL_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  // The overlay's CSS is inlined into its shadow root, so no file is exposed to the page.
  cssInjectionMode: 'manual',
  main(ctx) {
    // A small bootstrap: the guard itself is imported only where there is something to guard.
    bootPortalGuard(ctx);
  },
});
