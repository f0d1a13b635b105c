import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { PortalGuardModule } from '../components/overlay/bootstrap';
import { startPortalGuard } from '../components/overlay/start';

/**
 * The content script's real work (observation, reporting, fills), built as its own ES module (see
 * wxt.config.ts) and imported by the bootstrap in the top frame, and in any other frame once it
 * holds something worth reporting. Its default export is the value main returns.
 */
export default defineUnlistedScript({
  globalName: false,
  main(): PortalGuardModule {
    return { startPortalGuard };
  },
});
