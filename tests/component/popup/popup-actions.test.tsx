// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TabView } from '../../../components/platform/messaging';
import { buildMatchIndex } from '../../../lib/context/match-index';
import type { Signal } from '../../../lib/model/tenant';
import type { FormState } from '../../../lib/model/form';
import { settingsSchema, type SettingsInput } from '../../../lib/settings/schema';
import { withConfirmation, withCustomerRequestFlag, withFrameReport, withTabUrl } from '../../../lib/tabs/tab-state';
import { emptyTabState, type TabState } from '../../../lib/tabs/types';
import { computeVerdict } from '../../../lib/tabs/verdict';
import { ADATUM_SUPPORT, CONTOSO_SUPPORT, OWN_SUPPORT, buildView, emptyAzureForm } from '../view-builder';
import { CONTOSO_TENANT_ID, scenarioSettings } from '../../e2e/scenario';

const messaging = vi.hoisted(() => ({ sendMessage: vi.fn() }));
vi.mock('../../../components/platform/messaging', () => messaging);
vi.mock('../../../components/platform/settings-storage', () => ({ addCustomer: vi.fn() }));

import { PopupApp } from '../../../components/popup/PopupApp';
import { usePopupStore } from '../../../components/popup/store';

beforeEach(() => {
  usePopupStore.setState({ tabId: null, view: null, error: null, lastFix: null });
  messaging.sendMessage.mockReset();
  window.history.replaceState(null, '', '/popup.html?tabId=7');
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** A view computed from a tab state by the background's own code. */
function viewOf(state: TabState, input: SettingsInput = scenarioSettings()): TabView {
  const settings = settingsSchema.parse(input);
  return {
    tabId: 7,
    state,
    verdict: computeVerdict(state, settings, buildMatchIndex(settings), '2026-11-24'),
    setupNeeded: false,
    prefillMode: settings.prefill.mode,
    settingsProblems: 0,
    customers: settings.customers.length,
    fieldsFound: [],
  };
}

/** The top frame of a tab on an Azure support blade (or another page), with what it read. */
function onPage(
  state: TabState,
  url: string,
  at: number,
  { form = emptyAzureForm(), signals = [] }: { form?: FormState | null; signals?: Signal[] } = {},
): TabState {
  const supportForm = url.includes('NewSupportRequest');
  return withFrameReport(withTabUrl(state, url, at, false), {
    frameId: 0,
    url,
    page: supportForm
      ? { portal: 'azure', page: 'support-request', supportForm: 'azure' }
      : { portal: 'azure', page: 'other' },
    signals,
    form: supportForm ? form : null,
    fieldsFound: [],
    theme: 'light',
    overlayVisible: true,
    reportedAt: at,
    documentStartedAt: 5,
  });
}

const adminAgentBox = () => screen.getByRole('checkbox', { name: /Admin agent role/ }) as HTMLInputElement;

describe('the popup, acting for the user', () => {
  it('sends the "for a customer" answer and then shows the customer-request finding', async () => {
    let state = onPage(emptyTabState(7), OWN_SUPPORT, 10);
    messaging.sendMessage.mockImplementation(async (type: string, data: { isCustomerRequest?: boolean }) => {
      if (type === 'setCustomerRequest') state = withCustomerRequestFlag(state, data.isCustomerRequest!);
      return viewOf(state);
    });
    const { container } = render(<PopupApp />);
    const toggle = await screen.findByRole('checkbox', { name: 'This request is for a customer' });
    expect(container.querySelector('[data-pcg-finding="own-tenant-customer-request"]')).toBeNull();
    await userEvent.click(toggle);
    expect(messaging.sendMessage).toHaveBeenCalledWith('setCustomerRequest', { tabId: 7, isCustomerRequest: true });
    await waitFor(() =>
      expect(container.querySelector('[data-pcg-finding="own-tenant-customer-request"]')).toBeTruthy(),
    );
    expect(container.querySelector('[data-pcg-finding="own-tenant-customer-request"]')!.textContent).toContain(
      'You said this request is for a customer',
    );
    expect((screen.getByRole('checkbox', { name: 'This request is for a customer' }) as HTMLInputElement).checked).toBe(
      true,
    );
    expect(container.querySelector('[data-pcg-check="right-tenant"]')?.getAttribute('data-pcg-status')).toBe('fail');
  });

  it('copies a diagnostics report without names, email addresses or tenant names', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ version: '0.1.0' } as never);
    const form = emptyAzureForm();
    const filled: FormState = {
      ...form,
      fields: {
        ...form.fields,
        firstName: { ...form.fields.firstName!, value: 'Megan' },
        lastName: { ...form.fields.lastName!, value: 'Bowen' },
        email: { ...form.fields.email!, value: 'megan.bowen@contoso.com' },
        phone: { ...form.fields.phone!, value: '+31 20 555 0100' },
      },
    };
    const signals: Signal[] = [
      { source: 'dom-tenant-name', tenant: { name: 'Contoso Ltd' }, observedAt: 10 },
      {
        source: 'dom-username',
        tenant: { domain: 'contoso.onmicrosoft.com' },
        observedAt: 10,
        detail: 'megan.bowen@contoso.com',
      },
    ];
    messaging.sendMessage.mockResolvedValue(
      viewOf(onPage(emptyTabState(7), CONTOSO_SUPPORT, 10, { form: filled, signals })),
    );
    render(<PopupApp />);
    await userEvent.click(await screen.findByTestId('copy-diagnostics'));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    const report = writeText.mock.calls[0]![0] as string;
    expect(JSON.parse(report).context.kind).toBe('customer');
    for (const personal of [
      'Megan',
      'Bowen',
      'megan.bowen',
      '555 0100',
      'Contoso Ltd',
      'contoso.onmicrosoft.com',
      'contoso.com',
      CONTOSO_TENANT_ID,
    ]) {
      expect(report, personal).not.toContain(personal);
    }
    expect(await screen.findByText('Copied.', { exact: false })).toBeTruthy();
  });

  it("opens the customer's admin relationships in a new tab from the failed GDAP check", async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    messaging.sendMessage.mockResolvedValue(buildView({ url: ADATUM_SUPPORT, form: emptyAzureForm() }));
    const { container } = render(<PopupApp />);
    await waitFor(() => expect(container.querySelector('[data-pcg-check="gdap-active"]')).toBeTruthy());
    const check = container.querySelector('[data-pcg-check="gdap-active"]') as HTMLElement;
    await userEvent.click(
      [...check.querySelectorAll('button')].find((button) => /admin relationships/.test(button.textContent!))!,
    );
    expect(create).toHaveBeenCalledWith({
      url: 'https://partner.microsoft.com/dashboard/v2/customers/granularadminaccess/list#:~:text=Adatum%20Corporation',
    });
  });

  it('opens the partner profile in Options for a reseller without a provider contact', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    const settings: SettingsInput = {
      ...scenarioSettings(),
      partner: {
        ...scenarioSettings().partner,
        programRole: 'indirect-reseller',
        indirectProvider: { name: 'Tailspin', supportUrl: '', email: '', phone: '' },
      },
    };
    messaging.sendMessage.mockResolvedValue(buildView({ url: CONTOSO_SUPPORT, form: emptyAzureForm(), settings }));
    render(<PopupApp />);
    await userEvent.click(await screen.findByRole('button', { name: 'Set my indirect provider in Options' }));
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/options\.html#profile-heading$/) });
  });

  it('offers no fill with prefill off, says so, and keeps the links', async () => {
    const settings: SettingsInput = { ...scenarioSettings(), prefill: { mode: 'off' } };
    const view = buildView({ url: ADATUM_SUPPORT, form: emptyAzureForm(), settings });
    expect(view.prefillMode).toBe('off');
    messaging.sendMessage.mockResolvedValue(view);
    const { container } = render(<PopupApp />);
    await waitFor(() => expect(container.querySelector('[data-pcg-check="support-plan"]')).toBeTruthy());
    expect(container.querySelector('[data-pcg-action]')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Select the CSP plan' })).toBeNull();
    expect(container.querySelector('[data-pcg-check="support-plan"]')!.textContent).toContain('Prefill is off');
    expect(screen.getByRole('button', { name: 'Open Partner Center admin relationships' })).toBeTruthy();
  });

  it('clears the manual ticks when the user leaves the request and starts a new one on the same blade', async () => {
    let state = onPage(emptyTabState(7), CONTOSO_SUPPORT, 10);
    messaging.sendMessage.mockImplementation(async (type: string, data: { checkId?: string; confirmed?: boolean }) => {
      if (type === 'confirmCheck') state = withConfirmation(state, data.checkId!, data.confirmed!);
      return viewOf(state);
    });
    render(<PopupApp />);
    await userEvent.click(await screen.findByRole('checkbox', { name: /Admin agent role/ }));
    await waitFor(() => expect(adminAgentBox().checked).toBe(true));
    // Submitted: the user goes to the portal's home page and opens a new request for the same customer.
    state = onPage(state, 'https://portal.azure.com/#@contoso.onmicrosoft.com/home', 20);
    state = onPage(state, CONTOSO_SUPPORT, 30);
    // The background mirrors the tab state to session storage; the popup refreshes on the change.
    await fakeBrowser.storage.session.set({ tabs: { at: 30 } });
    await waitFor(() => expect(adminAgentBox().checked).toBe(false));
    expect(state.confirmations).toEqual([]);
  });
});
