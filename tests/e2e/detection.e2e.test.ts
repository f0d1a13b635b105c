/// <reference types="chrome" />
import { describe, expect, it } from 'vitest';
import { FRESHNESS_WINDOW_MS } from '../../lib/context/resolve';
import { translate } from '../../lib/i18n/translate';
import {
  badgeTextOf,
  evidenceOf,
  expectBanner,
  expectStays,
  useExtensionBrowser,
  bannerOf,
  tabIdOf,
  type ExtensionBrowser,
} from './harness';
import { scenarioSettings } from './scenario';

const badge = (kind: string) => translate('en', `popup_badge_${kind}`);

async function badgeTitleOf(browser: ExtensionBrowser, tabId: number): Promise<string> {
  return browser.worker.evaluate((id) => chrome.action.getTitle({ tabId: id }), tabId);
}

/** The toolbar badge shows the kind, and its title names the tenant where one is known. */
async function expectBadge(browser: ExtensionBrowser, urlPattern: string, kind: string, tenant?: RegExp) {
  const tabId = await tabIdOf(browser, urlPattern);
  await expect.poll(() => badgeTextOf(browser, tabId), { timeout: 5_000 }).toBe(badge(kind));
  const title = await badgeTitleOf(browser, tabId);
  expect(title).toContain(translate('en', `popup_kind_${kind}`));
  if (tenant) expect(title).toMatch(tenant);
}

