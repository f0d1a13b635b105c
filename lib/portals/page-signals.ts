import type { Signal, SignalSource } from '../model/tenant';
import { readAzureHeader, readAzureTheme } from './azure-header';
import { readM365Header } from './m365-header';
import type { PortalId } from './types';

/** Where the DOM being read sits: its portal, and whether it is the tab's top document. */
export interface FrameOrigin {
  readonly portal: PortalId | null;
  readonly top: boolean;
}

/**
 * Every tenant signal the page's DOM offers. Portals without a known header give none. The
 * admin center's org-name control is a shell signal, read only in the admin center's top frame.
 */
export function readPageSignals(root: ParentNode, now: number, origin?: FrameOrigin): Signal[] {
  const signals = readAzureHeader(root, now);
  if (origin?.top && origin.portal === 'm365-admin') signals.push(...readM365Header(root, now));
  return signals;
}

/** The Azure shell: the hosts whose top document draws the header (portal-facts: hosts A). */
const AZURE_SHELL: readonly PortalId[] = ['azure', 'azure-gov', 'entra', 'intune'];

/**
 * Shell signals: what a portal shell's own header or sign-in cache shows. They count only from
 * the top frame of their shell's hosts, as any frame can imitate a header (design.md,
 * Provenance). Every source a frame may report is listed here; the background makes the URL,
 * intent and `user` signals itself.
 */
const SHELL_SIGNAL_HOSTS: Readonly<Partial<Record<SignalSource, readonly PortalId[]>>> = {
  'dom-tenant-name': AZURE_SHELL,
  'dom-username': AZURE_SHELL,
  'dom-account-title': AZURE_SHELL,
  'dom-directory-name': AZURE_SHELL,
  'msal-realm': AZURE_SHELL,
  'msal-home': AZURE_SHELL,
  // The admin center's org-name control (C), read only in the admin center's top frame.
  'dom-m365-org-name': ['m365-admin'],
};

/** Whether a frame may report this kind of signal at all. */
export function isShellSignal(source: SignalSource): boolean {
  return SHELL_SIGNAL_HOSTS[source] !== undefined;
}

/** Whether a shell signal counts from this frame: only from the top frame of its shell. */
export function signalCountsFrom(source: SignalSource, frame: { frameId: number; portal: PortalId | null }): boolean {
  const shells = SHELL_SIGNAL_HOSTS[source];
  return shells !== undefined && frame.frameId === 0 && frame.portal !== null && shells.includes(frame.portal);
}

export function readPortalTheme(root: ParentNode): 'dark' | 'light' | null {
  return readAzureTheme(root);
}
