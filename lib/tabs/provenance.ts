import { keepFirstSeen } from '../context/first-seen';
import type { Signal, SignalSource } from '../context/types';
import { detectPage, portalFor } from '../portals';
import type { PortalId } from '../portals/types';
import type { PortalFrameSender } from './sender';
import type { FrameReport } from './types';

/** The shell's own signals: the header, the account title, the directory name, the sign-in key names. */
export const SHELL_SOURCES: ReadonlySet<SignalSource> = new Set<SignalSource>([
  'dom-tenant-name',
  'dom-username',
  'dom-account-title',
  'dom-directory-name',
  'msal-realm',
  'msal-home',
]);

/** The portals whose top document is the shell that draws that header (portal-facts: hosts A). */
const SHELL_PORTALS: ReadonlySet<PortalId> = new Set<PortalId>(['azure', 'azure-gov', 'entra', 'intune']);

/** True for the top frame of a shell host: the only frame whose shell signals count. */
export function givesShellSignals(frameId: number, url: string): boolean {
  if (frameId !== 0) return false;
  try {
    const portal = portalFor(new URL(url));
    return portal !== null && SHELL_PORTALS.has(portal.id);
  } catch {
    return false;
  }
}

/** What a frame may report, as the content script sends it (no URL, page, frame or document). */
export type FramePayload = Omit<FrameReport, 'frameId' | 'documentId' | 'url' | 'page' | 'ignoredSignals'>;

/**
 * Builds the stored report from a checked payload and the sender. The URL, page, frame and
 * document come from the sender. Each signal is stamped with its frame and the background's
 * time (kept from the frame's previous report while it says the same). URL, intent and `user`
 * signals from a payload are dropped: the background makes those itself. Shell signals count
 * only from the top frame of a shell host; from any other frame they are kept aside as ignored.
 */
export function frameReportFrom(
  payload: FramePayload,
  sender: PortalFrameSender,
  at: number,
  previous: FrameReport | undefined,
): FrameReport {
  const from = {
    frameId: sender.frameId,
    origin: sender.origin,
    ...(sender.documentId ? { documentId: sender.documentId } : {}),
  };
  const sameDocument =
    previous !== undefined &&
    previous.documentId === sender.documentId &&
    previous.documentStartedAt === payload.documentStartedAt;
  const stamped: Signal[] = payload.signals
    .filter((signal) => SHELL_SOURCES.has(signal.source))
    .map((signal) => ({ ...signal, observedAt: at, from }));
  const shell = givesShellSignals(sender.frameId, sender.url);
  const before = sameDocument ? [...previous.signals, ...(previous.ignoredSignals ?? [])] : [];
  const kept = keepFirstSeen(before, stamped);
  return {
    ...payload,
    frameId: sender.frameId,
    ...(sender.documentId ? { documentId: sender.documentId } : {}),
    url: sender.url,
    page: detectPage(new URL(sender.url)),
    signals: shell ? kept : [],
    ignoredSignals: shell ? [] : kept,
  };
}
