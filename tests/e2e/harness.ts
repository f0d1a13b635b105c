/// <reference types="chrome" />
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import type { SettingsInput } from '../../lib/settings/schema';
import * as BrowserScripts from '../scripts/browser.mjs';

export { configureExtension, tabIdOf, writeManagedPolicy } from '../scripts/browser.mjs';

export type ExtensionBrowser = Awaited<ReturnType<typeof BrowserScripts.launchExtensionBrowser>>;

export interface ExtensionBrowserOptions {
  language?: 'en' | 'nl';
  /** Stored as the options page would, once the browser runs (see configureExtension). */
  settings?: SettingsInput;
  /** Runs before the browser starts, e.g. to write a managed-policy file; its result runs first in afterAll. */
  beforeLaunch?: () => (() => void) | undefined;
}

/**
 * The one Chromium fixture of the e2e tests: a describe block calls it once and gets a browser
 * that is launched in `beforeAll` (with the production build, against the replica server of the
 * global setup) and closed in `afterAll`. The returned handle reads the running browser, so the
 * tests use `browser.context`, `browser.worker` and `browser.extensionId` as before.
 */
export function useExtensionBrowser(options: ExtensionBrowserOptions = {}): ExtensionBrowser {
  let running: ExtensionBrowser | undefined;
  let cleanup: (() => void) | undefined;
  beforeAll(async () => {
    cleanup = options.beforeLaunch?.() ?? undefined;
    running = await BrowserScripts.launchExtensionBrowser({
      port: inject('replicaPort'),
      ...(options.language ? { language: options.language } : {}),
    });
    if (options.settings) await BrowserScripts.configureExtension(running, options.settings);
  });
  afterAll(async () => {
    // A policy file is machine-wide: it goes before anything else can fail.
    cleanup?.();
    await running?.close();
  });
  const current = (): ExtensionBrowser => {
    if (!running) throw new Error('The extension browser is not running: use it inside a test of its describe block.');
    return running;
  };
  return {
    get context() {
      return current().context;
    },
    get worker() {
      return current().worker;
    },
    get extensionId() {
      return current().extensionId;
    },
    close: () => current().close(),
  };
}

/** A browser without the extension, for comparisons; the caller closes it. */
export function launchBareBrowser(): Promise<ExtensionBrowser> {
  return BrowserScripts.launchExtensionBrowser({ port: inject('replicaPort'), withExtension: false });
}

/**
 * For "nothing happens" checks: polls `read` for `ms` and fails at the first value that differs
 * from `expected`, instead of sleeping and looking once at the end.
 */
export async function expectStays<T>(read: () => Promise<T>, expected: T, ms = 800): Promise<void> {
  const deadline = Date.now() + ms;
  do {
    expect(await read()).toEqual(expected);
    await new Promise((resolve) => setTimeout(resolve, 100));
  } while (Date.now() < deadline);
  expect(await read()).toEqual(expected);
}

/** The overlay host in a frame. */
export function overlayIn(frame: Frame | Page) {
  return frame.locator('partner-context-guard');
}

/** The banner's kind and tenant text in the page's top-frame overlay, or null while there is none. */
export async function bannerOf(page: Page) {
  return overlayIn(page)
    .first()
    .evaluate((host) => {
      const banner = host.shadowRoot?.querySelector('[data-pcg-context]');
      return banner
        ? {
            kind: banner.getAttribute('data-pcg-context'),
            tenant: banner.querySelector('.pcg-tenant')?.textContent ?? '',
          }
        : null;
    })
    .catch(() => null);
}

/** Waits (up to 10 s) for the banner to show `kind`, then checks its tenant text. */
export async function expectBanner(page: Page, kind: string, tenant?: RegExp) {
  await expect.poll(async () => (await bannerOf(page))?.kind, { timeout: 10_000 }).toBe(kind);
  if (tenant) expect((await bannerOf(page))?.tenant).toMatch(tenant);
}

/** Opens the banner's evidence list (Why?) and returns each item's verdict and text. */
export async function evidenceOf(page: Page): Promise<[string | null, string][]> {
  const host = overlayIn(page).first();
  const toggle = host.locator('[data-pcg-context] .pcg-link').first();
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await expect.poll(() => host.locator('.pcg-evidence li').count()).toBeGreaterThan(0);
  return host
    .locator('.pcg-evidence li')
    .evaluateAll((items) => items.map((item) => [item.getAttribute('data-pcg-evidence'), item.textContent ?? '']));
}

export async function frameByHost(page: Page, hostSuffix: string, timeout = 15_000): Promise<Frame> {
  let found: Frame | undefined;
  await expect
    .poll(
      () =>
        (found = page.frames().find((candidate) => {
          try {
            return new URL(candidate.url()).hostname.endsWith(hostSuffix);
          } catch {
            return false;
          }
        })) !== undefined,
      { timeout, interval: 100, message: `No frame on *${hostSuffix} in ${page.url()}` },
    )
    .toBe(true);
  return found!;
}

/** The toolbar badge text of a tab, read in the service worker. */
export async function badgeTextOf(browser: ExtensionBrowser, tabId: number): Promise<string> {
  return browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}
