import { onHosts } from '../detect-host';
import type { PortalModule } from '../types';

/**
 * Frames the Azure portal renders blades in (portal-facts: host list A, extensions injecting
 * there B). They can't see the top URL, so they name no tenant: the background gives them the
 * tab's context. Whether a frame holds a support form is decided from its DOM.
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
