// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TabView } from '../../../components/platform/messaging';
import {
  ADATUM_SUPPORT,
  CONTOSO_SUPPORT,
  NORTHWIND_SUPPORT,
  OWN_SUPPORT,
  UNKNOWN_SUPPORT,
  buildView,
  emptyAzureForm,
} from '../view-builder';
import { withPartner } from '../../e2e/scenario';

const messaging = vi.hoisted(() => ({ sendMessage: vi.fn() }));
vi.mock('../../../components/platform/messaging', () => messaging);
const storage = vi.hoisted(() => ({ addCustomer: vi.fn() }));
vi.mock('../../../components/platform/settings-storage', () => storage);

import { PopupApp } from '../../../components/popup/PopupApp';
import { usePopupStore } from '../../../components/popup/store';

let currentView: TabView;

function serve(view: TabView) {
  currentView = view;
  messaging.sendMessage.mockImplementation(async (type: string, data: { checkId?: string; confirmed?: boolean }) => {
    if (type === 'confirmCheck') {
      const confirmations = new Set(currentView.state?.confirmations ?? []);
      if (data.confirmed) confirmations.add(data.checkId!);
      else confirmations.delete(data.checkId!);
      currentView = buildView({ url: CONTOSO_SUPPORT, form: emptyAzureForm(), confirmations: [...confirmations] });
    }
    if (type === 'requestFix') return { ok: true, results: [{ field: 'firstName', outcome: 'filled' }] };
    return currentView;
  });
}

function renderPopup(view: TabView) {
  serve(view);
  window.history.replaceState(null, '', '/popup.html?tabId=7');
  return render(<PopupApp />);
}

function contextCard(container: HTMLElement) {
  return container.querySelector('.context-card')!;
}

beforeEach(() => {
  usePopupStore.setState({ tabId: null, view: null, error: null, lastFix: null });
  messaging.sendMessage.mockReset();
  storage.addCustomer.mockReset();
});
afterEach(cleanup);

