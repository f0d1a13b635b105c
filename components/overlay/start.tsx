import { createRoot } from 'react-dom/client';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { detectPage } from '../../lib/portals';
import { t } from '../platform/i18n';

/** The overlay's host element; its name is part of the public overlay contract. */
export const OVERLAY_TAG = 'partner-context-guard';

export async function startPortalGuard(ctx: ContentScriptContext): Promise<void> {
  const page = detectPage(new URL(location.href));
  if (!page) return;
  const ui = await createShadowRootUi(ctx, {
    name: OVERLAY_TAG,
    mode: 'open',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(container) {
      const root = createRoot(container);
      root.render(<div data-pcg-portal={page.portal}>{t(`portal_${page.portal.replace(/-/g, '_')}`)}</div>);
      return root;
    },
    onRemove(root) {
      root?.unmount();
    },
  });
  ui.mount();
}
