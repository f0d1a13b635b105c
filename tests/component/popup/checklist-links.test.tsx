// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { FrameReportInput } from '../../../components/platform/messaging';
import { ChecklistView } from '../../../components/popup/ChecklistView';
import type { Checklist, ChecklistItem } from '../../../lib/rules/checklist';
import { messageKeyOf } from '../../../lib/rules/define';
import { RULES } from '../../../lib/rules/registry';
import type { LinkTarget } from '../../../lib/rules/types';
import type { SettingsInput } from '../../../lib/settings/schema';
import { openPopup, resetPopupAroundEachTest, tabOn } from './popup-on-background';
import { ADATUM_SUPPORT, CONTOSO_SUPPORT, OWN_SUPPORT, emptyAzureForm } from '../../support/projection';
import { withPartner } from '../../e2e/scenario';

resetPopupAroundEachTest();

interface LinkScenario {
  readonly url: string;
  readonly payload?: Partial<FrameReportInput>;
  readonly settings?: SettingsInput;
  /** What the user told the popup first. */
  readonly customerRequest?: boolean;
  readonly role: 'button' | 'link';
  readonly name: string;
  readonly opens: string | RegExp;
}

/**
 * Every link fix the checklist can offer, each on a tab whose verdict the real background made.
 * `options-customers` (the unlisted-tenant finding) is no checklist item: on an unlisted tenant
 * the popup's context card offers "Add to customers" instead (popup.test.tsx).
 */
const LINK_SCENARIOS: Record<Exclude<LinkTarget, 'options-customers'>, LinkScenario> = {
  'partner-center-customers': {
    url: OWN_SUPPORT,
    customerRequest: true,
    role: 'button',
    name: 'Open Partner Center customers',
    opens: 'https://partner.microsoft.com/dashboard/v2/customers/list',
  },
  'partner-center-admin-relationships': {
    url: ADATUM_SUPPORT,
    role: 'button',
    name: 'Open Partner Center admin relationships',
    opens: 'https://partner.microsoft.com/dashboard/v2/customers/granularadminaccess/list#:~:text=Adatum%20Corporation',
  },
  'partner-center-service-requests': {
    url: CONTOSO_SUPPORT,
    role: 'link',
    name: 'Open service requests in Partner Center',
    opens: 'https://partner.microsoft.com/dashboard/v2/support/servicerequests',
  },
  'indirect-provider-contact': {
    url: CONTOSO_SUPPORT,
    settings: withPartner({
      programRole: 'indirect-reseller',
      indirectProvider: { name: 'Tailspin', supportUrl: '', email: 'csp@tailspin.example', phone: '' },
    }),
    role: 'button',
    name: 'Contact my indirect provider',
    opens: 'mailto:csp@tailspin.example',
  },
  'marketplace-publisher-help': {
    url: CONTOSO_SUPPORT,
    payload: {
      form: {
        ...emptyAzureForm(),
        product: 'Contoso Firewall (Marketplace, published by Contoso Security)',
        marketplaceProduct: true,
      },
    },
    role: 'button',
    name: "Find the publisher's support contact",
    opens: /^https:\/\/[^/]*azuremarketplace[^?]*\?search=Contoso%20Firewall/,
  },
};

describe("the popup checklist's links, on the real background", () => {
  it.each(Object.entries(LINK_SCENARIOS))('%s opens its target', async (_target, scenario) => {
    const { tabId, background } = await tabOn(scenario.url, scenario.payload, scenario.settings);
    if (scenario.customerRequest) await background.asPopup('setCustomerRequest', { tabId, isCustomerRequest: true });
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    openPopup(tabId);
    const checklist = (await screen.findByRole('heading', { name: 'Before you submit' })).closest('section')!;
    const links = within(checklist as HTMLElement).getAllByRole(scenario.role, { name: scenario.name });
    await userEvent.click(links[0]!);
    expect(create).toHaveBeenCalledTimes(1);
    const opened = create.mock.calls[0]![0].url!;
    if (typeof scenario.opens === 'string') expect(opened).toBe(scenario.opens);
    else expect(opened).toMatch(scenario.opens);
  });
});

const REASON_ARGS: Partial<Record<string, string[]>> = {
  'reseller-cannot-file-azure': ['Tailspin Distribution', 'csp@tailspin.example'],
  'marketplace-product': ['Contoso Firewall (Marketplace, published by Contoso Security)'],
};

function checklistWith(item: ChecklistItem): Checklist {
  return {
    items: [item],
    ready: false,
    onSupportForm: true,
    failing: 1,
    unconfirmed: 0,
    followUp: { key: 'rules_follow_up_azure' },
  };
}

