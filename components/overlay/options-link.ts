import { defineExtensionMessaging } from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import { optionsPagePath, type OptionsSection } from '../../lib/overlay/fix-links';

/**
 * A portal page can't open the extension's options page itself (web pages may not link to
 * extension pages), so the overlay asks the background. A protocol of its own: unknown message
 * types pass through the other listeners untouched.
 */
interface OptionsLinkProtocol {
  openOptionsSection(section: OptionsSection): void;
}

const optionsLink = defineExtensionMessaging<OptionsLinkProtocol>();

export function openOptionsSection(section: OptionsSection): void {
  void optionsLink.sendMessage('openOptionsSection', section).catch(() => undefined);
}

/** Background side: opens the options page at the asked section in a new tab. */
export function handleOptionsLinks(): void {
  optionsLink.onMessage('openOptionsSection', ({ data }) => {
    void browser.tabs.create({ url: browser.runtime.getURL(optionsPagePath(data) as '/options.html') });
  });
}
