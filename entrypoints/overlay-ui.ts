import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createOverlayHost } from '../components/overlay/host';
import type { OverlayUi } from '../components/overlay/lazy-host';

/**
 * The overlay's React UI, built as its own ES module (see wxt.config.ts) and imported by the
 * content script only in a frame that has something to show. Its default export is the value
 * main returns.
 */
export default defineUnlistedScript({
  globalName: false,
  main(): OverlayUi {
    return { createOverlayHost };
  },
});
