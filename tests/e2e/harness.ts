/// <reference types="chrome" />
import type { Frame, Page } from 'playwright-core';
import type * as BrowserScripts from '../scripts/browser.mjs';

export {
  EXTENSION_DIR,
  EXTENSION_ID,
  POLICY_DIR,
  chromiumArgs,
  configureExtension,
  launchExtensionBrowser,
  tabIdOf,
  writeManagedPolicy,
} from '../scripts/browser.mjs';

export type ExtensionBrowser = Awaited<ReturnType<typeof BrowserScripts.launchExtensionBrowser>>;

/** The overlay host in a frame. */
export function overlayIn(frame: Frame | Page) {
  return frame.locator('partner-context-guard');
}

export async function frameByHost(page: Page, hostSuffix: string, timeout = 15_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const frame = page.frames().find((candidate) => {
      try {
        return new URL(candidate.url()).hostname.endsWith(hostSuffix);
      } catch {
        return false;
      }
    });
    if (frame) return frame;
    if (Date.now() > deadline) throw new Error(`No frame on *${hostSuffix} in ${page.url()}`);
    await page.waitForTimeout(100);
  }
}

/** The toolbar badge text of a tab, read in the service worker. */
export async function badgeTextOf(browser: ExtensionBrowser, tabId: number): Promise<string> {
  return browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}
