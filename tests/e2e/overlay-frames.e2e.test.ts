import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { frameByHost, launchExtensionBrowser, overlayIn, type ExtensionBrowser } from './harness';

describe('overlay in the Azure portal top frame and the reactblade frame', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchExtensionBrowser({ port: inject('replicaPort') });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('loads the extension with its fixed ID', () => {
    expect(browser.extensionId).toBe('jpjfbjadngbmdbaogppmkenfmebgocdd');
  });

  it('mounts <partner-context-guard> with an open shadow root in both frames', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://portal.azure.com/#view/Microsoft_Azure_Support/NewSupportRequestV3Blade');
    await expect.poll(() => overlayIn(page).count()).toBe(1);
    const topPortal = await overlayIn(page).evaluate((host) =>
      host.shadowRoot?.querySelector('[data-pcg-portal]')?.getAttribute('data-pcg-portal'),
    );
    expect(topPortal).toBe('azure');

    const frame = await frameByHost(page, '.reactblade.portal.azure.net');
    await expect.poll(() => overlayIn(frame).count()).toBe(1);
    const framePortal = await overlayIn(frame).evaluate((host) =>
      host.shadowRoot?.querySelector('[data-pcg-portal]')?.getAttribute('data-pcg-portal'),
    );
    expect(framePortal).toBe('azure-frame');
    await page.close();
  });
});
