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
