import { defineContentScript } from 'wxt/utils/define-content-script';
import { PORTAL_MATCHES } from '../../lib/portals/hosts';
import { startPortalGuard } from '../../components/overlay/start';

export default defineContentScript({
  matches: PORTAL_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  // The overlay's CSS is inlined into its shadow root, so no file is exposed to the page.
  cssInjectionMode: 'manual',
  main(ctx) {
    startPortalGuard(ctx);
  },
});
