/// <reference types="chrome" />
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEFAULT_COLORS, derivedColor } from '../../lib/display/colors';
import { contrastRatio, hexOf, MIN_BAND_CONTRAST } from '../../lib/display/contrast';
import {
  configureExtension,
  overlayIn,
  tabIdOf,
  useExtensionBrowser,
  writeManagedPolicy,
  type ExtensionBrowser,
} from './harness';
import { CONTOSO_TENANT_ID, scenarioSettings } from './scenario';

/** `rgb(r, g, b)` as `#rrggbb`. */
function hexOfCss(css: string): string {
  const [r, g, b] = (css.match(/\d+/g) ?? []).map(Number);
  return hexOf([r ?? 0, g ?? 0, b ?? 0]);
}

interface Band {
  kind: string | null;
  color: string;
  pointerEvents: string;
  position: string;
  top: number;
  left: number;
  width: number;
  height: number;
  viewportWidth: number;
  /** What a click at the band's spot reaches: the page's element, never the band. */
  hitIsPage: boolean;
  theme: string;
}

async function bandOf(page: Page): Promise<Band | null> {
  return overlayIn(page)
    .first()
    .evaluate((host) => {
      const band = host.shadowRoot?.querySelector<HTMLElement>('[data-pcg-tint]');
      if (!band) return null;
      const style = getComputedStyle(band);
      const rect = band.getBoundingClientRect();
      const hit = document.elementFromPoint(rect.width / 2, 1);
      return {
        kind: band.getAttribute('data-pcg-tint'),
        color: style.backgroundColor,
        pointerEvents: style.pointerEvents,
        position: style.position,
        top: rect.top,
        left: rect.left,
        width: rect.width,
        height: rect.height,
        viewportWidth: document.documentElement.clientWidth,
        hitIsPage: hit !== null && hit !== host,
        theme: host.shadowRoot?.querySelector('.pcg-root')?.className ?? '',
      };
    })
    .then((band) => (band ? { ...band, color: hexOfCss(band.color) } : null))
    .catch(() => null);
}

async function expectBand(page: Page, kind: string, color: string): Promise<Band> {
  await expect.poll(async () => (await bandOf(page))?.kind, { timeout: 15_000 }).toBe(kind);
  const band = (await bandOf(page))!;
  expect(band.color).toBe(color);
  // The overlay contract: full width, at the top, at least 3 px, no pointer events.
  expect(band.position).toBe('fixed');
  expect(band.top).toBe(0);
  expect(band.left).toBe(0);
  expect(band.width).toBeGreaterThanOrEqual(band.viewportWidth);
  expect(band.height).toBeGreaterThanOrEqual(3);
  expect(band.pointerEvents).toBe('none');
  expect(band.hitIsPage).toBe(true);
  return band;
}

async function expectTitle(page: Page, title: string | RegExp): Promise<void> {
  if (typeof title === 'string') await expect.poll(() => page.title(), { timeout: 10_000 }).toBe(title);
  else await expect.poll(() => page.title(), { timeout: 10_000 }).toMatch(title);
}

/** The layout shifts the page has seen so far (CLS without the session windows: their plain sum). */
async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) sum += (entry as unknown as { value: number }).value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(sum), 300);
      }),
  );
}

async function badgeColorOf(browser: ExtensionBrowser, urlPattern: string): Promise<string> {
  const tabId = await tabIdOf(browser, urlPattern);
  const rgba = await browser.worker.evaluate((id) => chrome.action.getBadgeBackgroundColor({ tabId: id }), tabId);
  return hexOf([rgba[0]!, rgba[1]!, rgba[2]!]);
}

