import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startBackgroundHarness, type BackgroundHarness } from '../../support/background-harness';
import { CONTOSO_SUPPORT, emptyAzureForm } from '../../support/projection';

/**
 * The harness the popup tests run on gives the background the senders Chrome gives: these tests
 * fail if it let through what the real background refuses, or if it lost a message on the way.
 */
let harness: BackgroundHarness | undefined;
afterEach(() => {
  harness?.stop();
  harness = undefined;
});

describe('the background harness', () => {
  it('gives content-script messages a frame sender the background checks, and refuses other origins', async () => {
    harness = await startBackgroundHarness();
    const { tabId, top } = await harness.portalTab(CONTOSO_SUPPORT, { form: emptyAzureForm() });
    expect((await harness.view(tabId)).verdict?.context.customer?.name).toBe('Contoso Ltd');
    // A page's own frame on a host the extension does not run on.
    const stranger = harness.frame(tabId, { frameId: 9, url: 'https://evil.example/ad' });
    await expect(stranger.report()).rejects.toThrow(/not from a portal frame/);
    // A content script may not act as the popup.
    await expect(top.send('confirmCheck', { tabId, checkId: 'admin-agent-role', confirmed: true })).rejects.toThrow(
      /not from the extension's pages/,
    );
    expect((await harness.view(tabId)).state?.confirmations).toEqual([]);
  });

  it('pushes a new verdict to the other frames of the tab, not to the one that reported', async () => {
    harness = await startBackgroundHarness();
    const { tabId, top } = await harness.portalTab('https://portal.azure.com/#@contoso.onmicrosoft.com/home');
    await harness.navigate(tabId, CONTOSO_SUPPORT);
    const form = harness.frame(tabId, { frameId: 4, url: 'https://sandbox-2.reactblade.portal.azure.net/#/support' });
    const answer = await form.report({ form: emptyAzureForm() });
    expect(answer.frameId).toBe(4);
    expect(answer.verdict.formFrameId).toBe(4);
    expect(form.pushes).toEqual([]);
    expect(top.pushes.at(-1)?.verdict.formFrameId).toBe(4);
  });

  it("opens Options at the section the overlay's link names, for a portal frame", async () => {
    harness = await startBackgroundHarness();
    const { top } = await harness.portalTab(CONTOSO_SUPPORT, { form: emptyAzureForm() });
    await top.send('openOptionsSection', 'customers');
    const url = fakeBrowser.runtime.getURL('/options.html#customers-heading');
    expect(await fakeBrowser.tabs.query({ url })).toHaveLength(1);
  });
});
