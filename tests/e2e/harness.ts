import { mkdtempSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page, type Worker } from 'playwright-core';
import { findChromium } from '../scripts/find-chromium.mjs';
import { hostResolverRules } from '../replicas/hosts.mjs';

export const EXTENSION_DIR = resolve(__dirname, '../../.output/chrome-mv3');
export const EXTENSION_ID = 'jpjfbjadngbmdbaogppmkenfmebgocdd';
export const POLICY_DIR = '/etc/chromium/policies/managed';

export interface LaunchOptions {
  readonly port: number;
  readonly language?: 'en' | 'nl';
}

export interface ExtensionBrowser {
  readonly context: BrowserContext;
  readonly worker: Worker;
  readonly extensionId: string;
  close(): Promise<void>;
}

/** Chromium flags every run needs; exported so the demo and the benchmark use the same ones. */
export function chromiumArgs(port: number, extensionDir: string | null, language: string): string[] {
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

export async function launchExtensionBrowser(options: LaunchOptions): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No build at ${EXTENSION_DIR}: run "npm run build" first.`);
  }
  const language = options.language ?? 'en';
  const userDataDir = mkdtempSync(join(tmpdir(), 'pcg-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions', '--disable-component-extensions-with-background-pages'],
    args: chromiumArgs(options.port, EXTENSION_DIR, language),
    locale: language === 'nl' ? 'nl-NL' : 'en-US',
    ignoreHTTPSErrors: true,
    viewport: { width: 1400, height: 1000 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Writes a Chromium managed-policy file for this extension and returns a function that
 * removes it. Callers remove it in `finally`/`afterAll`, so a failing test leaves nothing behind.
 */
export function writeManagedPolicy(policy: Record<string, unknown>, name = `pcg-e2e-${process.pid}.json`): () => void {
  mkdirSync(POLICY_DIR, { recursive: true });
  const file = join(POLICY_DIR, name);
  writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: policy } } }, null, 2));
  return () => rmSync(file, { force: true });
}

/** The overlay host in a frame, or null. */
export function overlayIn(frame: Frame | Page) {
  return frame.locator('partner-context-guard');
}

export async function frameByHost(page: Page, hostSuffix: string, timeout = 15_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const frame = page
      .frames()
      .find((candidate) => new URL(candidate.url() || 'about:blank').hostname.endsWith(hostSuffix));
    if (frame) return frame;
    if (Date.now() > deadline) throw new Error(`No frame on *${hostSuffix} in ${page.url()}`);
    await page.waitForTimeout(100);
  }
}