describe('tenant context detection on the replica portals', () => {
  const browser = useExtensionBrowser({ settings: scenarioSettings() });

  it('own tenant by #@domain in the Azure portal URL', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://portal.azure.com/#@fabrikamcsp.onmicrosoft.com/home');
    await expectBanner(page, 'own', /fabrikam/i);
    await expectBadge(browser, 'https://portal.azure.com/*', 'own', /fabrikam/i);
    await page.close();
  });

  it('customer by the path form portal.azure.com/<domain>', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://portal.azure.com/contoso.onmicrosoft.com/#home');
    await expectBanner(page, 'customer', /contoso/i);
    await expectBadge(browser, 'https://portal.azure.com/*', 'customer', /Contoso Ltd/);
    await page.close();
  });

  it('customer by delegatedOrg on admin.cloud.microsoft', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://admin.cloud.microsoft/?delegatedOrg=contoso.onmicrosoft.com#/homepage');
    await expectBanner(page, 'customer', /contoso/i);
    await expectBadge(browser, 'https://admin.cloud.microsoft/*', 'customer', /Contoso Ltd/);
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
    await expectBadge(browser, 'https://admin.microsoft.com/*', 'customer', /Contoso Ltd/);
    await adminTab.close();
    await partnerCenter.close();
  });

  it('waits for a header that renders 2 s late, then names the tenant', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://portal.azure.com/?pcgReplicaHeaderDelay=2000#home');
    await expectBanner(page, 'unknown');
    await expectBadge(browser, 'https://portal.azure.com/*', 'unknown');
    await expectBanner(page, 'own', /fabrikam/i);
    await expectBadge(browser, 'https://portal.azure.com/*', 'own', /fabrikam/i);
    await page.close();
  });

  it('follows an in-page directory switch without a reload', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://portal.azure.com/#home');
    await expectBanner(page, 'own');
    await expectBadge(browser, 'https://portal.azure.com/*', 'own', /fabrikam/i);
    const marker = await page.evaluate(() => ((window as unknown as { __noReload: number }).__noReload = Date.now()));
    await page.click('#switch-directory');
    await page.click('[data-tenant="contoso.onmicrosoft.com"]');
    await expectBanner(page, 'customer', /contoso/i);
    await expectBadge(browser, 'https://portal.azure.com/*', 'customer', /Contoso Ltd/);
    expect(await page.evaluate(() => (window as unknown as { __noReload: number }).__noReload)).toBe(marker);
    await page.close();
  });

  it('weighs an in-page directory switch against a #@ address that still names the old directory', async () => {
    const page = await browser.context.newPage();
    // The address is not rewritten on the switch, and the header names the directory by name only.
    await page.goto(
      'https://portal.azure.com/?pcgReplicaSwitchKeepsUrl=1&pcgReplicaAccountTitle=0#@contoso.onmicrosoft.com/home',
    );
    await expectBanner(page, 'customer', /contoso/i);
    await expectBadge(browser, 'https://portal.azure.com/*', 'customer', /Contoso Ltd/);
    // Signals within the freshness window of each other count as one moment; the switch must
    // come later for the header to be the newer signal.
    await page.waitForTimeout(FRESHNESS_WINDOW_MS + 500);

    // To a directory outside the settings: its name proves no tenant, but it is not Contoso.
    await page.click('#switch-directory');
    await page.click('[data-tenant="northwind.onmicrosoft.com"]');
    expect(page.url()).toContain('#@contoso.onmicrosoft.com');
    await expectBanner(page, 'unknown');
    await expectBadge(browser, 'https://portal.azure.com/*', 'unknown');
    let conflicts = (await evidenceOf(page)).filter(([verdict]) => verdict === 'conflicts').map(([, text]) => text);
    expect(conflicts.join(' ')).toMatch(/contoso\.onmicrosoft\.com/);
    expect(conflicts.join(' ')).toMatch(/northwind/i);

    // To the partner's own directory: the newer header wins, and the stale address stays listed as a conflict.
    await page.click('#switch-directory');
    await page.click('[data-tenant="fabrikamcsp.onmicrosoft.com"]');
    await expectBanner(page, 'own', /fabrikam/i);
    await expectBadge(browser, 'https://portal.azure.com/*', 'own', /fabrikam/i);
    const evidence = await evidenceOf(page);
    conflicts = evidence.filter(([verdict]) => verdict === 'conflicts').map(([, text]) => text);
    expect(conflicts.join(' ')).toMatch(/contoso\.onmicrosoft\.com/);
    expect(evidence.some(([verdict, text]) => verdict === 'decisive' && /fabrikam/i.test(text ?? ''))).toBe(true);
    await page.close();
  });

  it('calls a tenant outside the directory unlisted', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://portal.azure.com/#@northwind.onmicrosoft.com/home');
    await expectBanner(page, 'unlisted', /northwind/i);
    await expectBadge(browser, 'https://portal.azure.com/*', 'unlisted', /northwind/i);
    const evidence = await evidenceOf(page);
    // The URL's domain and the account menu's GUID are the same unlisted tenant, not a conflict.
    expect(evidence.filter(([verdict]) => verdict === 'conflicts')).toEqual([]);
    await page.close();
  });

  it('tells the tenant from sign-in cache key names only after the user opts in', async () => {
    const readSignInKeyNames = (on: boolean) =>
      browser.worker.evaluate(async (value) => {
        await chrome.storage.local.set({ preferences: { readSignInKeyNames: value }, preferences$: { v: 1 } });
      }, on);
    const page = await browser.context.newPage();
    try {
      // Neither the address nor the header names a tenant; only the sign-in cache keys do.
      await page.goto(
        'https://portal.azure.com/?pcgReplicaMsalRealm=contoso.onmicrosoft.com&pcgReplicaAccountTitle=0&pcgReplicaHeaderTenant=0#home',
      );
      expect(await page.evaluate(() => Object.keys(sessionStorage).some((key) => key.includes('-idtoken-')))).toBe(
        true,
      );
      await expectBanner(page, 'unknown');
      await expectStays(async () => (await bannerOf(page))?.kind, 'unknown', 500);
      const realmText = /sign-in cache holds tokens/i;
      expect((await evidenceOf(page)).some(([, text]) => realmText.test(text ?? ''))).toBe(false);

      // Switched on while the page is open: no reload needed.
      await readSignInKeyNames(true);
      await expectBanner(page, 'customer', /contoso/i);
      await expectBadge(browser, 'https://portal.azure.com/*', 'customer', /Contoso Ltd/);
      const evidence = await evidenceOf(page);
      expect(
        evidence.some(
          ([verdict, text]) =>
            verdict === 'decisive' &&
            realmText.test(text ?? '') &&
            /c0000000-0000-4000-8000-00000000c0de/.test(text ?? ''),
        ),
      ).toBe(true);
    } finally {
      await readSignInKeyNames(false);
      await page.close();
    }
  });
});
