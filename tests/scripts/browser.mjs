/* global chrome */
// Launching Debian's Chromium with the production build, shared by the e2e tests, the demo and
// the benchmark. Plain JavaScript so the demo and benchmark run with plain node.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { hostResolverRules } from '../replicas/hosts.mjs';
import { findChromium } from './find-chromium.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
/** Fixed by the manifest `key` (wxt.config.ts). */
export const EXTENSION_ID = 'jpjfbjadngbmdbaogppmkenfmebgocdd';
export const POLICY_DIR = '/etc/chromium/policies/managed';

/**
 * Flags every run needs: no sandbox (we are root), no traffic to the closed network, the
 * replica hosts mapped to the local server, and the extension loaded.
 * @param {number} port @param {string | null} extensionDir @param {string} language
 */
export function chromiumArgs(port, extensionDir, language) {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--ignore-certificate-errors',
    `--host-resolver-rules=${hostResolverRules(port)}`,
    `--lang=${language}`,
    ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
  ];
}

/**
 * @param {{ port: number, language?: 'en' | 'nl', headless?: boolean, withExtension?: boolean }} options
 */
export async function launchExtensionBrowser(options) {
  const withExtension = options.withExtension ?? true;
  if (withExtension && !existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No build at ${EXTENSION_DIR}: run "npm run build" first.`);
  }
  const language = options.language ?? 'en';
  const userDataDir = mkdtempSync(join(tmpdir(), 'pcg-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    ignoreDefaultArgs: ['--disable-extensions', '--disable-component-extensions-with-background-pages'],
    args: chromiumArgs(options.port, withExtension ? EXTENSION_DIR : null, language),
    locale: language === 'nl' ? 'nl-NL' : 'en-US',
    ignoreHTTPSErrors: true,
    viewport: { width: 1400, height: 1000 },
  });
  const worker = withExtension
    ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 })))
    : null;
  return {
    context,
    /** @type {import('playwright-core').Worker} */
    worker: /** @type {any} */ (worker),
    extensionId: worker ? new URL(worker.url()).host : '',
    async close() {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Stores settings as the options page would (the versioned `local:settings` item) and waits
 * until the background has picked them up.
 * @param {{ worker: import('playwright-core').Worker }} browser @param {unknown} settings
 */
export async function configureExtension(browser, settings) {
  await browser.worker.evaluate(async (value) => {
    await chrome.storage.local.set({ settings: value, settings$: { v: 2 } });
  }, settings);
  // The background reacts to storage.onChanged; give it a moment of its event loop.
  await browser.worker.evaluate(() => new Promise((resolvePromise) => setTimeout(resolvePromise, 100)));
}

/**
 * The id of the first tab whose URL matches the pattern, asked of the service worker.
 * @param {{ worker: import('playwright-core').Worker }} browser @param {string} urlPattern
 * @returns {Promise<number>}
 */
export async function tabIdOf(browser, urlPattern) {
  const ids = await browser.worker.evaluate(
    async (pattern) => (await chrome.tabs.query({ url: pattern })).map((tab) => tab.id ?? -1),
    urlPattern,
  );
  if (ids.length === 0 || ids[0] === -1) throw new Error(`No tab matches ${urlPattern}`);
  return ids[0];
}

/**
 * Writes a Chromium managed-policy file for this extension and returns a function that removes
 * it. Callers remove it in `finally`/`afterAll`, so a failing test leaves nothing behind.
 * @param {Record<string, unknown>} policy @param {string} [name]
 */
export function writeManagedPolicy(policy, name = `pcg-e2e-${process.pid}.json`) {
  mkdirSync(POLICY_DIR, { recursive: true });
  const file = join(POLICY_DIR, name);
  writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: policy } } }, null, 2));
  return () => rmSync(file, { force: true });
}
