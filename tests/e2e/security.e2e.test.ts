import type { BrowserContext, CDPSession, Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { frameByHost, launchBareBrowser, useExtensionBrowser, overlayIn, tabIdOf } from './harness';
import { scenarioSettings } from './scenario';

const HOSTILE_TENANT_ID = 'bad00000-0000-4000-8000-0000000000ff';
const HOSTILE_CUSTOMER_NAME = '<b>Hostile</b><img src=x onerror="window.__pwnedByCustomer=1"> \u202eLtd\u202c 😈';
const SUPPORT = 'view/Microsoft_Azure_Support/NewSupportRequestV3Blade?pcgReplicaStep=details';

async function banner(page: Page) {
  return overlayIn(page)
    .first()
    .evaluate((host) => {
      const element = host.shadowRoot?.querySelector('[data-pcg-context]');
      const rect = element?.getBoundingClientRect();
      return element && rect
        ? {
            kind: element.getAttribute('data-pcg-context'),
            text: element.textContent ?? '',
            width: rect.width,
            height: rect.height,
            right: rect.right,
            markup: host.shadowRoot!.querySelectorAll('img, script, b, iframe, object').length,
          }
        : null;
    })
    .catch(() => null);
}

/** Exceptions thrown in any script world of the page, the content script's isolated world included. */
async function recordExceptions(page: Page): Promise<{ session: CDPSession; thrown: string[] }> {
  const session = await page.context().newCDPSession(page);
  const thrown: string[] = [];
  session.on('Runtime.exceptionThrown', (event) => {
    thrown.push(event.exceptionDetails.exception?.description ?? event.exceptionDetails.text);
  });
  await session.send('Runtime.enable');
  return { session, thrown };
}

/**
 * "METHOD URL" of every request the portal pages make, in any frame. The extension's own pages
 * and worker are checked separately; what is left is what the pages load, plus anything our
 * content script would send from inside them.
 */
function recordPageRequests(context: BrowserContext): string[] {
  const seen: string[] = [];
  context.on('request', (request) => {
    if (request.serviceWorker() || request.url().startsWith('chrome-extension:')) return;
    if (request.frame().url().startsWith('chrome-extension:')) return;
    seen.push(`${request.method()} ${request.url()}`);
  });
  return seen;
}

/** The requests in `withExtension` that `without` lacks, counted as multisets (order ignored). */
function addedRequests(withExtension: readonly string[], without: readonly string[]): string[] {
  const remaining = new Map<string, number>();
  for (const request of without) remaining.set(request, (remaining.get(request) ?? 0) + 1);
  return withExtension.filter((request) => {
    const left = remaining.get(request) ?? 0;
    if (left === 0) return true;
    remaining.set(request, left - 1);
    return false;
  });
}

const SUPPORT_URL = `https://portal.azure.com/#@contoso.onmicrosoft.com/${SUPPORT}`;
/** The portals the privacy tour visits after the Azure support form. */
const TOUR_URLS = [
  'https://admin.cloud.microsoft/?delegatedOrg=contoso.onmicrosoft.com#/support/requests',
  'https://partner.microsoft.com/dashboard/v2/customers/list',
  'https://entra.microsoft.com/#@contoso.onmicrosoft.com/home',
];

/**
 * The same walk through the replicas with and without the extension: the Azure support form (where
 * the extension, if loaded, fills the contact details), then the other portals, each until its
 * network is idle.
 */
async function portalTour(context: BrowserContext, withExtension: boolean): Promise<Page> {
  const page = await context.newPage();
  await page.goto(SUPPORT_URL);
  const frame = await frameByHost(page, '.reactblade.portal.azure.net');
  if (withExtension) {
    await expect.poll(() => frame.locator('partner-context-guard').count(), { timeout: 10_000 }).toBe(1);
    await frame.locator('partner-context-guard [data-pcg-action="fill-contact"]').first().click();
    await expect.poll(() => frame.evaluate(() => window.__replicaState?.email)).toBe('alex.wilber@fabrikam.com');
  } else {
    await expect.poll(() => frame.evaluate(() => window.__replicaState !== undefined), { timeout: 10_000 }).toBe(true);
  }
  await page.waitForLoadState('networkidle');
  for (const url of TOUR_URLS) {
    await page.goto(url);
    await page.waitForLoadState('networkidle');
  }
  return page;
}

describe('hostile page content', () => {
  const settings = scenarioSettings();
  settings.customers = [
    ...(settings.customers ?? []),
    { name: HOSTILE_CUSTOMER_NAME, tenantId: HOSTILE_TENANT_ID, domains: ['hostile.onmicrosoft.com'] },
  ];
  const browser = useExtensionBrowser({ settings });

  it('renders a tenant and customer name full of markup, bidi controls and emoji as text; nothing executes', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://portal.azure.com/#@hostile.onmicrosoft.com/home');
    await expect.poll(async () => (await banner(page))?.kind, { timeout: 10_000 }).toBe('customer');
    const shown = (await banner(page))!;
    expect(shown.text).toContain('<b>Hostile</b><img src=x');
    expect(shown.markup).toBe(0);
    // Bidi overrides from the page or the directory can't reorder what the banner says.
    expect(shown.text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(await page.evaluate(() => Object.keys(window).filter((key) => key.startsWith('__pwned')))).toEqual([]);

    const popup = await browser.context.newPage();
    await popup.goto(
      `chrome-extension://${browser.extensionId}/popup.html?tabId=${await tabIdOf(browser, 'https://portal.azure.com/*')}`,
    );
    await expect.poll(() => popup.locator('.context-card').getAttribute('data-pcg-context')).toBe('customer');
    expect(await popup.locator('.context-card').textContent()).toContain('<b>Hostile</b>');
    expect(await popup.locator('.context-card img, .context-card b').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('keeps its layout with a 10,000-character tenant name', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://portal.azure.com/#@longname.onmicrosoft.com/home');
    await expect.poll(async () => (await banner(page))?.kind, { timeout: 10_000 }).toBe('unlisted');
    const shown = (await banner(page))!;
    const viewport = page.viewportSize()!;
    expect(shown.right).toBeLessThanOrEqual(viewport.width);
    expect(shown.height).toBeLessThan(viewport.height / 3);
    expect(shown.text.length).toBeLessThan(1_000);
    await page.close();
  });

  it('puts back an overlay host the page removes or hides, and the popup reports one it cannot restore', async () => {
    const page = await browser.context.newPage();
    await page.goto(`https://portal.azure.com/#@contoso.onmicrosoft.com/home`);
    await expect.poll(async () => (await banner(page))?.kind, { timeout: 10_000 }).toBe('customer');

    await page.evaluate(() => document.querySelector('partner-context-guard')?.remove());
    await expect.poll(async () => (await banner(page))?.kind).toBe('customer');

    await page.evaluate(() => {
      const host = document.querySelector<HTMLElement>('partner-context-guard')!;
      host.style.setProperty('display', 'none', 'important');
    });
    await expect
      .poll(() =>
        overlayIn(page)
          .first()
          .evaluate((host) => getComputedStyle(host).display),
      )
      .not.toBe('none');

    // Moved into a container the page hides: moved back.
    await page.evaluate(() => {
      const trap = document.createElement('div');
      trap.style.display = 'none';
      document.body.append(trap);
      trap.append(document.querySelector('partner-context-guard')!);
    });
    await expect
      .poll(() =>
        overlayIn(page)
          .first()
          .evaluate((host) => host.parentElement === document.body && host.checkVisibility()),
      )
      .toBe(true);
    // The overlay's own style sheet outranks the page's, even !important ones.
    await page.evaluate(() => {
      const sheet = document.createElement('style');
      sheet.textContent = 'partner-context-guard { display: none !important; visibility: hidden !important; }';
      document.head.append(sheet);
    });
    expect(
      await overlayIn(page)
        .first()
        .evaluate((host) => host.checkVisibility({ visibilityProperty: true })),
    ).toBe(true);

    // A page that removes the host every time gets it back a bounded number of times; after
    // that the extension stops fighting and the popup says the overlay is hidden.
    await page.evaluate(() => {
      new MutationObserver(() => document.querySelector('partner-context-guard')?.remove()).observe(document.body, {
        childList: true,
      });
      document.querySelector('partner-context-guard')?.remove();
    });
    await expect.poll(() => overlayIn(page).count()).toBe(0);
    // The host is out of the page most of the time while the fight lasts, so the count alone can
    // pass before the last attempt. Wait (up to 10 s) for the frame's report that the overlay is
    // gone, then check that the popup says so: once in a fresh-clone CI run the popup's 5 s went by
    // without it (the cause was not found; alone the test passed every time).
    const tabId = await tabIdOf(browser, 'https://portal.azure.com/*');
    await expect
      .poll(
        () =>
          browser.worker.evaluate(async (id) => {
            const { tabs } = (await chrome.storage.session.get('tabs')) as {
              tabs?: Record<string, { frames?: Record<string, { overlayVisible?: boolean }> }>;
            };
            return Object.values(tabs?.[String(id)]?.frames ?? {}).some((frame) => frame.overlayVisible === false);
          }, tabId),
        { timeout: 10_000 },
      )
      .toBe(true);
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await expect.poll(() => popup.getByTestId('overlay-hidden').count(), { timeout: 5_000 }).toBe(1);
    await popup.close();
    await page.close();
  });

  it("cannot be switched off by a page that forges WXT's restart event, and tells no page its ID", async () => {
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      const seen: unknown[] = [];
      (window as unknown as { __messagesSeen: unknown[] }).__messagesSeen = seen;
      window.addEventListener('message', (event) => seen.push(JSON.stringify(event.data)));
    });
    await page.goto(`https://portal.azure.com/#@contoso.onmicrosoft.com/home`);
    await expect.poll(async () => (await banner(page))?.kind, { timeout: 10_000 }).toBe('customer');
    const extensionId = browser.extensionId;
    // No frame's message listeners learn the extension's ID from its start.
    expect(
      await page.evaluate(() => (window as unknown as { __messagesSeen: string[] }).__messagesSeen.join('\n')),
    ).not.toContain(extensionId);
    // The ID is public (fixed by the manifest key): a page script forges the event WXT's context
    // ends itself on, then moves to the partner's own tenant.
    await page.evaluate((id) => {
      document.dispatchEvent(
        new CustomEvent(`${id}:portal:wxt:content-script-started`, {
          detail: { contentScriptName: 'portal', messageId: 'forged' },
        }),
      );
    }, extensionId);
    await page.evaluate(() => {
      location.hash = '#@fabrikamcsp.onmicrosoft.com/home';
    });
    await expect.poll(async () => (await banner(page))?.kind, { timeout: 10_000 }).toBe('own');
    await page.close();
  });

  it('survives a page that floods mutations, throws errors and breaks its own prototypes', async () => {
    const page = await browser.context.newPage();
    const { thrown } = await recordExceptions(page);
    const ourLogs: string[] = [];
    page.on('console', (message) => {
      if (message.text().includes('[Partner Context Guard]')) ourLogs.push(message.text());
    });
    await page.goto(
      'https://portal.azure.com/?pcgReplicaChurn=20000&pcgReplicaChurnSeconds=3&pcgReplicaThrow=5#@contoso.onmicrosoft.com/home',
    );
    await page.evaluate(() => {
      // The page world is the page's to break; the content script lives in its own world, so this
      // only shows the isolation holds. Errors inside the script's own world are provoked in
      // tests/component/overlay/hostile-page.test.ts.
      Element.prototype.closest = () => {
        throw new Error('page broke closest');
      };
      JSON.stringify = () => {
        throw new Error('page broke JSON');
      };
      window.MutationObserver = function BrokenObserver() {
        throw new Error('page broke MutationObserver');
      } as unknown as typeof MutationObserver;
    });
    await expect.poll(async () => (await banner(page))?.kind, { timeout: 10_000 }).toBe('customer');
    await expect.poll(() => page.evaluate(() => window.__replicaChurn?.running), { timeout: 10_000 }).toBe(false);
    const stats = await page.evaluate(() => window.__replicaChurn!);
    expect(stats.mutatedNodes).toBeGreaterThan(10_000);
    expect(stats.pageErrors).toBeGreaterThan(10);

    // Still working after the flood: an in-page directory switch is followed.
    await page.locator('#switch-directory').click();
    await page.locator('[data-tenant="fabrikamcsp.onmicrosoft.com"]').click();
    await expect.poll(async () => (await banner(page))?.kind).toBe('own');

    const pageOwn = thrown.filter((description) => description.includes('replica page error'));
    expect(pageOwn.length).toBeGreaterThan(0);
    expect(thrown.filter((description) => !description.includes('replica page error'))).toEqual([]);
    expect(ourLogs).toEqual([]);
    await page.close();
  });
});

describe('privacy: the extension makes no network requests', () => {
  const browser = useExtensionBrowser({ settings: scenarioSettings() });

  it('sends nothing anywhere while every portal, the popup and the options page are used', async () => {
    const requests: Request[] = [];
    browser.context.on('request', (request) => requests.push(request));
    // The extension pages and the content script's world run under the MV3 policy. Chromium logs
    // each blocked evaluation (even one the script catches, like zod's `new Function` probe) as a
    // console entry, and fires `securitypolicyviolation` in the document that caused it.
    const policyViolations: string[] = [];
    browser.context.on('console', (message) => {
      if (/Content Security Policy|unsafe-eval|unsafe-inline|Refused to (evaluate|execute)/i.test(message.text()))
        policyViolations.push(`${message.location().url}: ${message.text()}`);
    });
    await browser.context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const seen = ((window as { __pcgViolations?: string[] }).__pcgViolations ??= []);
        seen.push(`${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`);
      });
    });
    const violationsIn = (target: Page) =>
      target.evaluate(() => (window as { __pcgViolations?: string[] }).__pcgViolations ?? []);
    // Playwright reports service-worker requests to the context too; the worker's own resource
    // timing and a recorder on its network APIs back that up.
    await browser.worker.evaluate(() => {
      const record = (what: string) => ((globalThis as { __pcgNetwork?: string[] }).__pcgNetwork ??= []).push(what);
      const originalFetch = globalThis.fetch;
      globalThis.fetch = (input, init) => {
        record(String(input instanceof Request ? input.url : input));
        return originalFetch(input, init);
      };
      globalThis.WebSocket = class extends WebSocket {
        constructor(url: string | URL, protocols?: string | string[]) {
          record(String(url));
          super(url, protocols);
        }
      };
    });

    const pageRequests = recordPageRequests(browser.context);
    const page = await portalTour(browser.context, true);
    const popup = await browser.context.newPage();
    await popup.goto(
      `chrome-extension://${browser.extensionId}/popup.html?tabId=${await tabIdOf(browser, 'https://entra.microsoft.com/*')}`,
    );
    await popup.locator('.context-card').waitFor();
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByTestId('partner-name').fill('Fabrikam Cloud Services BV');
    await options.getByTestId('save').click();
    // The save reaches storage, and the background and the open portal page react to it.
    await expect
      .poll(() =>
        browser.worker.evaluate(
          async () =>
            ((await chrome.storage.local.get('settings')).settings as { partner?: { name?: string } })?.partner?.name,
        ),
      )
      .toBe('Fabrikam Cloud Services BV');

    const ownOrigin = `chrome-extension://${browser.extensionId}/`;
    const replicaHosts = /(^|\.)(azure\.com|azure\.us|azure\.net|microsoft\.com|cloud\.microsoft|office\.com)$/;
    const offending = requests
      .map((request) => ({
        url: request.url(),
        type: request.resourceType(),
        // Requests of the extension's service worker have no frame.
        frame: request.serviceWorker() ? 'chrome-extension: service worker' : request.frame().url(),
      }))
      .filter(({ url, type, frame: from }) => {
        if (url.startsWith(ownOrigin)) return false;
        // The guard and the overlay UI, imported by the content script through the session's dynamic URL.
        if (/^chrome-extension:\/\/[0-9a-f-]{36}\/(overlay-ui|portal-guard)\.js$/.test(url) && type === 'script')
          return false;
        // Extension pages may load only their own files.
        if (from.startsWith('chrome-extension:')) return true;
        // On portal pages only the replica's own document, script and style loads are expected:
        // a fetch, XHR, beacon or socket there would come from our content script.
        const host = new URL(url).hostname;
        return !replicaHosts.test(host) || !['document', 'script', 'stylesheet', 'image', 'font'].includes(type);
      });
    expect(offending).toEqual([]);
    expect(policyViolations).toEqual([]);
    expect(await violationsIn(options)).toEqual([]);
    expect(await violationsIn(popup)).toEqual([]);
    expect(await violationsIn(page)).toEqual([]);
    expect(requests.length).toBeGreaterThan(5);
    expect(await browser.worker.evaluate(() => (globalThis as { __pcgNetwork?: string[] }).__pcgNetwork ?? [])).toEqual(
      [],
    );
    const workerResources = await browser.worker.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => entry.name),
    );
    expect(workerResources.filter((url) => !url.startsWith(ownOrigin))).toEqual([]);
    await popup.close();
    await options.close();
    await page.close();

    // The same tour without the extension: every request the portal pages made with it loaded
    // must also happen without it. A beacon, image or script load our content script started
    // from a portal page (even to the portal's own host) is one the bare tour lacks.
    const bare = await launchBareBrowser();
    try {
      const bareRequests = recordPageRequests(bare.context);
      await (await portalTour(bare.context, false)).close();
      expect(bareRequests.length).toBeGreaterThan(5);
      expect(addedRequests(pageRequests, bareRequests)).toEqual([]);
    } finally {
      await bare.close();
    }
  });
});
