import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { translate } from '../../lib/i18n/translate';
import {
  badgeTextOf,
  configureExtension,
  launchExtensionBrowser,
  overlayIn,
  tabIdOf,
  type ExtensionBrowser,
} from './harness';
import { scenarioSettings } from './scenario';

/** The banner's kind and tenant text in the top frame's overlay. */
async function bannerOf(page: Page) {
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

async function expectBanner(page: Page, kind: string, tenant?: RegExp) {
  await expect.poll(async () => (await bannerOf(page))?.kind, { timeout: 10_000 }).toBe(kind);
  if (tenant) expect((await bannerOf(page))?.tenant).toMatch(tenant);
}

const badge = (kind: string) => translate('en', `popup_badge_${kind}`);

async function expectBadge(browser: ExtensionBrowser, urlPattern: string, kind: string) {
  const tabId = await tabIdOf(browser, urlPattern);
  await expect.poll(() => badgeTextOf(browser, tabId), { timeout: 5_000 }).toBe(badge(kind));
}

describe('tenant context detection on the replica portals', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchExtensionBrowser({ port: inject('replicaPort') });
    await configureExtension(browser, scenarioSettings());
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('own tenant by #@domain in the Azure portal URL', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://portal.azure.com/#@fabrikamcsp.onmicrosoft.com/home');
    await expectBanner(page, 'own', /fabrikam/i);
    await expectBadge(browser, 'https://portal.azure.com/*', 'own');
    await page.close();
  });

  it('customer by the path form portal.azure.com/<domain>', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://portal.azure.com/contoso.onmicrosoft.com/#home');
    await expectBanner(page, 'customer', /contoso/i);
    await expectBadge(browser, 'https://portal.azure.com/*', 'customer');
    await page.close();
  });

  it('customer by delegatedOrg on admin.cloud.microsoft', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://admin.cloud.microsoft/?delegatedOrg=contoso.onmicrosoft.com#/homepage');
    await expectBanner(page, 'customer', /contoso/i);
    await expectBadge(browser, 'https://admin.cloud.microsoft/*', 'customer');
    await page.close();
  });

  it("keeps the customer from Partner Center's BeginClientSession link after the server-side redirect", async () => {
    const partnerCenter = await browser.context.newPage();
    await partnerCenter.goto('https://partner.microsoft.com/dashboard/v2/customers/list');
    const [adminTab] = await Promise.all([
      browser.context.waitForEvent('page'),
      partnerCenter.click('#contoso-m365-admin'),
    ]);
    await adminTab.waitForURL(/AdminPortal\/Home/);
    expect(adminTab.url()).not.toContain('c0000000');
    await expectBanner(adminTab, 'customer', /contoso/i);
    await adminTab.close();
    await partnerCenter.close();
  });

  it('waits for a header that renders 2 s late, then names the tenant', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://portal.azure.com/?pcgReplicaHeaderDelay=2000#home');
    await expectBanner(page, 'unknown');
    await expectBanner(page, 'own', /fabrikam/i);
    await page.close();
  });

  it('follows an in-page directory switch without a reload', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://portal.azure.com/#home');
    await expectBanner(page, 'own');
    const marker = await page.evaluate(() => ((window as unknown as { __noReload: number }).__noReload = Date.now()));
    await page.click('#switch-directory');
    await page.click('[data-tenant="contoso.onmicrosoft.com"]');
    await expectBanner(page, 'customer', /contoso/i);
    expect(await page.evaluate(() => (window as unknown as { __noReload: number }).__noReload)).toBe(marker);
    await page.close();
  });

  it('calls a tenant outside the directory unlisted', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://portal.azure.com/#@northwind.onmicrosoft.com/home');
    await expectBanner(page, 'unlisted', /northwind/i);
    await expectBadge(browser, 'https://portal.azure.com/*', 'unlisted');
    await page.close();
  });
});
