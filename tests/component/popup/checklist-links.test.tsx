// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChecklistView } from '../../../components/popup/ChecklistView';
import type { Checklist, ChecklistItem } from '../../../lib/rules/checklist';
import { messageKeyOf } from '../../../lib/rules/define';
import { RULES } from '../../../lib/rules/registry';
import type { LinkTarget } from '../../../lib/rules/types';

afterEach(cleanup);

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