describe('the popup', () => {
  it.each([
    ['own', OWN_SUPPORT, 'Own tenant'],
    ['customer', CONTOSO_SUPPORT, 'Customer'],
    ['unlisted', NORTHWIND_SUPPORT, 'Unlisted tenant'],
    ['unknown', UNKNOWN_SUPPORT, 'Unknown tenant'],
  ])('shows the %s context card', async (kind, url, label) => {
    const { container } = renderPopup(buildView({ url, form: emptyAzureForm() }));
    await waitFor(() => expect(contextCard(container)).toBeTruthy());
    expect(contextCard(container).getAttribute('data-pcg-context')).toBe(kind);
    expect(within(contextCard(container) as HTMLElement).getByText(label)).toBeTruthy();
    expect(container.querySelectorAll('[data-pcg-check]').length).toBeGreaterThan(0);
  });

  it('shows the customer record and the evidence on demand', async () => {
    const { container } = renderPopup(buildView({ url: CONTOSO_SUPPORT, form: emptyAzureForm() }));
    await screen.findByText('Contoso Ltd', { selector: 'dd bdi' });
    expect(container.querySelector('[data-gdap="active"]')?.textContent).toContain('2099-01-31');
    expect(container.querySelector('.evidence')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Why does it think so?' }));
    expect(container.querySelector('.evidence')?.textContent).toContain('contoso.onmicrosoft.com');
  });

  it('blocks an indirect reseller and fails the allowed-to-file check', async () => {
    const view = buildView({
      url: CONTOSO_SUPPORT,
      form: emptyAzureForm(),
      settings: withPartner({
        programRole: 'indirect-reseller',
        indirectProvider: { name: 'Tailspin', supportUrl: '', email: 'csp@tailspin.example', phone: '' },
      }),
    });
    const { container } = renderPopup(view);
    await waitFor(() =>
      expect(container.querySelector('[data-pcg-finding="reseller-cannot-file-azure"]')).toBeTruthy(),
    );
    expect(container.querySelector('[data-pcg-finding="reseller-cannot-file-azure"]')?.textContent).toContain(
      'Tailspin',
    );
    expect(container.querySelector('[data-pcg-check="allowed-to-file"]')?.getAttribute('data-pcg-status')).toBe('fail');
    expect(screen.queryByText('Ready to submit.')).toBeNull();
  });

  it('shows an expired GDAP relationship as a failed check', async () => {
    const { container } = renderPopup(buildView({ url: ADATUM_SUPPORT, form: emptyAzureForm() }));
    await waitFor(() => expect(container.querySelector('[data-pcg-check="gdap-active"]')).toBeTruthy());
    expect(container.querySelector('[data-pcg-check="gdap-active"]')?.getAttribute('data-pcg-status')).toBe('fail');
    expect(container.querySelector('[data-pcg-finding="gdap-not-active"]')?.getAttribute('data-pcg-severity')).toBe(
      'blocker',
    );
  });

  it('remembers manual confirmations through the background', async () => {
    const { container } = renderPopup(buildView({ url: CONTOSO_SUPPORT, form: emptyAzureForm() }));
    const checkbox = await screen.findByRole('checkbox', { name: /Admin agent role/ });
    expect(container.querySelector('[data-pcg-check="admin-agent-role"]')?.getAttribute('data-pcg-status')).toBe(
      'manual',
    );
    await userEvent.click(checkbox);
    expect(messaging.sendMessage).toHaveBeenCalledWith('confirmCheck', {
      tabId: 7,
      checkId: 'admin-agent-role',
      confirmed: true,
    });
    await waitFor(() =>
      expect(container.querySelector('[data-pcg-check="admin-agent-role"]')?.getAttribute('data-pcg-status')).toBe(
        'pass',
      ),
    );
    expect((screen.getByRole('checkbox', { name: /Admin agent role/ }) as HTMLInputElement).checked).toBe(true);
  });

  it('triggers a fix in the page from a failed check', async () => {
    renderPopup(buildView({ url: CONTOSO_SUPPORT, form: emptyAzureForm() }));
    const fixes = await screen.findAllByRole('button', { name: 'Fill my contact details' });
    await userEvent.click(fixes[0]!);
    expect(messaging.sendMessage).toHaveBeenCalledWith('requestFix', { tabId: 7, fix: 'fill-contact' });
    expect(await screen.findByTestId('fix-outcome')).toBeTruthy();
  });

  it('says "ready to submit" only when nothing fails and everything is confirmed', async () => {
    const form = emptyAzureForm();
    const filled = {
      ...form,
      product: 'Virtual Machine running Windows',
      fields: {
        ...form.fields,
        supportPlan: { ...form.fields.supportPlan!, value: 'Cloud Solution Provider' },
        firstName: { ...form.fields.firstName!, value: 'Alex' },
        email: { ...form.fields.email!, value: 'alex.wilber@fabrikam.com' },
      },
    };
    renderPopup(
      buildView({
        url: CONTOSO_SUPPORT,
        form: filled,
        confirmations: ['admin-agent-role', 'azure-rbac', 'service-health'],
      }),
    );
    expect(await screen.findByText('Ready to submit.')).toBeTruthy();
  });

  it('offers to add an unlisted tenant to the customers, prefilled and validated', async () => {
    storage.addCustomer.mockResolvedValue({});
    renderPopup(buildView({ url: NORTHWIND_SUPPORT, form: emptyAzureForm() }));
    await userEvent.click(await screen.findByTestId('add-customer'));
    const name = screen.getByLabelText('Customer name') as HTMLInputElement;
    expect((screen.getByLabelText('Domain') as HTMLInputElement).value).toBe('northwind.onmicrosoft.com');
    await userEvent.click(screen.getByTestId('confirm-add-customer'));
    expect(await screen.findByText(/Not a tenant ID/)).toBeTruthy();
    expect(storage.addCustomer).not.toHaveBeenCalled();
    await userEvent.type(screen.getByLabelText('Tenant ID'), 'a0000000-0000-4000-8000-0000000000aa');
    await userEvent.type(name, 'Northwind Traders');
    await userEvent.click(screen.getByTestId('confirm-add-customer'));
    await waitFor(() =>
      expect(storage.addCustomer).toHaveBeenCalledWith(
        expect.objectContaining({
          name: 'Northwind Traders',
          tenantId: 'a0000000-0000-4000-8000-0000000000aa',
          domains: ['northwind.onmicrosoft.com'],
        }),
      ),
    );
  });

  it('shows guidance instead of a checklist away from support forms, and says when setup is needed', async () => {
    renderPopup(
      buildView({ url: 'https://portal.azure.com/#home', settings: withPartner({ tenantIds: [], domains: [] }) }),
    );
    expect(await screen.findByText('Filing a support request')).toBeTruthy();
    expect(screen.getByText(/Set up your partner tenant first/)).toBeTruthy();
    expect(document.querySelector('[data-pcg-check]')).toBeNull();
  });

  it('says so when the page hid the in-page warnings', async () => {
    renderPopup(buildView({ url: CONTOSO_SUPPORT, form: emptyAzureForm(), overlayVisible: false }));
    expect(await screen.findByText(/The page hid the in-page warnings/)).toBeTruthy();
  });
});
