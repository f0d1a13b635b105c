import { onHosts } from '../detect-host';
import type { PortalModule } from '../types';

/**
 * Frames the Azure portal renders blades in (portal-facts: host list A, extensions injecting
 * there B). They can't see the top URL, so they name no tenant: the background gives them the
 * tab's context. Whether a frame holds a support form is decided from its DOM.
 */
/**
 * The React view frames: the Azure support form renders in one (portal-facts: A). Only these
 * frames, embedded by a portal page on a support route, may hold a support form.
 */
export const FORM_FRAME_HOSTS = [
  '*.reactblade.portal.azure.net', // A
  '*.reactblade-ms.portal.azure.net', // A
  '*.reactblade-rc.portal.azure.net', // A
];

/**
 * Framework and extension frames: they render blades, dashboards, Markdown tiles, workbook
 * output, resource names and tags, i.e. customer-controlled content (portal-facts: A). They never
 * hold the support form, never give shell signals and get no contact or customer data.
 */
export const CONTENT_FRAME_HOSTS = [
  '*.hosting.portal.azure.net', // A
  '*.ext.azure.com', // A
];

const FRAME_HOSTS = [...FORM_FRAME_HOSTS, ...CONTENT_FRAME_HOSTS];

export const azureFrame: PortalModule = {
  id: 'azure-frame',
  nameKey: 'portal_azure_frame',
  hosts: FRAME_HOSTS,
  detect: (url) => (onHosts(url, FRAME_HOSTS) ? { portal: 'azure-frame', page: 'other' } : null),
  tenantsFromUrl: () => [],
};
