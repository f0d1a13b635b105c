// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContextKind } from '../../../lib/context/types';
import type { FormState } from '../../../lib/model/form';
import { settingsSchema } from '../../../lib/settings/schema';
import { DEFAULT_COLORS } from '../../../lib/display/colors';
import { BADGE_COLORS } from '../../../lib/tabs/display';
import { backgroundForTest, openPopup, popupOn, resetPopupAroundEachTest } from './popup-on-background';
import {
  ADATUM_SUPPORT,
  CONTOSO_SUPPORT,
  NORTHWIND_SUPPORT,
  OWN_SUPPORT,
  UNKNOWN_SUPPORT,
  emptyAzureForm,
} from '../../support/projection';
import { NORTHWIND_TENANT_ID, scenarioSettings, withPartner } from '../../e2e/scenario';

resetPopupAroundEachTest();

function contextCard(container: HTMLElement) {
  return container.querySelector('.context-card')!;
}

const statusOf = (container: HTMLElement, checkId: string) =>
  container.querySelector(`[data-pcg-check="${checkId}"]`)?.getAttribute('data-pcg-status');

/** A support form with the plan, a name and an email filled, and the product chosen. */
function filledAzureForm(): FormState {
  const form = emptyAzureForm();
  return {
    ...form,
    product: 'Virtual Machine running Windows',
    fields: {
      ...form.fields,
      supportPlan: { ...form.fields.supportPlan!, value: 'Cloud Solution Provider' },
      firstName: { ...form.fields.firstName!, value: 'Alex' },
      email: { ...form.fields.email!, value: 'alex.wilber@fabrikam.com' },
    },
  };
}

function hexToRgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

