// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FindingCard } from '../../../components/overlay/FindingCard';
import { Overlay } from '../../../components/overlay/Overlay';
import { messageKeyOf } from '../../../lib/rules/define';
import { RULES } from '../../../lib/rules/registry';
import type { Finding } from '../../../lib/rules/types';
import {
  CONTOSO_SUPPORT,
  NORTHWIND_SUPPORT,
  buildView,
  emptyAzureForm,
  frameVerdictOf,
} from '../../support/projection';
import { overlayProps } from './overlay-props';

// jsdom makes no trusted events: user-event's clicks and keys stand in for the user's own here.
// That untrusted events (a page script's .click()) do nothing is proven in Chromium
// (tests/e2e/provenance.e2e.test.ts, attack 3).
vi.mock('../../../components/overlay/trusted', () => ({
  onUserAction: (handler: () => void) => () => handler(),
}));

afterEach(cleanup);

describe('the overlay', () => {
  it('follows the overlay contract: context banner, findings with severity and role, fix actions', () => {
    const { container } = render(<Overlay {...overlayProps()} />);
    expect(container.querySelector('[data-pcg-context="customer"]')).toBeTruthy();
    const plan = container.querySelector('[data-pcg-finding="customer-plan-not-csp"]')!;
    expect(plan.getAttribute('data-pcg-severity')).toBe('info');
    expect(plan.getAttribute('role')).toBe('status');
    expect(plan.querySelector('[data-pcg-action="select-csp-plan"]')).toBeTruthy();
    expect(container.querySelector('[data-pcg-action="fill-contact"]')).toBeTruthy();
  });

  it('gives warnings role=alert, and every button an accessible name', () => {
    const form = emptyAzureForm();
    const withCustomerEmail = {
      ...form,
      fields: { ...form.fields, email: { ...form.fields.email!, value: 'it@contoso.com' } },
    };
    const view = buildView({ url: CONTOSO_SUPPORT, form: withCustomerEmail });
    const { container } = render(<Overlay {...overlayProps({ view: frameVerdictOf(view) })} />);
    const warning = container.querySelector('[data-pcg-finding="customer-contact-details"]')!;
    expect(warning.getAttribute('data-pcg-severity')).toBe('warning');
    expect(warning.getAttribute('role')).toBe('alert');
    for (const button of screen.getAllByRole('button'))
      expect(button.textContent?.trim() || button.getAttribute('aria-label')).toBeTruthy();
  });

  it('runs a fix and dismisses a finding for this request', async () => {
    const onFix = vi.fn();
    const onDismiss = vi.fn();
    render(<Overlay {...overlayProps({ onFix, onDismiss })} />);
    await userEvent.click(screen.getByRole('button', { name: 'Select the CSP plan' }));
    expect(onFix).toHaveBeenCalledWith('select-csp-plan');
    await userEvent.click(screen.getByRole('button', { name: /Dismiss "Choose the Cloud Solution Provider plan"/ }));
    expect(onDismiss).toHaveBeenCalledWith('customer-plan-not-csp');
  });

  it('hides dismissed findings', () => {
    const { container } = render(<Overlay {...overlayProps({ dismissed: new Set(['customer-plan-not-csp']) })} />);
    expect(container.querySelector('[data-pcg-finding="customer-plan-not-csp"]')).toBeNull();
    expect(container.querySelector('[data-pcg-finding="contact-not-filled"]')).toBeTruthy();
  });

  it('reports the last fill per field and offers Undo', async () => {
    const onFix = vi.fn();
    render(
      <Overlay
        {...overlayProps({
          onFix,
          lastFill: [
            { field: 'firstName', outcome: 'filled', previousValue: '', value: 'Alex' },
            { field: 'email', outcome: 'skipped-user-value', previousValue: 'x@contoso.com' },
          ],
        })}
      />,
    );
    expect(screen.getByText('Filled 1 field.')).toBeTruthy();
    expect(screen.getByText('Email: kept what you entered')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(onFix).toHaveBeenCalledWith('undo');
  });

  it('shows the evidence on demand, as text', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const view = buildView({
      url: NORTHWIND_SUPPORT,
      form: emptyAzureForm(),
      signals: [{ source: 'dom-tenant-name', tenant: { name: hostile }, observedAt: 20 }],
    });
    const { container } = render(<Overlay {...overlayProps({ view: frameVerdictOf(view) })} />);
    expect(container.querySelector('.pcg-evidence')).toBeNull();
    await userEvent.click(screen.getAllByRole('button', { name: 'Why?' })[0]!);
    expect(container.querySelector('.pcg-evidence')).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain(hostile);
  });

  it('shows only the banner in frames without the form', () => {
    const { container } = render(<Overlay {...overlayProps({ showFindings: false })} />);
    expect(container.querySelector('[data-pcg-context]')).toBeTruthy();
    expect(container.querySelector('[data-pcg-finding]')).toBeNull();
  });

  it("puts the fallback panel level with the form's top when there is no room beside the form", () => {
    const formBox = { top: 300, left: 0, width: 900, height: 800 };
    const { container } = render(<Overlay {...overlayProps({ formBox, documentWidth: 1000 })} />);
    expect(container.querySelector<HTMLElement>('.pcg-panel')!.style.top).toBe('300px');
  });

  it('keeps the panel below the top bar when the form has no located fields', () => {
    const { container } = render(<Overlay {...overlayProps({ formBox: null })} />);
    expect(container.querySelector<HTMLElement>('.pcg-panel')!.style.top).toBe('56px');
  });

  it('follows the portal theme', () => {
    const { container } = render(<Overlay {...overlayProps({ theme: 'dark' })} />);
    expect(container.querySelector('.pcg-root')?.classList.contains('pcg-theme-dark')).toBe(true);
  });

  it('in the `off` prefill mode shows the findings but no fill buttons', () => {
    const view = frameVerdictOf(buildView({ url: CONTOSO_SUPPORT, form: emptyAzureForm() }));
    const { container } = render(
      <Overlay {...overlayProps({ view: { ...view, fill: { ...view.fill, mode: 'off' } } })} />,
    );
    expect(container.querySelector('[data-pcg-finding="customer-plan-not-csp"]')).toBeTruthy();
    expect(container.querySelector('[data-pcg-finding="contact-not-filled"]')).toBeTruthy();
    expect(container.querySelector('[data-pcg-action="select-csp-plan"]')).toBeNull();
    expect(container.querySelector('[data-pcg-action="fill-contact"]')).toBeNull();
  });

  it('still offers Undo of an earlier fill in the `off` mode', () => {
    const view = frameVerdictOf(buildView({ url: CONTOSO_SUPPORT, form: emptyAzureForm() }));
    render(
      <Overlay
        {...overlayProps({
          view: { ...view, fill: { ...view.fill, mode: 'off' } },
          lastFill: [{ field: 'firstName', outcome: 'filled', previousValue: '', value: 'Alex' }],
        })}
      />,
    );
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
  });

  it('reports what an Undo restored and, field by field, what it could not', () => {
    const { container } = render(
      <Overlay
        {...overlayProps({
          lastUndo: [
            { field: 'firstName', outcome: 'filled', previousValue: 'Alex', value: '' },
            {
              field: 'country',
              outcome: 'failed',
              previousValue: 'Netherlands',
              value: 'Netherlands',
              reason: 'cannot-clear',
            },
            { field: 'email', outcome: 'skipped-user-value', previousValue: 'sam@x.com', reason: 'changed-since-fill' },
          ],
        })}
      />,
    );
    expect(screen.getByText('Undo: restored 1 field.')).toBeTruthy();
    const outcomeOf = (field: string) =>
      container.querySelector(`[data-pcg-undo-field="${field}"]`)?.getAttribute('data-pcg-undo-outcome');
    expect(outcomeOf('firstName')).toBe('restored');
    expect(outcomeOf('country')).toBe('cannot-clear');
    expect(outcomeOf('email')).toBe('changed-since-fill');
    expect(container.querySelector('[data-pcg-undo-field="country"]')?.textContent).toBe(
      'Country/region: still shows "Netherlands": this list can\'t be emptied again, change it by hand',
    );
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });
});

