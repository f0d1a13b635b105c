import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { frameByHost, useExtensionBrowser, tabIdOf } from './harness';
import { scenarioSettings } from './scenario';

const SUPPORT = 'view/Microsoft_Azure_Support/NewSupportRequestV3Blade?pcgReplicaStep=details';

describe('the popup against a portal tab', () => {
  const browser = useExtensionBrowser({ settings: scenarioSettings() });

  async function openPopupFor(pattern: string): Promise<Page> {
    const tabId = await tabIdOf(browser, pattern);
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 400, height: 800 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    return popup;
  }

  it('shows the context card and the checklist for a customer support form, and a fix fills the page', async () => {
    const portal = await browser.context.newPage();
    await portal.goto(`https://portal.azure.com/?tab=contoso#@contoso.onmicrosoft.com/${SUPPORT}`);
    const frame = await frameByHost(portal, '.reactblade.portal.azure.net');
    await expect.poll(() => frame.locator('partner-context-guard').count(), { timeout: 10_000 }).toBe(1);

    const popup = await openPopupFor('https://portal.azure.com/?tab=contoso*');
    const card = popup.locator('.context-card');
    await expect.poll(() => card.getAttribute('data-pcg-context')).toBe('customer');
    expect(await card.textContent()).toContain('Contoso Ltd');
    expect(await popup.locator('[data-pcg-check="support-plan"]').getAttribute('data-pcg-status')).toBe('fail');
    expect(await popup.locator('[data-pcg-check="admin-agent-role"]').getAttribute('data-pcg-status')).toBe('manual');

    await popup.getByRole('checkbox', { name: /Admin agent role/ }).check();
    await expect
      .poll(() => popup.locator('[data-pcg-check="admin-agent-role"]').getAttribute('data-pcg-status'))
      .toBe('pass');

    await popup.locator('[data-pcg-check="support-plan"] [data-pcg-action="select-csp-plan"]').click();
    await expect.poll(() => frame.evaluate(() => window.__replicaState?.supportPlan)).toBe('Cloud Solution Provider');
    await expect
      .poll(() => popup.locator('[data-pcg-check="support-plan"]').getAttribute('data-pcg-status'))
      .toBe('pass');

    // The confirmation is remembered for this request when the popup opens again.
    await popup.close();
    const again = await openPopupFor('https://portal.azure.com/?tab=contoso*');
    await expect
      .poll(() => again.locator('[data-pcg-check="admin-agent-role"]').getAttribute('data-pcg-status'))
      .toBe('pass');
    await again.close();

    // The same blade for another customer is another request: the tick does not carry over.
    await portal.goto(`https://portal.azure.com/?tab=contoso#@adatum.onmicrosoft.com/${SUPPORT}`);
    const adatum = await openPopupFor('https://portal.azure.com/?tab=contoso*');
    await expect.poll(() => adatum.locator('.context-card').textContent()).toContain('Adatum');
    expect(await adatum.locator('[data-pcg-check="admin-agent-role"]').getAttribute('data-pcg-status')).toBe('manual');
    await adatum.close();
    await portal.close();
  });

  it("opens the customer's admin relationships in Partner Center from the failed GDAP check", async () => {
    const portal = await browser.context.newPage();
    await portal.goto(`https://portal.azure.com/?tab=adatum#@adatum.onmicrosoft.com/${SUPPORT}`);
    const frame = await frameByHost(portal, '.reactblade.portal.azure.net');
    await expect.poll(() => frame.locator('partner-context-guard').count(), { timeout: 10_000 }).toBe(1);
    const popup = await openPopupFor('https://portal.azure.com/?tab=adatum*');
    const gdap = popup.locator('[data-pcg-check="gdap-active"]');
    await expect.poll(() => gdap.getAttribute('data-pcg-status')).toBe('fail');
    const [opened] = await Promise.all([
      browser.context.waitForEvent('page'),
      gdap.getByRole('button', { name: 'Open Partner Center admin relationships' }).click(),
    ]);
    // The GDAP list (B); the text fragment that scrolls it to Adatum is not part of the page's URL.
    await expect
      .poll(() => opened.url().replace(/#.*$/, ''))
      .toBe('https://partner.microsoft.com/dashboard/v2/customers/granularadminaccess/list');
    await opened.close();
    await popup.close();
    await portal.close();
  });

  it('adds an unlisted tenant to the customers, and it stays added', async () => {
    const portal = await browser.context.newPage();
    await portal.goto('https://portal.azure.com/?tab=northwind#@northwind.onmicrosoft.com/home');
    const popup = await openPopupFor('https://portal.azure.com/?tab=northwind*');
    await expect.poll(() => popup.locator('.context-card').getAttribute('data-pcg-context')).toBe('unlisted');
    await popup.getByTestId('add-customer').click();
    expect(await popup.getByLabel('Tenant ID').inputValue()).toBe('a0000000-0000-4000-8000-0000000000aa');
    expect(await popup.getByLabel('Domain').inputValue()).toBe('northwind.onmicrosoft.com');
    await popup.getByLabel('Customer name').fill('Northwind Traders');
    await popup.getByTestId('confirm-add-customer').click();
    await expect
      .poll(() => popup.locator('.context-card').getAttribute('data-pcg-context'), { timeout: 10_000 })
      .toBe('customer');
    const stored = await browser.worker.evaluate(
      async () => (await chrome.storage.local.get('settings')).settings as { customers: { name: string }[] },
    );
    expect(stored.customers.map((customer) => customer.name)).toContain('Northwind Traders');
    await popup.close();
    await portal.close();
  });
});
