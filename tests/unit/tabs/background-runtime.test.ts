import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TabView } from '../../../components/platform/messaging';
import { withConfirmation, withPendingLinkIntent, withTabUrl } from '../../../lib/tabs/tab-state';
import { emptyTabState, type TabState } from '../../../lib/tabs/types';
import { ADATUM_TENANT_ID, CONTOSO_TENANT_ID } from '../../e2e/scenario';
import { startBackgroundHarness, type BackgroundHarness } from '../../support/background-harness';

const CONTOSO_HOME = 'https://portal.azure.com/#@contoso.onmicrosoft.com/home';
const CLIENT_SESSION =
  'https://admin.microsoft.com/Partner/BeginClientSession.aspx?CTID=c0000000-0000-4000-8000-00000000c0de&CSDEST=o365admincenter';

let harness: BackgroundHarness | undefined;

/** A fresh worker on the real runtime; `beforeStart` sets up what the browser holds already. */
async function startWorker(beforeStart?: () => Promise<void> | void): Promise<BackgroundHarness> {
  harness = await startBackgroundHarness(beforeStart ? { beforeStart } : {});
  return harness;
}

/** The popup asks the background. */
function ask<T>(type: string, data: unknown): Promise<T> {
  return harness!.asPopup<T>(type, data);
}

async function savedTabs(): Promise<Record<string, TabState>> {
  const { tabs } = (await fakeBrowser.storage.session.get('tabs')) as { tabs?: Record<string, TabState> };
  return tabs ?? {};
}

async function openTab(url: string): Promise<number> {
  const tab = await fakeBrowser.tabs.create({ url });
  return tab.id!;
}

