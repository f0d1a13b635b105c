import { portalHosts } from '../host-match';
import { definePortal } from './define';
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
 * The React view frames (`role: 'form-frame'` in PORTAL_HOSTS): the Azure support form renders in
 * one (portal-facts: A). Only these frames, embedded by a portal page on a support route, may hold
 * a support form.
 */
export const FORM_FRAME_HOSTS = portalHosts('azure-frame', 'form-frame');

/**
 * Framework and extension frames (`role: 'content-frame'`): they render blades, dashboards,
 * Markdown tiles, workbook output, resource names and tags, i.e. customer-controlled content
 * (portal-facts: A). They never hold the support form, never give shell signals and get no
 * contact or customer data.
 */
export const CONTENT_FRAME_HOSTS = portalHosts('azure-frame', 'content-frame');

export const azureFrame: PortalModule = definePortal(
  'azure-frame',
  'portal_azure_frame',
  () => ({ portal: 'azure-frame', page: 'other' }),
  () => [],
);
