import { defineContentScript } from 'wxt/utils/define-content-script';
import { PORTAL_MATCHES } from '../../lib/portals/hosts';
import { startPortalGuard } from '../../components/overlay/start';
import '../../components/overlay/overlay.css';

export default defineContentScript({
  matches: PORTAL_MATCHES,
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    startPortalGuard(ctx);
  },
});