describe('the popup, on the real background', () => {
  it.each([
    ['own', OWN_SUPPORT, 'Own tenant'],
    ['customer', CONTOSO_SUPPORT, 'Customer'],
    ['unlisted', NORTHWIND_SUPPORT, 'Unlisted tenant'],
    ['unknown', UNKNOWN_SUPPORT, 'Unknown tenant'],
  ])('shows the %s context card', async (kind, url, label) => {
    const { container } = await popupOn(url);
    await waitFor(() => expect(contextCard(container)).toBeTruthy());
    expect(contextCard(container).getAttribute('data-pcg-context')).toBe(kind);
    expect(within(contextCard(container) as HTMLElement).getByText(label)).toBeTruthy();
    expect(container.querySelectorAll('[data-pcg-check]').length).toBeGreaterThan(0);
  });

  it('shows the customer record and the evidence on demand', async () => {
    const { container } = await popupOn(CONTOSO_SUPPORT);
    await screen.findByText('Contoso Ltd', { selector: 'dd bdi' });
    expect(container.querySelector('[data-gdap="active"]')?.textContent).toContain('2099-01-31');
    expect(container.querySelector('.evidence')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Why does it think so?' }));
    expect(container.querySelector('.evidence')?.textContent).toContain('contoso.onmicrosoft.com');
  });

  it('blocks an indirect reseller and fails the allowed-to-file check', async () => {
    const { container } = await popupOn(
      CONTOSO_SUPPORT,
      { form: emptyAzureForm() },
      withPartner({
        programRole: 'indirect-reseller',
        indirectProvider: { name: 'Tailspin', supportUrl: '', email: 'csp@tailspin.example', phone: '' },
      }),
    );
    await waitFor(() =>
      expect(container.querySelector('[data-pcg-finding="reseller-cannot-file-azure"]')).toBeTruthy(),
    );
    expect(container.querySelector('[data-pcg-finding="reseller-cannot-file-azure"]')?.textContent).toContain(
      'Tailspin',
    );
    expect(statusOf(container, 'allowed-to-file')).toBe('fail');
    expect(screen.queryByText('Ready to submit.')).toBeNull();
  });

  it('shows an expired GDAP relationship as a failed check', async () => {
    const { container } = await popupOn(ADATUM_SUPPORT);
    await waitFor(() => expect(container.querySelector('[data-pcg-check="gdap-active"]')).toBeTruthy());
    expect(statusOf(container, 'gdap-active')).toBe('fail');
    expect(container.querySelector('[data-pcg-finding="gdap-not-active"]')?.getAttribute('data-pcg-severity')).toBe(
      'blocker',
    );
  });

  it('remembers manual confirmations through the background', async () => {
    const { container, tabId, background } = await popupOn(CONTOSO_SUPPORT);
    const checkbox = await screen.findByRole('checkbox', { name: /Admin agent role/ });
    expect(statusOf(container, 'admin-agent-role')).toBe('manual');
    await userEvent.click(checkbox);
    expect(background.popupMessages).toContainEqual({
      type: 'confirmCheck',
      data: { tabId, checkId: 'admin-agent-role', confirmed: true },
    });
    await background.settled('confirmCheck');
    // What shows now is the background's answer, not the popup's own tick.
    await waitFor(() => expect(statusOf(container, 'admin-agent-role')).toBe('pass'));
    expect((screen.getByRole('checkbox', { name: /Admin agent role/ }) as HTMLInputElement).checked).toBe(true);
    expect((await background.view(tabId)).state?.confirmations).toEqual(['admin-agent-role']);
  });

  it('shows a confirmation again when the popup is reopened, and takes it back on an untick', async () => {
    const { tabId, background } = await popupOn(CONTOSO_SUPPORT);
    await userEvent.click(await screen.findByRole('checkbox', { name: /Admin agent role/ }));
    await background.settled('confirmCheck');
    cleanup();
    // A new popup knows nothing of the last one: only the background can have kept the tick.
    const { container } = openPopup(tabId);
    const reopened = (await screen.findByRole('checkbox', { name: /Admin agent role/ })) as HTMLInputElement;
    expect(reopened.checked).toBe(true);
    expect(statusOf(container, 'admin-agent-role')).toBe('pass');
    await userEvent.click(reopened);
    await background.settled('confirmCheck');
    cleanup();
    openPopup(tabId);
    expect(((await screen.findByRole('checkbox', { name: /Admin agent role/ })) as HTMLInputElement).checked).toBe(
      false,
    );
    expect((await background.view(tabId)).state?.confirmations).toEqual([]);
  });

  it('triggers a fix in the page from a failed check', async () => {
    const { tabId, top, background } = await popupOn(CONTOSO_SUPPORT);
    top.onApplyFix = () => ({ ok: true, results: [{ field: 'firstName', outcome: 'filled' }] });
    const fixes = await screen.findAllByRole('button', { name: 'Fill my contact details' });
    await userEvent.click(fixes[0]!);
    expect(background.popupMessages).toContainEqual({ type: 'requestFix', data: { tabId, fix: 'fill-contact' } });
    // The background passed the fix on to the frame that holds the form, and its outcome back.
    await waitFor(() => expect(top.fixes).toEqual(['fill-contact']));
    expect((await screen.findByTestId('fix-outcome')).textContent).toBe('Filled 1 field in the page.');
  });

  it('passes each fill the checklist offers to the form frame, as that fill', async () => {
    const { container, top } = await popupOn(CONTOSO_SUPPORT);
    await waitFor(() => expect(container.querySelectorAll('[data-pcg-action]').length).toBeGreaterThan(1));
    const offered = [...container.querySelectorAll<HTMLButtonElement>('[data-pcg-action]')];
    const actions = offered.map((button) => button.getAttribute('data-pcg-action'));
    expect(new Set(actions)).toEqual(new Set(['fill-contact', 'select-csp-plan']));
    for (const button of offered) await userEvent.click(button);
    await waitFor(() => expect(top.fixes).toEqual(actions));
  });

  it('says the form is gone when its frame no longer answers', async () => {
    const background = await backgroundForTest();
    const { tabId } = await background.portalTab('https://portal.azure.com/#@contoso.onmicrosoft.com/home');
    // The form lives in a reactblade frame of the support blade; it reports, then its document goes away.
    await background.navigate(tabId, CONTOSO_SUPPORT);
    const formFrame = background.frame(tabId, {
      frameId: 3,
      url: 'https://sandbox-1.reactblade.portal.azure.net/#/support',
    });
    await formFrame.report({ form: emptyAzureForm() });
    expect((await background.view(tabId)).verdict?.formFrameId).toBe(3);
    formFrame.gone();
    openPopup(tabId);
    await userEvent.click((await screen.findAllByRole('button', { name: 'Fill my contact details' }))[0]!);
    expect((await screen.findByTestId('fix-outcome')).textContent).toBe('The form is gone; reload the page.');
  });

  it('says "ready to submit" only when nothing fails and everything is confirmed', async () => {
    const background = await backgroundForTest();
    const { tabId } = await background.portalTab(CONTOSO_SUPPORT, { form: filledAzureForm() });
    for (const checkId of ['admin-agent-role', 'azure-rbac'])
      await background.asPopup('confirmCheck', { tabId, checkId, confirmed: true });
    openPopup(tabId);
    expect(await screen.findByText('1 thing left before you submit.')).toBeTruthy();
    cleanup();
    await background.asPopup('confirmCheck', { tabId, checkId: 'service-health', confirmed: true });
    openPopup(tabId);
    expect(await screen.findByText('Ready to submit.')).toBeTruthy();
  });

  it('offers to add an unlisted tenant to the customers, prefilled and validated', async () => {
    const { container, tabId, background } = await popupOn(NORTHWIND_SUPPORT);
    const storedCustomers = async () =>
      settingsSchema.parse((await fakeBrowser.storage.local.get('settings')).settings).customers;
    const before = (await storedCustomers()).length;
    await userEvent.click(await screen.findByTestId('add-customer'));
    const name = screen.getByLabelText('Customer name') as HTMLInputElement;
    expect((screen.getByLabelText('Domain') as HTMLInputElement).value).toBe('northwind.onmicrosoft.com');
    await userEvent.click(screen.getByTestId('confirm-add-customer'));
    expect(await screen.findByText(/Not a tenant ID/)).toBeTruthy();
    expect(await storedCustomers()).toHaveLength(before);
    await userEvent.type(screen.getByLabelText('Tenant ID'), NORTHWIND_TENANT_ID);
    await userEvent.type(name, 'Northwind Traders');
    await userEvent.click(screen.getByTestId('confirm-add-customer'));
    await waitFor(async () =>
      expect(await storedCustomers()).toContainEqual(
        expect.objectContaining({
          name: 'Northwind Traders',
          tenantId: NORTHWIND_TENANT_ID,
          domains: ['northwind.onmicrosoft.com'],
        }),
      ),
    );
    // The background reads the new directory, and the popup shows the tab as that customer's.
    await waitFor(() => expect(contextCard(container).getAttribute('data-pcg-context')).toBe('customer'));
    expect(await screen.findByText('Northwind Traders', { selector: 'dd bdi' })).toBeTruthy();
    expect((await background.view(tabId)).verdict?.context.customer?.tenantId).toBe(NORTHWIND_TENANT_ID);
  });

  it('shows guidance instead of a checklist away from support forms, and says when setup is needed', async () => {
    await popupOn('https://portal.azure.com/#home', {}, withPartner({ tenantIds: [], domains: [] }));
    expect(await screen.findByText('Filing a support request')).toBeTruthy();
    expect(screen.getByText(/Set up your partner tenant first/)).toBeTruthy();
    expect(document.querySelector('[data-pcg-check]')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Open options' }));
    await waitFor(async () =>
      expect(await fakeBrowser.tabs.query({ url: fakeBrowser.runtime.getURL('/options.html') })).toHaveLength(1),
    );
  });

  it('says so when the page hid the in-page warnings', async () => {
    await popupOn(CONTOSO_SUPPORT, { form: emptyAzureForm(), overlayVisible: false });
    expect(await screen.findByText(/The page hid the in-page warnings/)).toBeTruthy();
  });

  it('clears the manual ticks when the same blade switches to another customer', async () => {
    const { tabId, top, background } = await popupOn(CONTOSO_SUPPORT);
    await userEvent.click(await screen.findByRole('checkbox', { name: /Admin agent role/ }));
    await background.settled('confirmCheck');
    await waitFor(() =>
      expect((screen.getByRole('checkbox', { name: /Admin agent role/ }) as HTMLInputElement).checked).toBe(true),
    );
    // The user opens the same blade in Adatum's directory: the browser and the frame say so.
    await background.navigate(tabId, ADATUM_SUPPORT);
    await top.report({ url: ADATUM_SUPPORT, form: emptyAzureForm() });
    // The background mirrors the new state to session storage; the popup refreshes on the change.
    await screen.findByText('Adatum Corporation', { selector: 'dd bdi' });
    expect((screen.getByRole('checkbox', { name: /Admin agent role/ }) as HTMLInputElement).checked).toBe(false);
    expect((await background.view(tabId)).state?.confirmations).toEqual([]);
  });

  it('lists every finding: blockers open, the others folded to their title', async () => {
    const { container, tabId, background } = await popupOn(ADATUM_SUPPORT, {
      form: emptyAzureForm(),
      overlayVisible: false,
    });
    await screen.findByTestId('overlay-hidden');
    const findings = (await background.view(tabId)).verdict!.findings;
    expect(findings.some((finding) => finding.severity === 'blocker')).toBe(true);
    expect(findings.some((finding) => finding.severity !== 'blocker')).toBe(true);
    for (const finding of findings) {
      const shown = container.querySelector(`.findings [data-pcg-finding="${finding.id}"]`);
      expect(shown, finding.id).toBeTruthy();
      if (finding.severity === 'blocker') {
        expect(shown!.tagName).toBe('P');
      } else {
        expect(shown!.tagName).toBe('DETAILS');
        expect((shown as HTMLDetailsElement).open).toBe(false);
      }
    }
  });

  it('asks an advisor without a provider to set one in Options, instead of naming a blank provider', async () => {
    const { container } = await popupOn(
      CONTOSO_SUPPORT,
      { form: emptyAzureForm() },
      withPartner({ programRole: 'advisor' }),
    );
    await waitFor(() =>
      expect(container.querySelector('[data-pcg-finding="reseller-cannot-file-azure"]')).toBeTruthy(),
    );
    const text = container.querySelector('[data-pcg-finding="reseller-cannot-file-azure"]')!.textContent!;
    expect(text).toContain('Set your indirect provider and its contact details in Options');
    expect(text).not.toContain('—');
  });

  it('puts the real number of customers in the diagnostics report', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const background = await backgroundForTest();
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ version: '0.1.0' } as never);
    const { tabId } = await background.portalTab(CONTOSO_SUPPORT, { form: emptyAzureForm() });
    openPopup(tabId);
    await userEvent.click(await screen.findByTestId('copy-diagnostics'));
    await waitFor(() => expect(writeText).toHaveBeenCalled());
    const report = JSON.parse(writeText.mock.calls[0]![0] as string);
    expect(report.customersInDirectory).toBe(settingsSchema.parse(scenarioSettings()).customers.length);
    expect(report.customersInDirectory).toBeGreaterThan(0);
  });

  it('updates "ready" and the count at once when the last check is ticked', async () => {
    const background = await backgroundForTest();
    const { tabId } = await background.portalTab(CONTOSO_SUPPORT, { form: filledAzureForm() });
    for (const checkId of ['azure-rbac', 'service-health'])
      await background.asPopup('confirmCheck', { tabId, checkId, confirmed: true });
    openPopup(tabId);
    expect(await screen.findByText('1 thing left before you submit.')).toBeTruthy();
    // The background does not answer yet: what shows is the popup's own update.
    const release = background.hold('confirmCheck');
    await userEvent.click(screen.getByRole('checkbox', { name: /Admin agent role/ }));
    expect(await screen.findByText('Ready to submit.')).toBeTruthy();
    expect((await background.view(tabId)).state?.confirmations).not.toContain('admin-agent-role');
    // Then it answers, and agrees.
    release();
    await background.settled('confirmCheck');
    expect(screen.getByText('Ready to submit.')).toBeTruthy();
    expect((await background.view(tabId)).verdict?.checklist.ready).toBe(true);
  });

  it('says so when the background cannot take the "for a customer" answer', async () => {
    const { background } = await popupOn(OWN_SUPPORT);
    background.failNext('setCustomerRequest', 'Could not establish connection. Receiving end does not exist.');
    await userEvent.click(await screen.findByRole('checkbox', { name: /for a customer/i }));
    expect(await screen.findByText(/close and reopen this popup/)).toBeTruthy();
  });

  it.each(['own', 'customer', 'unlisted', 'unknown'] as ContextKind[])(
    'colours the %s context card like the badge',
    async (kind) => {
      const url = {
        own: OWN_SUPPORT,
        customer: CONTOSO_SUPPORT,
        unlisted: NORTHWIND_SUPPORT,
        unknown: UNKNOWN_SUPPORT,
      }[kind];
      const { container, tabId, background } = await popupOn(url);
      await waitFor(() => expect(contextCard(container)).toBeTruthy());
      const card = contextCard(container) as HTMLElement;
      // The kind's label keeps the darker kind colour that white text reads on.
      expect((card.querySelector('.kind') as HTMLElement).style.background).toContain(hexToRgb(BADGE_COLORS[kind]));
      // The border: the colour of the band and of the toolbar badge the background set for the tab
      // (none of these pages has a blocker, which would turn the badge red).
      const view = await background.view(tabId);
      expect(view.color).toBe(kind === 'customer' ? view.color : DEFAULT_COLORS[kind]);
      expect(view.color).not.toBe(BADGE_COLORS[kind]);
      expect(card.style.borderColor).toBe(hexToRgb(view.color!));
      const [r, g, b] = (await fakeBrowser.action.getBadgeBackgroundColor({ tabId })) as unknown as number[];
      expect(`rgb(${r}, ${g}, ${b})`).toBe(card.style.borderColor);
    },
  );

  it('lets a keyboard user reach a manual check with Tab and tick it with Space', async () => {
    const { tabId, background } = await popupOn(CONTOSO_SUPPORT);
    const checkbox = (await screen.findByRole('checkbox', { name: /Admin agent role/ })) as HTMLInputElement;
    for (let presses = 0; presses < 40 && document.activeElement !== checkbox; presses += 1) await userEvent.tab();
    expect(document.activeElement).toBe(checkbox);
    await userEvent.keyboard(' ');
    expect(background.popupMessages).toContainEqual({
      type: 'confirmCheck',
      data: { tabId, checkId: 'admin-agent-role', confirmed: true },
    });
    await background.settled('confirmCheck');
    await waitFor(() => expect(checkbox.checked).toBe(true));
    expect((await background.view(tabId)).state?.confirmations).toEqual(['admin-agent-role']);
  });
});
