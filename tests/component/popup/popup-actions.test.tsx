// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Signal } from '../../../lib/model/tenant';
import type { FormState } from '../../../lib/model/form';
import type { SettingsInput } from '../../../lib/settings/schema';
import { openPopup, tabOn, resetPopupAroundEachTest } from './popup-on-background';
import { ADATUM_SUPPORT, CONTOSO_SUPPORT, OWN_SUPPORT, emptyAzureForm } from '../../support/projection';
import { CONTOSO_TENANT_ID, scenarioSettings } from '../../e2e/scenario';

resetPopupAroundEachTest();

const adminAgentBox = () => screen.getByRole('checkbox', { name: /Admin agent role/ }) as HTMLInputElement;

describe('the popup, acting for the user', () => {
  it('sends the "for a customer" answer and then shows the customer-request finding', async () => {
    const { tabId, background } = await tabOn(OWN_SUPPORT);
    const { container } = openPopup(tabId);
    const toggle = await screen.findByRole('checkbox', { name: 'This request is for a customer' });
    expect(container.querySelector('[data-pcg-finding="own-tenant-customer-request"]')).toBeNull();
    await userEvent.click(toggle);
    expect(background.popupMessages).toContainEqual({
      type: 'setCustomerRequest',
      data: { tabId, isCustomerRequest: true },
    });
    await background.settled('setCustomerRequest');
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
    expect((await background.view(tabId)).state?.userSaysCustomerRequest).toBe(true);
  });

  it('keeps the "for a customer" answer in the background: a reopened popup shows it, and it can be taken back', async () => {
    const { tabId, background } = await tabOn(OWN_SUPPORT);
    openPopup(tabId);
    await userEvent.click(await screen.findByRole('checkbox', { name: 'This request is for a customer' }));
    await background.settled('setCustomerRequest');
    cleanup();
    const { container } = openPopup(tabId);
    const toggle = (await screen.findByRole('checkbox', {
      name: 'This request is for a customer',
    })) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    await waitFor(() =>
      expect(container.querySelector('[data-pcg-finding="own-tenant-customer-request"]')).toBeTruthy(),
    );
    await userEvent.click(toggle);
    await background.settled('setCustomerRequest');
    await waitFor(() => expect(container.querySelector('[data-pcg-finding="own-tenant-customer-request"]')).toBeNull());
    expect((await background.view(tabId)).state?.userSaysCustomerRequest).toBe(false);
  });

  it('copies a diagnostics report without names, email addresses or tenant names', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
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
    const { tabId } = await tabOn(CONTOSO_SUPPORT, { form: filled, signals });
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ version: '0.1.0' } as never);
    openPopup(tabId);
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
    const { tabId } = await tabOn(ADATUM_SUPPORT);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const { container } = openPopup(tabId);
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
    const settings: SettingsInput = {
      ...scenarioSettings(),
      partner: {
        ...scenarioSettings().partner,
        programRole: 'indirect-reseller',
        indirectProvider: { name: 'Tailspin', supportUrl: '', email: '', phone: '' },
      },
    };
    const { tabId } = await tabOn(CONTOSO_SUPPORT, { form: emptyAzureForm() }, settings);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    openPopup(tabId);
    await userEvent.click(await screen.findByRole('button', { name: 'Set my indirect provider in Options' }));
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/options\.html#profile-heading$/) });
    expect(create.mock.calls[0]![0].url).toBe(fakeBrowser.runtime.getURL('/options.html#profile-heading'));
  });

  it('offers no fill with prefill off, says so, and keeps the links', async () => {
    const settings: SettingsInput = { ...scenarioSettings(), prefill: { mode: 'off' } };
    const { tabId, top, background } = await tabOn(ADATUM_SUPPORT, { form: emptyAzureForm() }, settings);
    expect((await background.view(tabId)).prefillMode).toBe('off');
    const { container } = openPopup(tabId);
    await waitFor(() => expect(container.querySelector('[data-pcg-check="support-plan"]')).toBeTruthy());
    expect(container.querySelector('[data-pcg-action]')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Select the CSP plan' })).toBeNull();
    expect(container.querySelector('[data-pcg-check="support-plan"]')!.textContent).toContain('Prefill is off');
    expect(screen.getByRole('button', { name: 'Open Partner Center admin relationships' })).toBeTruthy();
    // The page would refuse a fill too: the background grants none with prefill off.
    expect(await top.send('beginFill', { fix: 'fill-contact', automatic: false })).toEqual({
      ok: false,
      reason: 'overlay_fix_off',
    });
  });

  it('clears the manual ticks when the user leaves the request and starts a new one on the same blade', async () => {
    const { tabId, top, background } = await tabOn(CONTOSO_SUPPORT);
    openPopup(tabId);
    await userEvent.click(await screen.findByRole('checkbox', { name: /Admin agent role/ }));
    await background.settled('confirmCheck');
    await waitFor(() => expect(adminAgentBox().checked).toBe(true));
    expect((await background.view(tabId)).state?.confirmations).toEqual(['admin-agent-role']);
    // Submitted: the user goes to the portal's home page and opens a new request for the same customer.
    const home = 'https://portal.azure.com/#@contoso.onmicrosoft.com/home';
    await background.navigate(tabId, home);
    await top.report({ url: home });
    await background.navigate(tabId, CONTOSO_SUPPORT);
    await top.report({ url: CONTOSO_SUPPORT, form: emptyAzureForm() });
    // The background mirrors the tab state to session storage; the popup refreshes on the change.
    await waitFor(() => expect(adminAgentBox().checked).toBe(false));
    expect((await background.view(tabId)).state?.confirmations).toEqual([]);
  });
});
