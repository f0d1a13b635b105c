// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TabView } from '../../../components/platform/messaging';
import { buildMatchIndex } from '../../../lib/context/match-index';
import type { ContextKind } from '../../../lib/context/types';
import { settingsSchema } from '../../../lib/settings/schema';
import { BADGE_COLORS } from '../../../lib/tabs/display';
import { withConfirmation, withFrameReport, withTabUrl } from '../../../lib/tabs/tab-state';
import { emptyTabState, type TabState } from '../../../lib/tabs/types';
import { computeVerdict } from '../../../lib/tabs/verdict';
import {
  ADATUM_SUPPORT,
  CONTOSO_SUPPORT,
  NORTHWIND_SUPPORT,
  OWN_SUPPORT,
  UNKNOWN_SUPPORT,
  buildView,
  emptyAzureForm,
} from '../view-builder';
import { scenarioSettings, withPartner } from '../../e2e/scenario';

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

/** A view computed from a tab state by the background's own code. */
function viewOf(state: TabState): TabView {
  const settings = settingsSchema.parse(scenarioSettings());
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

/** The top frame of a tab on an Azure support blade, with its empty form. */
function onSupportBlade(state: TabState, url: string, at: number): TabState {
  return withFrameReport(withTabUrl(state, url, at, false), {
    frameId: 0,
    url,
    page: { portal: 'azure', page: 'support-request', supportForm: 'azure' },
    signals: [],
    form: emptyAzureForm(),
    fieldsFound: [],
    theme: 'light',
    overlayVisible: true,
    reportedAt: at,
    documentStartedAt: 5,
  });
}

function hexToRgb(hex: string): string {
  const [r, g, b] = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

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

  it('clears the manual ticks when the same blade switches to another customer', async () => {
    let state = onSupportBlade(emptyTabState(7), CONTOSO_SUPPORT, 10);
    messaging.sendMessage.mockImplementation(async (type: string, data: { checkId: string; confirmed: boolean }) => {
      if (type === 'confirmCheck') state = withConfirmation(state, data.checkId, data.confirmed);
      return viewOf(state);
    });
    window.history.replaceState(null, '', '/popup.html?tabId=7');
    render(<PopupApp />);
    await userEvent.click(await screen.findByRole('checkbox', { name: /Admin agent role/ }));
    await waitFor(() =>
      expect((screen.getByRole('checkbox', { name: /Admin agent role/ }) as HTMLInputElement).checked).toBe(true),
    );
    // The user opens the same blade in Adatum's directory; the background mirrors the new state.
    state = onSupportBlade(state, ADATUM_SUPPORT, 30);
    await fakeBrowser.storage.session.set({ tabs: {} });
    await screen.findByText('Adatum Corporation', { selector: 'dd bdi' });
    expect((screen.getByRole('checkbox', { name: /Admin agent role/ }) as HTMLInputElement).checked).toBe(false);
  });

  it('lists every finding: blockers open, the others folded to their title', async () => {
    const view = buildView({ url: ADATUM_SUPPORT, form: emptyAzureForm(), overlayVisible: false });
    const { container } = renderPopup(view);
    await screen.findByTestId('overlay-hidden');
    const findings = view.verdict!.findings;
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
    const { container } = renderPopup(
      buildView({ url: CONTOSO_SUPPORT, form: emptyAzureForm(), settings: withPartner({ programRole: 'advisor' }) }),
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
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ version: '0.1.0' } as never);
    renderPopup(buildView({ url: CONTOSO_SUPPORT, form: emptyAzureForm() }));
    await userEvent.click(await screen.findByTestId('copy-diagnostics'));
    await waitFor(() => expect(writeText).toHaveBeenCalled());
    const report = JSON.parse(writeText.mock.calls[0]![0] as string);
    expect(report.customersInDirectory).toBe(settingsSchema.parse(scenarioSettings()).customers.length);
    expect(report.customersInDirectory).toBeGreaterThan(0);
  });

  it('updates "ready" and the count at once when the last check is ticked', async () => {
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
    const view = buildView({ url: CONTOSO_SUPPORT, form: filled, confirmations: ['azure-rbac', 'service-health'] });
    // The background does not answer yet: what shows is the popup's own update.
    messaging.sendMessage.mockImplementation((type: string) =>
      type === 'confirmCheck' ? new Promise(() => undefined) : Promise.resolve(view),
    );
    window.history.replaceState(null, '', '/popup.html?tabId=7');
    render(<PopupApp />);
    expect(await screen.findByText('1 thing left before you submit.')).toBeTruthy();
    await userEvent.click(screen.getByRole('checkbox', { name: /Admin agent role/ }));
    expect(await screen.findByText('Ready to submit.')).toBeTruthy();
  });

  it('says so when the background cannot take the "for a customer" answer', async () => {
    messaging.sendMessage.mockImplementation(async (type: string) => {
      if (type === 'setCustomerRequest') throw new Error('Could not establish connection');
      return buildView({ url: OWN_SUPPORT, form: emptyAzureForm() });
    });
    window.history.replaceState(null, '', '/popup.html?tabId=7');
    render(<PopupApp />);
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
      const { container } = renderPopup(buildView({ url, form: emptyAzureForm() }));
      await waitFor(() => expect(contextCard(container)).toBeTruthy());
      const card = contextCard(container) as HTMLElement;
      expect(card.style.borderColor).toBe(hexToRgb(BADGE_COLORS[kind]));
      expect((card.querySelector('.kind') as HTMLElement).style.background).toContain(hexToRgb(BADGE_COLORS[kind]));
    },
  );

  it('lets a keyboard user reach a manual check with Tab and tick it with Space', async () => {
    renderPopup(buildView({ url: CONTOSO_SUPPORT, form: emptyAzureForm() }));
    const checkbox = (await screen.findByRole('checkbox', { name: /Admin agent role/ })) as HTMLInputElement;
    for (let presses = 0; presses < 40 && document.activeElement !== checkbox; presses += 1) await userEvent.tab();
    expect(document.activeElement).toBe(checkbox);
    await userEvent.keyboard(' ');
    expect(messaging.sendMessage).toHaveBeenCalledWith('confirmCheck', {
      tabId: 7,
      checkId: 'admin-agent-role',
      confirmed: true,
    });
    await waitFor(() => expect(checkbox.checked).toBe(true));
  });
});
