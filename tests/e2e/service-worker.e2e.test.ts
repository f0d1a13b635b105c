import { describe, expect, it } from 'vitest';
import { bannerOf, frameByHost, useExtensionBrowser, tabIdOf } from './harness';
import { scenarioSettings } from './scenario';

const SUPPORT = 'view/Microsoft_Azure_Support/NewSupportRequestV3Blade?pcgReplicaStep=details';

describe('service-worker restarts', () => {
  const browser = useExtensionBrowser({ settings: scenarioSettings() });

  it('keeps each tab’s context, form state and badge when the background is stopped mid-session', async () => {
    const portal = await browser.context.newPage();
    await portal.goto(`https://portal.azure.com/#@contoso.onmicrosoft.com/${SUPPORT}`);
    const frame = await frameByHost(portal, '.reactblade.portal.azure.net');
    await expect.poll(() => frame.locator('partner-context-guard').count(), { timeout: 10_000 }).toBe(1);
    const tabId = await tabIdOf(browser, 'https://portal.azure.com/*');
    const badgeBefore = await browser.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(badgeBefore).not.toBe('');

    // Stop the worker as Chromium does when it idles out: everything it held in memory is gone.
    // The ServiceWorker domain reports each version's running status, which proves the stop.
    const cdp = await browser.context.newCDPSession(portal);
    const statuses: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const version of versions) statuses.push(version.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(() => statuses.at(-1), { timeout: 10_000 }).toBe('stopped');

    // Opening the popup wakes a fresh worker, which can only answer from chrome.storage.session.
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await expect.poll(() => popup.locator('.context-card').getAttribute('data-pcg-context')).toBe('customer');
    expect(await popup.locator('.context-card').textContent()).toContain('Contoso Ltd');
    // The form state came from the frame's report before the restart; nothing re-reported since.
    expect(await popup.locator('[data-pcg-check="support-plan"]').getAttribute('data-pcg-status')).toBe('fail');
    const stored = await popup.evaluate(async (id) => {
      const { tabs } = (await chrome.storage.session.get('tabs')) as { tabs?: Record<string, unknown> };
      return Object.keys(tabs ?? {}).includes(String(id));
    }, tabId);
    expect(stored).toBe(true);
    expect(await popup.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe(badgeBefore);
    expect(statuses.at(-1)).toBe('running');
    await cdp.detach();

    // And the new worker keeps working: a fix from the popup reaches the form.
    await popup.locator('[data-pcg-check="support-plan"] [data-pcg-action="select-csp-plan"]').click();
    await expect.poll(() => frame.evaluate(() => window.__replicaState?.supportPlan)).toBe('Cloud Solution Provider');
    await popup.close();
    await portal.close();
  });

  it('forgets a tab closed while the background was stopped', async () => {
    const portal = await browser.context.newPage();
    await portal.goto('https://portal.azure.com/?tab=closing#@contoso.onmicrosoft.com/home');
    const tabId = await tabIdOf(browser, 'https://portal.azure.com/?tab=closing*');
    const storedTabIds = () =>
      browser.worker.evaluate(async () => {
        const { tabs } = (await chrome.storage.session.get('tabs')) as { tabs?: Record<string, unknown> };
        return Object.keys(tabs ?? {});
      });
    await expect.poll(storedTabIds, { timeout: 10_000 }).toContain(String(tabId));

    // The tab's content script reports again when its page settles (the banner rendering, a late
    // pass), and a report wakes the worker: wait for the banner, and for the stored report to
    // stay the same for a second, so that the tab really closes while the worker is stopped.
    await expect.poll(async () => (await bannerOf(portal))?.kind, { timeout: 10_000 }).toBe('customer');
    const reportedAt = () =>
      browser.worker.evaluate(async (id) => {
        const { tabs } = (await chrome.storage.session.get('tabs')) as {
          tabs?: Record<string, { frames?: Record<string, { reportedAt?: number }> }>;
        };
        return JSON.stringify(Object.values(tabs?.[String(id)]?.frames ?? {}).map((frame) => frame.reportedAt));
      }, tabId);
    let previous = '';
    await expect
      .poll(
        async () => {
          const current = await reportedAt();
          const settled = current === previous;
          previous = current;
          return settled;
        },
        { timeout: 15_000, interval: 1_000 },
      )
      .toBe(true);

    const observer = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(observer);
    const statuses: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const version of versions) statuses.push(version.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(() => statuses.at(-1), { timeout: 10_000 }).toBe('stopped');
    await cdp.detach();

    // Closing the tab wakes a fresh worker, whose state is still loading from session storage.
    await portal.close();
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await expect
      .poll(() =>
        popup.evaluate(async () => {
          const { tabs } = (await chrome.storage.session.get('tabs')) as { tabs?: Record<string, unknown> };
          return Object.keys(tabs ?? {});
        }),
      )
      .not.toContain(String(tabId));
    await popup.close();
    await observer.close();
  });
});