describe('the background', () => {
  afterEach(() => {
    harness?.stop();
    harness = undefined;
  });

  it('forgets, after a restart, the state of tabs that closed while it was stopped', async () => {
    let open = 0;
    await startWorker(async () => {
      open = await openTab(CONTOSO_HOME);
      await fakeBrowser.storage.session.set({
        tabs: { [open]: withTabUrl(emptyTabState(open), CONTOSO_HOME, 1, false), '77': emptyTabState(77) },
      });
    });
    await vi.waitFor(async () => expect(Object.keys(await savedTabs())).toEqual([String(open)]));
    expect((await ask<TabView>('getTabView', { tabId: 77 })).state).toBeNull();
    expect((await ask<TabView>('getTabView', { tabId: open })).state?.url).toBe(CONTOSO_HOME);
  });

  it('does not bring back a tab closed right after a restart', async () => {
    let tabId = 0;
    await startWorker(async () => {
      tabId = await openTab(CONTOSO_HOME);
      await fakeBrowser.storage.session.set({
        tabs: { [tabId]: withTabUrl(emptyTabState(tabId), CONTOSO_HOME, 1, false) },
      });
      // Keep the tab listed, so only the close handler can forget it.
      vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: tabId } as never]);
    });
    await fakeBrowser.tabs.onRemoved.trigger(tabId, { isWindowClosing: false, windowId: 0 });
    expect((await ask<TabView>('getTabView', { tabId })).state).toBeNull();
    await vi.waitFor(async () => expect(await savedTabs()).toEqual({}));
  });

  it('clears the badge when a portal tab moves on to a site outside the portals', async () => {
    await startWorker();
    const tabId = await openTab('about:blank');
    await fakeBrowser.tabs.update(tabId, { url: CONTOSO_HOME });
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId })).not.toBe(''));
    await fakeBrowser.tabs.update(tabId, { url: 'https://www.example.com/' });
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId })).toBe(''));
    const view = await ask<TabView>('getTabView', { tabId });
    expect(view.state?.frames).toEqual({});
    expect(view.verdict).toBeNull();
  });

  it('gives a tab opened by a tenant-naming link the link’s tenant, even across a restart', async () => {
    let opener = 0;
    await startWorker(async () => {
      opener = await openTab('https://partner.microsoft.com/dashboard/v2/customers/list');
      await fakeBrowser.storage.session.set({
        tabs: { [opener]: withPendingLinkIntent(emptyTabState(opener), CLIENT_SESSION, Date.now()) },
      });
    });
    const child = {
      id: opener + 1,
      openerTabId: opener,
      index: 1,
      highlighted: false,
      incognito: false,
      pinned: false,
      windowId: 0,
      active: true,
    };
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: opener } as never, child as never]);
    await fakeBrowser.tabs.onCreated.trigger(child);
    await vi.waitFor(async () =>
      expect((await ask<TabView>('getTabView', { tabId: child.id })).state?.intent?.tenant.id).toBe(
        'c0000000-0000-4000-8000-00000000c0de',
      ),
    );
    expect((await savedTabs())[String(opener)]?.pendingLinkIntent).toBeUndefined();
  });

  it('accepts only the checklist’s manual checks as confirmations', async () => {
    let tabId = 0;
    await startWorker(async () => {
      tabId = await openTab(CONTOSO_HOME);
      await fakeBrowser.storage.session.set({
        tabs: {
          [tabId]: withConfirmation(withTabUrl(emptyTabState(tabId), CONTOSO_HOME, 1, false), 'azure-rbac', true),
        },
      });
    });
    const bogus = await ask<TabView>('confirmCheck', { tabId, checkId: 'gdap-active', confirmed: true });
    expect(bogus.state?.confirmations).toEqual(['azure-rbac']);
    const real = await ask<TabView>('confirmCheck', { tabId, checkId: 'admin-agent-role', confirmed: true });
    expect(real.state?.confirmations).toEqual(['azure-rbac', 'admin-agent-role']);
  });

  it('clears the manual confirmations when the same blade switches to another customer’s directory', async () => {
    const support = 'https://portal.azure.com/#view/Microsoft_Azure_Support/NewSupportRequestV3Blade';
    const background = await startWorker();
    const tabId = await openTab('about:blank');
    const top = background.frame(tabId, { url: support });
    const report = (tenantId: string, reportedAt: number) =>
      top.report({
        signals: [{ source: 'dom-account-title', tenant: { id: tenantId }, observedAt: reportedAt }],
        theme: null,
        reportedAt,
        documentStartedAt: 1,
      });
    await report(CONTOSO_TENANT_ID, 10);
    await ask('confirmCheck', { tabId, checkId: 'admin-agent-role', confirmed: true });
    await ask('setCustomerRequest', { tabId, isCustomerRequest: true });
    await report(CONTOSO_TENANT_ID, 20);
    expect((await ask<TabView>('getTabView', { tabId })).state?.confirmations).toEqual(['admin-agent-role']);
    await report(ADATUM_TENANT_ID, 30);
    const view = await ask<TabView>('getTabView', { tabId });
    expect(view.verdict?.context.customer?.name).toMatch(/Adatum/);
    expect(view.state?.confirmations).toEqual([]);
    expect(view.state?.userSaysCustomerRequest).toBeUndefined();
    expect(view.verdict?.checklist.items.find((item) => item.id === 'admin-agent-role')?.status).toBe('manual');
  });

  it('tells frames to read sign-in key names only once the user opts in, and re-pushes on a change', async () => {
    const background = await startWorker();
    const tabId = await openTab(CONTOSO_HOME);
    const top = background.frame(tabId, { url: CONTOSO_HOME });
    const first = await top.report({ theme: null, reportedAt: 10, documentStartedAt: 1 });
    expect(first.readSignInKeyNames).toBe(false);
    expect(top.pushes).toEqual([]);

    await fakeBrowser.storage.local.set({ preferences: { readSignInKeyNames: true }, preferences$: { v: 1 } });
    // The harness delivers a push only to the frame it names (tab and frame ID).
    await vi.waitFor(() => expect(top.pushes).toHaveLength(1));
    expect(top.pushes[0]).toMatchObject({ frameId: 0, readSignInKeyNames: true });
  });
});
