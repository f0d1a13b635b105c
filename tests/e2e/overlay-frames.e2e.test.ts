import { describe, expect, it } from 'vitest';
import { frameByHost, expectStays, useExtensionBrowser, overlayIn } from './harness';
import { scenarioSettings } from './scenario';

describe('overlay in the Azure portal top frame and the reactblade frame', () => {
  const browser = useExtensionBrowser({ settings: scenarioSettings() });

  it('loads the extension with its fixed ID', () => {
    expect(browser.extensionId).toBe('jpjfbjadngbmdbaogppmkenfmebgocdd');
  });

  it('mounts <partner-context-guard> with an open shadow root in the top frame and in the cross-origin form frame', async () => {
    const page = await browser.context.newPage();
    await page.goto(
      'https://portal.azure.com/#@contoso.onmicrosoft.com/view/Microsoft_Azure_Support/NewSupportRequestV3Blade?pcgReplicaStep=details',
    );
    await expect.poll(() => overlayIn(page).count()).toBe(1);
    const top = await overlayIn(page).evaluate((host) => ({
      open: host.shadowRoot !== null,
      context: host.shadowRoot?.querySelector('[data-pcg-context]')?.getAttribute('data-pcg-context'),
    }));
    expect(top).toEqual({ open: true, context: 'customer' });

    const frame = await frameByHost(page, '.reactblade.portal.azure.net');
    await expect.poll(() => overlayIn(frame).count(), { timeout: 10_000 }).toBe(1);
    await expect
      .poll(() =>
        overlayIn(frame).evaluate((host) =>
          [...(host.shadowRoot?.querySelectorAll('[data-pcg-finding]') ?? [])].map((node) =>
            node.getAttribute('data-pcg-finding'),
          ),
        ),
      )
      .toContain('customer-plan-not-csp');
    await page.close();
  });

  it.each(['dark', 'light'] as const)(
    "follows the system's %s colour scheme in the Microsoft 365 admin center",
    async (scheme) => {
      const page = await browser.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('https://admin.cloud.microsoft/?delegatedOrg=contoso.onmicrosoft.com#/support');
      await expect.poll(() => overlayIn(page).count(), { timeout: 10_000 }).toBe(1);
      await expect
        .poll(() => overlayIn(page).evaluate((host) => host.shadowRoot?.querySelector('.pcg-root')?.className))
        .toContain(`pcg-theme-${scheme}`);
      await page.close();
    },
  );

  it('shows nothing in frames of pages it has nothing to say about', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://portal.azure.com/#@contoso.onmicrosoft.com/home');
    await expect.poll(() => overlayIn(page).count()).toBe(1);
    expect(page.frames()).toHaveLength(1);
    await page.close();
  });

  it('loads the overlay UI only in frames that show something, and only through the dynamic URL', async () => {
    const page = await browser.context.newPage();
    const uiLoads: { url: string; frame: string }[] = [];
    page.on('request', (request) => {
      // Chromium answers the dynamic URL with an internal redirect to the fixed one: count the first.
      if (request.url().endsWith('/overlay-ui.js') && !request.redirectedFrom()) {
        uiLoads.push({ url: request.url(), frame: request.frame().url() });
      }
    });
    await page.goto('https://portal.azure.com/#@contoso.onmicrosoft.com/home');
    await expect.poll(() => overlayIn(page).count()).toBe(1);
    // A nested portal frame with nothing to show runs the content script but needs no UI.
    await page.evaluate(() => {
      const nested = document.createElement('iframe');
      nested.src = 'https://portal.azure.com/?nested=1#@contoso.onmicrosoft.com/home';
      document.body.append(nested);
    });
    await expect.poll(() => page.frames().length).toBe(2);
    const nested = page.frames().find((frame) => frame !== page.mainFrame())!;
    await nested.waitForLoadState('load');
    await expectStays(() => overlayIn(nested).count(), 0, 1000);
    expect(uiLoads.map(({ frame }) => frame)).toEqual([page.url()]);
    expect(new URL(uiLoads[0]!.url).host).not.toBe(browser.extensionId);
    await page.close();
  });
});
