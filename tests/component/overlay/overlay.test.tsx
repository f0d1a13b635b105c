// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Overlay, type OverlayProps } from '../../../components/overlay/Overlay';
import { CONTOSO_SUPPORT, NORTHWIND_SUPPORT, buildView, emptyAzureForm, frameVerdictOf } from '../view-builder';

afterEach(cleanup);

function props(overrides: Partial<OverlayProps> = {}): OverlayProps {
  const view = buildView({ url: CONTOSO_SUPPORT, form: emptyAzureForm() });
  return {
    view: frameVerdictOf(view),
    showFindings: true,
    showBanner: true,
    theme: 'light',
    fieldBoxes: {},
    formBox: null,
    documentWidth: 1200,
    dismissed: new Set(),
    lastFill: null,
    busy: false,
    onFix: vi.fn(),
    onDismiss: vi.fn(),
    ...overrides,
  };
}

describe('the overlay', () => {
  it('follows the overlay contract: context banner, findings with severity and role, fix actions', () => {
    const { container } = render(<Overlay {...props()} />);
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
    const { container } = render(<Overlay {...props({ view: frameVerdictOf(view) })} />);
    const warning = container.querySelector('[data-pcg-finding="customer-contact-details"]')!;
    expect(warning.getAttribute('data-pcg-severity')).toBe('warning');
    expect(warning.getAttribute('role')).toBe('alert');
    for (const button of screen.getAllByRole('button'))
      expect(button.textContent?.trim() || button.getAttribute('aria-label')).toBeTruthy();
  });

  it('runs a fix and dismisses a finding for this request', async () => {
    const onFix = vi.fn();
    const onDismiss = vi.fn();
    render(<Overlay {...props({ onFix, onDismiss })} />);
    await userEvent.click(screen.getByRole('button', { name: 'Select the CSP plan' }));
    expect(onFix).toHaveBeenCalledWith('select-csp-plan');
    await userEvent.click(screen.getByRole('button', { name: /Dismiss "Choose the Cloud Solution Provider plan"/ }));
    expect(onDismiss).toHaveBeenCalledWith('customer-plan-not-csp');
  });

  it('hides dismissed findings', () => {
    const { container } = render(<Overlay {...props({ dismissed: new Set(['customer-plan-not-csp']) })} />);
    expect(container.querySelector('[data-pcg-finding="customer-plan-not-csp"]')).toBeNull();
    expect(container.querySelector('[data-pcg-finding="contact-not-filled"]')).toBeTruthy();
  });

  it('reports the last fill per field and offers Undo', async () => {
    const onFix = vi.fn();
    render(
      <Overlay
        {...props({
          onFix,
          lastFill: [
            { field: 'firstName', outcome: 'filled', previousValue: '', value: 'Alex' },
            { field: 'email', outcome: 'skipped-user-value', previousValue: 'x@contoso.com' },
          ],
        })}
      />,
    );
    expect(screen.getByText('Filled 1 field(s).')).toBeTruthy();
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
    const { container } = render(<Overlay {...props({ view: frameVerdictOf(view) })} />);
    expect(container.querySelector('.pcg-evidence')).toBeNull();
    await userEvent.click(screen.getAllByRole('button', { name: 'Why?' })[0]!);
    expect(container.querySelector('.pcg-evidence')).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toContain(hostile);
  });

  it('shows only the banner in frames without the form', () => {
    const { container } = render(<Overlay {...props({ showFindings: false })} />);
    expect(container.querySelector('[data-pcg-context]')).toBeTruthy();
    expect(container.querySelector('[data-pcg-finding]')).toBeNull();
  });

  it('follows the portal theme', () => {
    const { container } = render(<Overlay {...props({ theme: 'dark' })} />);
    expect(container.querySelector('.pcg-root')?.classList.contains('pcg-theme-dark')).toBe(true);
  });
});
