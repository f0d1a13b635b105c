import { onHosts } from '../detect-host';
import type { PortalModule } from '../types';

/**
 * Frames the Azure portal renders blades in (portal-facts: host list A, extensions injecting
 * there B). React views are cross-origin iframes named `<Blade>.ReactView` (B: several public
 * Playwright scripts, e.g. `AppList.ReactView`; the help + support overview is one, A), on
 * `sandbox-N` hosts where N is not stable (B). Whether the *new support request* form is a React
 * view or a classic Knockout blade in the top document is still unconfirmed (C), so both paths
 * stay: a frame here, or the shell's own document. They can't see the top URL, so they name no
 * tenant: the background gives them the tab's context. Whether a frame holds a support form is
 * decided from its DOM, never from its name.
 */
const FRAME_HOSTS = [
  '*.reactblade.portal.azure.net',
  '*.reactblade-ms.portal.azure.net',
  '*.reactblade-rc.portal.azure.net',
  '*.hosting.portal.azure.net',
  '*.ext.azure.com',
];

export const azureFrame: PortalModule = {
  id: 'azure-frame',
  nameKey: 'portal_azure_frame',
  hosts: FRAME_HOSTS,
  detect: (url) => (onHosts(url, FRAME_HOSTS) ? { portal: 'azure-frame', page: 'other' } : null),
  tenantsFromUrl: () => [],
};
