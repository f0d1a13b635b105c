import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectPage } from '../../lib/portals';
import { PortalGuard } from './controller';

export function startPortalGuard(ctx: ContentScriptContext): void {
  try {
    if (!detectPage(new URL(location.href))) return;
    new PortalGuard(ctx).start();
  } catch (error) {
    console.debug('[Partner Context Guard]', error);
  }
}
