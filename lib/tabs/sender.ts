import { portalFor } from '../portals';

/** The parts of `runtime.MessageSender` the checks read. */
export interface MessageSenderLike {
  readonly id?: string;
  readonly url?: string;
  readonly origin?: string;
  readonly frameId?: number;
  readonly documentId?: string;
  readonly tab?: { readonly id?: number };
}

/** A content script in a tab frame on an allow-listed portal origin. */
export interface PortalFrameSender {
  readonly kind: 'portal-frame';
  readonly tabId: number;
  readonly frameId: number;
  /** Chrome 106+; a new document in the frame gets a new one. */
  readonly documentId?: string;
  /** The frame's URL as the browser knows it, never as the payload says. */
  readonly url: string;
  readonly origin: string;
}

export interface ExtensionPageSender {
  readonly kind: 'extension-page';
}

function parse(url: string | undefined): URL | null {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * The popup and the options page: our own extension's pages, at our own origin. A content
 * script's sender URL is the page's, so it never passes.
 */
export function asExtensionPage(sender: MessageSenderLike, extensionId: string): ExtensionPageSender | null {
  if (!extensionId || sender.id !== extensionId) return null;
  const url = parse(sender.url);
  if (!url || url.protocol !== 'chrome-extension:' || url.hostname !== extensionId) return null;
  return { kind: 'extension-page' };
}

/** A tab frame of our content script on a host the extension runs on (https only). */
export function asPortalFrame(sender: MessageSenderLike, extensionId: string): PortalFrameSender | null {
  if (!extensionId || sender.id !== extensionId) return null;
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || tabId < 0 || typeof sender.frameId !== 'number' || sender.frameId < 0) return null;
  const url = parse(sender.url);
  if (!url || portalFor(url) === null) return null;
  return {
    kind: 'portal-frame',
    tabId,
    frameId: sender.frameId,
    ...(sender.documentId ? { documentId: sender.documentId } : {}),
    url: url.href,
    origin: url.origin,
  };
}

/** For the content script: a message from our own background (not from a page, not from a tab). */
export function isFromBackground(sender: MessageSenderLike, extensionId: string): boolean {
  return Boolean(extensionId) && sender.id === extensionId && sender.tab === undefined;
}

/**
 * The frame's current URL. The browser names the sender's origin, but its URL can be the one the
 * document loaded with: a portal's own hash and history navigations don't update it. So the URL
 * the frame reports is taken when it has the sender's origin (the same document rewrote its own
 * address), and the sender's otherwise: a frame can't claim another origin than its own.
 */
export function currentUrlOf(sender: PortalFrameSender, reported: string | undefined): PortalFrameSender {
  const url = parse(reported);
  if (!url || url.origin !== sender.origin || url.href === sender.url) return sender;
  return { ...sender, url: url.href };
}
