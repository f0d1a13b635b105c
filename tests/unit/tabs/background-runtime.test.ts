import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { FrameVerdict, TabView } from '../../../components/platform/messaging';
import { withConfirmation, withPendingLinkIntent, withTabUrl } from '../../../lib/tabs/tab-state';
import { emptyTabState, type TabState } from '../../../lib/tabs/types';
import { ADATUM_TENANT_ID, CONTOSO_TENANT_ID, scenarioSettings } from '../../e2e/scenario';

const CONTOSO_HOME = 'https://portal.azure.com/#@contoso.onmicrosoft.com/home';
const CLIENT_SESSION =
  'https://admin.microsoft.com/Partner/BeginClientSession.aspx?CTID=c0000000-0000-4000-8000-00000000c0de&CSDEST=o365admincenter';

/** The background module holds its listeners; each test starts a fresh worker. */
async function startWorker(): Promise<void> {
  vi.resetModules();
  const { startBackground } = await import('../../../components/platform/background-runtime');
  startBackground();
}

/** The sender the browser gives a message from the popup: our own extension page. */
function popupSender(): object {
  return { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
}

/** The sender the browser gives a message from the content script in a tab frame. */
function frameSender(tabId: number, url: string, frameId = 0): object {
  return { id: fakeBrowser.runtime.id, tab: { id: tabId }, frameId, url, documentId: `doc-${tabId}-${frameId}` };
}

/** Sends a message the way the messaging library does, with the sender the browser would give. */
function ask<T>(type: string, data: unknown, sender: object = popupSender()): Promise<T> {
  return new Promise((resolve, reject) => {
    const message = { id: 1, type, data, timestamp: Date.now() };
    // The messaging library answers through Chrome's sendResponse callback, which the fake's typing omits.
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
    void trigger(message, sender, (response: { res?: T; err?: unknown }) =>
      response.err ? reject(new Error(String(response.err))) : resolve(response.res as T),
    );
  });
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
  beforeEach(async () => {
    fakeBrowser.reset();
    vi.stubGlobal('chrome', fakeBrowser);
    // Badge texts are translated for the browser's language; the fake browser has none.
    vi.stubGlobal('navigator', { language: 'en-US' });
    await fakeBrowser.storage.local.set({ settings: scenarioSettings() });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('forgets, after a restart, the state of tabs that closed while it was stopped', async () => {
    const open = await openTab(CONTOSO_HOME);
    await fakeBrowser.storage.session.set({
      tabs: { [open]: withTabUrl(emptyTabState(open), CONTOSO_HOME, 1, false), '77': emptyTabState(77) },
    });
    await startWorker();
    await vi.waitFor(async () => expect(Object.keys(await savedTabs())).toEqual([String(open)]));
    expect((await ask<TabView>('getTabView', { tabId: 77 })).state).toBeNull();
    expect((await ask<TabView>('getTabView', { tabId: open })).state?.url).toBe(CONTOSO_HOME);
  });

  it('does not bring back a tab closed right after a restart', async () => {
    const tabId = await openTab(CONTOSO_HOME);
    await fakeBrowser.storage.session.set({
      tabs: { [tabId]: withTabUrl(emptyTabState(tabId), CONTOSO_HOME, 1, false) },
    });
    // Keep the tab listed, so only the close handler can forget it.
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: tabId } as never]);
    await startWorker();
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
    const opener = await openTab('https://partner.microsoft.com/dashboard/v2/customers/list');
    await fakeBrowser.storage.session.set({
      tabs: { [opener]: withPendingLinkIntent(emptyTabState(opener), CLIENT_SESSION, Date.now()) },
    });
    await startWorker();
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
    const tabId = await openTab(CONTOSO_HOME);
    await fakeBrowser.storage.session.set({
      tabs: { [tabId]: withConfirmation(withTabUrl(emptyTabState(tabId), CONTOSO_HOME, 1, false), 'azure-rbac', true) },
    });
    await startWorker();
    const bogus = await ask<TabView>('confirmCheck', { tabId, checkId: 'gdap-active', confirmed: true });
    expect(bogus.state?.confirmations).toEqual(['azure-rbac']);
    const real = await ask<TabView>('confirmCheck', { tabId, checkId: 'admin-agent-role', confirmed: true });
    expect(real.state?.confirmations).toEqual(['azure-rbac', 'admin-agent-role']);
  });

  it('clears the manual confirmations when the same blade switches to another customer’s directory', async () => {
    const support = 'https://portal.azure.com/#view/Microsoft_Azure_Support/NewSupportRequestV3Blade';
    const tabId = await openTab('about:blank');
    await startWorker();
    const report = (tenantId: string, reportedAt: number) =>
      ask(
        'reportFrame',
        {
          signals: [{ source: 'dom-account-title', tenant: { id: tenantId }, observedAt: reportedAt }],
          form: null,
          fieldsFound: [],
          theme: null,
          overlayVisible: true,
          reportedAt,
          documentStartedAt: 1,
        },
        frameSender(tabId, support),
      );
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
    const tabId = await openTab(CONTOSO_HOME);
    const pushes = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await startWorker();
    const first = await ask<FrameVerdict>(
      'reportFrame',
      {
        signals: [],
        form: null,
        fieldsFound: [],
        theme: null,
        overlayVisible: true,
        reportedAt: 10,
        documentStartedAt: 1,
      },
      frameSender(tabId, CONTOSO_HOME),
    );
    expect(first.readSignInKeyNames).toBe(false);
    expect(pushes).not.toHaveBeenCalled();

    await fakeBrowser.storage.local.set({ preferences: { readSignInKeyNames: true }, preferences$: { v: 1 } });
    await vi.waitFor(() => expect(pushes).toHaveBeenCalled());
    const [target, message, options] = pushes.mock.calls.at(-1)!;
    expect(target).toBe(tabId);
    expect(message).toMatchObject({ type: 'pushVerdict', data: { frameId: 0, readSignInKeyNames: true } });
    expect(options).toEqual({ frameId: 0 });
  });
});
