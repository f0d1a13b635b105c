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

/**
 * Shell signals: what the portal shell's own header shows. They count only from the top frame of
 * a shell host, as any frame can imitate a header. Keyed by signal source, so a general rule for
 * every shell signal can take this table over. The Azure header's sources are left to that rule.
 */
export const SHELL_SIGNAL_HOSTS: Readonly<Partial<Record<SignalSource, readonly PortalId[]>>> = {
  'dom-m365-org-name': ['m365-admin'],
};

/** Whether a signal a frame reported may count: a shell signal only from the top frame of its shell. */
export function signalCountsFrom(signal: Signal, frame: { frameId: number; portal: PortalId | null }): boolean {
  const shells = SHELL_SIGNAL_HOSTS[signal.source];
  if (!shells) return true;
  return frame.frameId === 0 && frame.portal !== null && shells.includes(frame.portal);
}

export function readPortalTheme(root: ParentNode): 'dark' | 'light' | null {
  return readAzureTheme(root);
}