/** A finding as the rule would raise it, with realistic message arguments. */
function findingFrom(rule: (typeof RULES)[number]): Finding {
  const args: Record<string, string[]> = {
    'reseller-cannot-file-azure': ['Tailspin Distribution', 'https://support.tailspin.example · csp@tailspin.example'],
    'marketplace-product': ['Contoso Firewall (Marketplace, published by Contoso Security)'],
  };
  return {
    id: rule.id,
    severity: rule.severity,
    source: rule.source,
    message: { key: messageKeyOf(rule.id), args: args[rule.id] ?? [] },
    ...(rule.fix ? { fix: rule.fix } : {}),
  };
}

describe('link fixes', () => {
  const linkRules = RULES.filter((rule) => rule.fix?.kind === 'link');

  it('cover every link target the rules use', () => {
    expect(new Set(linkRules.map((rule) => (rule.fix as { target: string }).target))).toEqual(
      new Set([
        'partner-center-customers',
        'partner-center-admin-relationships',
        'indirect-provider-contact',
        'marketplace-publisher-help',
        'options-customers',
      ]),
    );
  });

  it.each(linkRules.map((rule) => [rule.id, rule] as const))(
    '%s renders a working link or button with a name',
    (_id, rule) => {
      const { container } = render(
        <FindingCard
          finding={findingFrom(rule)}
          busy={false}
          fillsAllowed
          customerTenantId="c0000000-0000-4000-8000-00000000c0de"
          onFix={vi.fn()}
          onDismiss={vi.fn()}
        />,
      );
      const actions = container.querySelector('.pcg-card-actions')!;
      const link = actions.querySelector<HTMLAnchorElement>('a[href]');
      const button = [...actions.querySelectorAll('button')].find((node) => !node.classList.contains('pcg-link'));
      const control = link ?? button;
      expect(control, 'a link or button').toBeTruthy();
      expect(control!.textContent?.trim()).toBeTruthy();
      expect(control!.textContent).not.toMatch(/^overlay_link_/);
      if (link) expect(link.href).toMatch(/^(https:\/\/|mailto:|tel:)/);
    },
  );

  it('lead to the provider, the product and the customer', () => {
    const href = (ruleId: string) => {
      const rule = linkRules.find((candidate) => candidate.id === ruleId)!;
      const { container } = render(
        <FindingCard
          finding={findingFrom(rule)}
          busy={false}
          fillsAllowed
          customerTenantId="c0000000-0000-4000-8000-00000000c0de"
          customerName="Contoso Ltd"
          onFix={vi.fn()}
          onDismiss={vi.fn()}
        />,
      );
      const value = container.querySelector('a')?.getAttribute('href');
      cleanup();
      return value;
    };
    expect(href('reseller-cannot-file-azure')).toBe('https://support.tailspin.example');
    expect(href('marketplace-product')).toBe(
      'https://azuremarketplace.microsoft.com/marketplace/apps?search=Contoso%20Firewall',
    );
    // The GDAP list (B), scrolled by a text fragment to the customer's name in the directory.
    expect(href('gdap-not-active')).toBe(
      'https://partner.microsoft.com/dashboard/v2/customers/granularadminaccess/list#:~:text=Contoso%20Ltd',
    );
  });
});
