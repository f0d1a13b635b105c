import type { Frame, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { configureExtension, expectStays, frameByHost, overlayIn, useExtensionBrowser } from './harness';
import { scenarioSettings } from './scenario';

/**
 * Issue 14's three attacks, each as a hostile page would run it on the replica portal at the real
 * host names. Each test failed on the code before the provenance work (checked on 16b859c).
 */
const SUPPORT = 'view/Microsoft_Azure_Support/NewSupportRequestV3Blade';

async function banner(page: Page) {
  return overlayIn(page)
    .first()
    .evaluate((host) => {
      const element = host.shadowRoot?.querySelector('[data-pcg-context]');
      return element ? { kind: element.getAttribute('data-pcg-context'), text: element.textContent ?? '' } : null;
    })
    .catch(() => null);
}

/** Opens the banner's Why? list and returns its text. */
async function whyText(page: Page): Promise<string> {
  return overlayIn(page)
    .first()
    .evaluate((host) => {
      const root = host.shadowRoot!;
      if (!root.querySelector('.pcg-evidence')) {
        const why = [...root.querySelectorAll('button')].find(
          (button) => button.getAttribute('aria-expanded') !== null,
        );
        why?.click();
      }
      return root.querySelector('.pcg-evidence')?.textContent ?? '';
    })
    .catch(() => '');
}

/** Adds a frame to the top page, as the portal does for tiles and extension blades. */
async function embed(page: Page, url: string): Promise<void> {
  await page.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.src = src;
    frame.style.cssText = 'width: 600px; height: 400px; border: 0;';
    document.querySelector('main')?.append(frame);
  }, url);
}

/** The Azure support form in its reactblade frame, with the overlay's "fill my contact details" button shown. */
async function supportFormFillButton(page: Page) {
  await page.goto(`https://portal.azure.com/#@contoso.onmicrosoft.com/${SUPPORT}?pcgReplicaStep=details`);
  const frame = await frameByHost(page, '.reactblade.portal.azure.net');
  const button = frame.locator('partner-context-guard [data-pcg-action="fill-contact"]').first();
  await expect.poll(() => button.count(), { timeout: 10_000 }).toBe(1);
  return { frame, button };
}

function inputValues(frame: Frame): Promise<string[]> {
  return frame.evaluate(() => [...document.querySelectorAll('input')].map((input) => input.value));
}

describe('provenance: what a frame may say, and what it gets', () => {
  const browser = useExtensionBrowser();
  let page: Page;

  afterEach(async () => {
    await page?.close();
  });

  it('attack 1: a frame on a hosting host that imitates the header does not move the tenant, and Why? names it as ignored', async () => {
    await configureExtension(browser, scenarioSettings());
    page = await browser.context.newPage();
    // The address names no tenant; the top frame's header shows the partner's own directory.
    await page.goto('https://portal.azure.com/#home');
    await expect.poll(async () => (await banner(page))?.kind, { timeout: 10_000 }).toBe('own');
    await embed(page, 'https://tiles.hosting.portal.azure.net/?pcgReplicaHostile=header');
    await frameByHost(page, '.hosting.portal.azure.net');
    // The ignored frame signal shows in Why?, naming the frame's origin: the frame did report.
    await expect.poll(() => whyText(page), { timeout: 10_000 }).toContain('https://tiles.hosting.portal.azure.net');
    expect((await banner(page))?.kind).toBe('own');
    expect((await banner(page))?.text).toMatch(/^Own tenant\s*FABRIKAM CLOUD SERVICES/);
    expect(await whyText(page)).toMatch(/tiles\.hosting\.portal\.azure\.net shows Contoso Ltd .*ignored/);
  });

  it('attack 2: a fake form in an ext.azure.com frame gets nothing in `auto` mode, on a page that is no support request', async () => {
    await configureExtension(browser, scenarioSettings({ prefill: { mode: 'auto' } }));
    page = await browser.context.newPage();
    await page.goto('https://portal.azure.com/#@contoso.onmicrosoft.com/resource/overview');
    await expect.poll(async () => (await banner(page))?.kind, { timeout: 10_000 }).toBe('customer');
    await embed(page, 'https://tile.ext.azure.com/?pcgReplicaHostile=form');
    const frame = await frameByHost(page, '.ext.azure.com');
    await expect.poll(() => inputValues(frame).then((values) => values.length)).toBe(4);
    // The extension runs there (it is one of its hosts) and reports: nothing may be filled, for a while.
    await expectStays(() => inputValues(frame), ['', '', '', ''], 3_000);
    expect(await overlayIn(frame).count()).toBe(0);
  });

  it('attack 3: a page script’s .click() on the overlay’s fill button does nothing; the user’s own click fills', async () => {
    await configureExtension(browser, scenarioSettings());
    page = await browser.context.newPage();
    const { frame, button } = await supportFormFillButton(page);
    // Script in the support-form frame reaches the button through the open shadow root.
    await frame.evaluate(() => {
      const root = document.querySelector('partner-context-guard')!.shadowRoot!;
      const fill = root.querySelector<HTMLButtonElement>('[data-pcg-action="fill-contact"]')!;
      fill.click();
      fill.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      fill.focus();
      fill.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    });
    await expectStays(() => frame.evaluate(() => window.__replicaState?.email ?? ''), '', 1_500);
    // The user's own click (a trusted event) still fills.
    await button.click();
    await expect
      .poll(() => frame.evaluate(() => window.__replicaState?.email), { timeout: 10_000 })
      .toBe('alex.wilber@fabrikam.com');
  });

  it('the user’s keyboard still works on the overlay’s buttons', async () => {
    await configureExtension(browser, scenarioSettings());
    page = await browser.context.newPage();
    const { frame, button } = await supportFormFillButton(page);
    await button.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => frame.evaluate(() => window.__replicaState?.email), { timeout: 10_000 })
      .toBe('alex.wilber@fabrikam.com');
  });
});