describe('context at a glance: the band and the tab title', () => {
  const browser = useExtensionBrowser({ settings: scenarioSettings() });

  it('own tenant: the own colour, "[Own tenant]" in the title, no layout shift', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://portal.azure.com/#@fabrikamcsp.onmicrosoft.com/home');
    await expectBand(page, 'own', DEFAULT_COLORS.own);
    await expectTitle(page, '[Own tenant] Home - Microsoft Azure');
    expect(await layoutShift(page)).toBe(0);
    await expect.poll(() => badgeColorOf(browser, 'https://portal.azure.com/*')).toBe(DEFAULT_COLORS.own);
    await page.close();
  });

  it("customer: the customer's derived colour, on the badge too; the prefix comes back when the portal retitles", async () => {
    const page = await browser.context.newPage();
    await page.goto('https://portal.azure.com/#@contoso.onmicrosoft.com/home');
    await expectBand(page, 'customer', derivedColor(CONTOSO_TENANT_ID));
    await expectTitle(page, '[Contoso Ltd] Home - Microsoft Azure');
    await expect.poll(() => badgeColorOf(browser, 'https://portal.azure.com/*')).toBe(derivedColor(CONTOSO_TENANT_ID));
    // The replica sets its own title on every blade; the prefix is put back, once.
    await page.click('a[href="#view/Microsoft_Azure_Support/HelpAndSupportBlade/~/overview"]');
    await expectTitle(page, '[Contoso Ltd] Help + support - Microsoft Azure');
    await page.evaluate(() => {
      document.title = `${document.title} (2)`;
    });
    await expectTitle(page, '[Contoso Ltd] Help + support - Microsoft Azure (2)');
    // The colour is never the only signal: the banner names the customer.
    const banner = await overlayIn(page)
      .first()
      .evaluate((host) => host.shadowRoot?.querySelector('[data-pcg-context]')?.textContent ?? '');
    expect(banner).toContain('Contoso');
    await page.close();
  });

  it('unlisted tenant: the unlisted colour and "[Unlisted: <name>]"', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://portal.azure.com/#@northwind.onmicrosoft.com/home');
    await expectBand(page, 'unlisted', DEFAULT_COLORS.unlisted);
    await expectTitle(page, /^\[Unlisted: (Northwind Traders|northwind\.onmicrosoft\.com)\] Home - Microsoft Azure$/i);
    await page.close();
  });

  it('changes the title when the context changes in the same tab', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://portal.azure.com/#@contoso.onmicrosoft.com/home');
    await expectTitle(page, '[Contoso Ltd] Home - Microsoft Azure');
    await page.evaluate(() => {
      location.hash = '#@fabrikamcsp.onmicrosoft.com/home';
    });
    await expectBand(page, 'own', DEFAULT_COLORS.own);
    await expectTitle(page, '[Own tenant] Home - Microsoft Azure');
    await page.close();
  });

  it.each(['light', 'dark'])(
    'reads in the %s portal theme: 3:1 against the page, overlay in that theme',
    async (theme) => {
      const page = await browser.context.newPage();
      await page.goto(`https://portal.azure.com/?pcgReplicaTheme=${theme}#@contoso.onmicrosoft.com/home`);
      const band = await expectBand(page, 'customer', derivedColor(CONTOSO_TENANT_ID));
      expect(band.theme).toContain(`pcg-theme-${theme}`);
      const background = hexOfCss(
        await page.evaluate(() => getComputedStyle(document.querySelector('.fxs-portal')!).backgroundColor),
      );
      expect(contrastRatio(band.color, background)).toBeGreaterThanOrEqual(MIN_BAND_CONTRAST);
      await page.close();
    },
  );

  it.each([
    ['https://security.microsoft.com/homepage', 'Home - Microsoft Defender'],
    ['https://purview.microsoft.com/home', 'Home - Microsoft Purview'],
    ['https://compliance.microsoft.com/home', 'Home - Microsoft Purview'],
  ])('customer context on %s from ?tid=', async (base, portalTitle) => {
    const page = await browser.context.newPage();
    await page.goto(`${base}?tid=${CONTOSO_TENANT_ID}`);
    await expectBand(page, 'customer', derivedColor(CONTOSO_TENANT_ID));
    await expectTitle(page, `[Contoso Ltd] ${portalTitle}`);
    expect(await layoutShift(page)).toBe(0);
    // The portal retitles on navigation; the prefix follows.
    await page.locator('nav a').nth(1).click();
    await expectTitle(page, /^\[Contoso Ltd\] (Incidents|Data loss prevention) - Microsoft (Defender|Purview)$/);
    await page.close();
  });

  it("Power Platform admin center: the context from the tab's intent, and Why? says so", async () => {
    // A link that names the customer and lands, through a server-side redirect, on the Power
    // Platform admin center, whose own URL names no tenant.
    const partnerCenter = await browser.context.newPage();
    await partnerCenter.goto('https://partner.microsoft.com/dashboard/v2/customers/list');
    const landing = encodeURIComponent('https://admin.powerplatform.microsoft.com/environments');
    await partnerCenter.evaluate((href) => {
      const link = Object.assign(document.createElement('a'), { href, target: '_blank', id: 'pcg-test-ppac' });
      link.textContent = 'Power Platform admin center';
      document.body.append(link);
    }, `https://admin.microsoft.com/?delegatedOrg=contoso.onmicrosoft.com&pcgReplicaRedirectTo=${landing}`);
    await expect.poll(() => overlayIn(partnerCenter).count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const [page] = await Promise.all([browser.context.waitForEvent('page'), partnerCenter.click('#pcg-test-ppac')]);
    await page.waitForURL(/admin\.powerplatform\.microsoft\.com/);
    await expectBand(page, 'customer', derivedColor(CONTOSO_TENANT_ID));
    await expectTitle(page, '[Contoso Ltd] Environments - Power Platform admin center');
    const host = overlayIn(page).first();
    await host.locator('[data-pcg-context] .pcg-link').first().click();
    await expect
      .poll(() => host.locator('[data-pcg-evidence="note"]').textContent())
      .toContain('does not name the tenant in its address');
    await page.close();
    await partnerCenter.close();
  });

  it('Power Platform admin center opened directly: no tenant, no title prefix', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://admin.powerplatform.microsoft.com/environments');
    await expectBand(page, 'unknown', DEFAULT_COLORS.unknown);
    await page.waitForTimeout(300);
    expect(await page.title()).toBe('Environments - Power Platform admin center');
    await page.close();
  });

  it("restores the portal's own title and removes the band when the user turns them off", async () => {
    const page = await browser.context.newPage();
    await page.goto('https://portal.azure.com/#@contoso.onmicrosoft.com/home');
    await expectTitle(page, '[Contoso Ltd] Home - Microsoft Azure');
    await configureExtension(browser, { ...scenarioSettings(), display: { tint: 'off', tabTitle: 'off' } });
    await expectTitle(page, 'Home - Microsoft Azure');
    await expect.poll(async () => bandOf(page)).toBeNull();
    await page.evaluate(() => {
      document.title = 'Portal retitled';
    });
    await page.waitForTimeout(300);
    expect(await page.title()).toBe('Portal retitled');
    await configureExtension(browser, scenarioSettings());
    await expectTitle(page, '[Contoso Ltd] Portal retitled');
    await page.close();
  });
});