describe("the popup checklist's link fixes", () => {
  const linkRules = RULES.filter((rule) => rule.fix?.kind === 'link');

  it.each(linkRules.map((rule) => [rule.id, rule] as const))('%s opens its target', async (_id, rule) => {
    const onOpen = vi.fn();
    render(
      <ChecklistView
        checklist={checklistWith({
          id: 'context-known',
          kind: 'auto',
          status: 'fail',
          label: { key: 'rules_check_context_known' },
          reason: { key: messageKeyOf(rule.id), args: REASON_ARGS[rule.id] ?? [] },
          fix: rule.fix!,
          source: rule.source,
        })}
        prefillMode="ask"
        onConfirm={vi.fn()}
        onFix={vi.fn()}
        onOpen={onOpen}
      />,
    );
    const target = (rule.fix as { target: LinkTarget }).target;
    const button = screen.getByRole('button');
    expect(button.textContent).not.toMatch(/^overlay_link_/);
    await userEvent.click(button);
    expect(onOpen).toHaveBeenCalledTimes(1);
    const url = onOpen.mock.calls[0]![0] as string;
    if (target === 'options-customers') expect(url).toMatch(/options\.html#customers-heading$/);
    else if (target === 'indirect-provider-contact') expect(url).toBe('mailto:csp@tailspin.example');
    else expect(url).toMatch(/^https:\/\//);
  });
});

function renderItem(item: Partial<ChecklistItem> & Pick<ChecklistItem, 'fix' | 'reason'>, props = {}) {
  const onOpen = vi.fn();
  const onFix = vi.fn();
  render(
    <ChecklistView
      checklist={checklistWith({
        id: 'context-known',
        kind: 'auto',
        status: 'fail',
        label: { key: 'rules_check_context_known' },
        source: '§3',
        ...item,
      })}
      prefillMode="ask"
      onConfirm={vi.fn()}
      onFix={onFix}
      onOpen={onOpen}
      {...props}
    />,
  );
  return { onOpen, onFix };
}

describe("the popup checklist's fixes for the tab", () => {
  it('offers no fill with prefill off, and says so where the fill would be', () => {
    const { onFix } = renderItem(
      { fix: { kind: 'fill', action: 'fill-contact' }, reason: { key: 'rules_contact_not_filled' } },
      { prefillMode: 'off' },
    );
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText(/Prefill is off/)).toBeTruthy();
    expect(onFix).not.toHaveBeenCalled();
  });

  it('keeps the links with prefill off', () => {
    renderItem(
      {
        fix: { kind: 'link', target: 'partner-center-customers' },
        reason: { key: 'rules_own_tenant_customer_request' },
      },
      { prefillMode: 'off' },
    );
    expect(screen.getByRole('button', { name: 'Open Partner Center customers' })).toBeTruthy();
  });

  it('opens the GDAP list scrolled to the customer when the tab names a known customer', async () => {
    const { onOpen } = renderItem(
      { fix: { kind: 'link', target: 'partner-center-admin-relationships' }, reason: { key: 'rules_gdap_not_active' } },
      { customerTenantId: 'C0000000-0000-4000-8000-00000000C0DE', customerName: 'Contoso-Ltd, & Co' },
    );
    await userEvent.click(screen.getByRole('button'));
    expect(onOpen).toHaveBeenCalledWith(
      'https://partner.microsoft.com/dashboard/v2/customers/granularadminaccess/list#:~:text=Contoso%2DLtd%2C%20%26%20Co',
    );
  });

  it('opens the GDAP list, unscrolled, without a known customer', async () => {
    const { onOpen } = renderItem(
      { fix: { kind: 'link', target: 'partner-center-admin-relationships' }, reason: { key: 'rules_gdap_not_active' } },
      { customerTenantId: 'a0000000-0000-4000-8000-0000000000aa' },
    );
    await userEvent.click(screen.getByRole('button'));
    expect(onOpen).toHaveBeenCalledWith(
      'https://partner.microsoft.com/dashboard/v2/customers/granularadminaccess/list',
    );
  });

  it("links the follow-up guidance to Partner Center's service requests", async () => {
    const { onOpen } = renderItem({ status: 'pass', reason: { key: 'rules_check_context_known' }, fix: undefined });
    await userEvent.click(screen.getByRole('link', { name: 'Open service requests in Partner Center' }));
    expect(onOpen).toHaveBeenCalledWith('https://partner.microsoft.com/dashboard/v2/support/servicerequests');
  });

  it("opens the partner profile in Options when the indirect provider's contact is not set", async () => {
    const { onOpen } = renderItem({
      fix: { kind: 'link', target: 'indirect-provider-contact' },
      reason: { key: 'rules_reseller_cannot_file_azure_no_provider' },
    });
    const button = screen.getByRole('button', { name: 'Set my indirect provider in Options' });
    await userEvent.click(button);
    expect(onOpen).toHaveBeenCalledWith(expect.stringMatching(/options\.html#profile-heading$/));
  });
});