const POLICY_COLOR = '#7a1fa2';

describe("a customer's colour by managed policy", () => {
  const customers = scenarioSettings().customers!.map((customer) =>
    customer.tenantId === CONTOSO_TENANT_ID ? { ...customer, color: POLICY_COLOR } : customer,
  );
  const browser = useExtensionBrowser({
    settings: scenarioSettings(),
    beforeLaunch: () => writeManagedPolicy({ customers, display: { banner: 'top' } }),
  });

  it('colours the band and the badge, and puts the banner at the top', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://portal.azure.com/#@contoso.onmicrosoft.com/home');
    // Chromium can hand the policy over a moment after the worker started.
    await expect.poll(async () => (await bandOf(page))?.color, { timeout: 15_000 }).toBe(POLICY_COLOR);
    await expectBand(page, 'customer', POLICY_COLOR);
    await expect.poll(() => badgeColorOf(browser, 'https://portal.azure.com/*')).toBe(POLICY_COLOR);
    const banner = await overlayIn(page)
      .first()
      .evaluate((host) => {
        const element = host.shadowRoot!.querySelector('[data-pcg-context]')!;
        return { position: element.getAttribute('data-pcg-banner-position'), top: element.getBoundingClientRect().top };
      });
    expect(banner.position).toBe('top');
    expect(banner.top).toBeLessThan(40);
    await page.close();
  });
});

describe('the band and the title off by managed policy', () => {
  const browser = useExtensionBrowser({
    settings: scenarioSettings(),
    beforeLaunch: () => writeManagedPolicy({ display: { tint: 'off', tabTitle: 'off' } }),
  });

  it('shows neither; the banner still names the context', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://portal.azure.com/#@contoso.onmicrosoft.com/home');
    await expect
      .poll(
        () =>
          overlayIn(page)
            .first()
            .evaluate((host) => host.shadowRoot?.querySelector('[data-pcg-context]')?.getAttribute('data-pcg-context'))
            .catch(() => null),
        { timeout: 15_000 },
      )
      .toBe('customer');
    // Chromium can hand the policy over a moment after the worker started.
    await expect.poll(() => bandOf(page), { timeout: 15_000 }).toBeNull();
    await expect.poll(() => page.title()).toBe('Home - Microsoft Azure');
    await page.waitForTimeout(500);
    expect(await bandOf(page)).toBeNull();
    expect(await page.title()).toBe('Home - Microsoft Azure');
    await page.close();
  });
});
