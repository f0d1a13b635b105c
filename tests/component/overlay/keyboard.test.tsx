// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { computeAccessibleName } from 'dom-accessibility-api';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Overlay, type OverlayProps } from '../../../components/overlay/Overlay';
import { CONTOSO_SUPPORT, buildView, emptyAzureForm, frameVerdictOf } from '../../support/projection';

// jsdom makes no trusted events: user-event's clicks and keys stand in for the user's own here.
// That untrusted events (a page script's .click()) do nothing is proven in Chromium
// (tests/e2e/provenance.e2e.test.ts, attack 3).
vi.mock('../../../components/overlay/trusted', () => ({
  isUserEvent: () => true,
  onUserAction: (handler: () => void) => () => handler(),
}));

afterEach(cleanup);

function props(overrides: Partial<OverlayProps> = {}): OverlayProps {
  return {
    view: frameVerdictOf(buildView({ url: CONTOSO_SUPPORT, form: emptyAzureForm() })),
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

/** Presses Tab until `target` has focus, noting every control passed on the way. */
async function tabTo(user: ReturnType<typeof userEvent.setup>, target: Element, passed: Element[] = []) {
  for (let presses = 0; presses < 20 && document.activeElement !== target; presses += 1) {
    await user.tab();
    if (document.activeElement && document.activeElement !== document.body) passed.push(document.activeElement);
  }
  return passed;
}

describe('the overlay from the keyboard', () => {
  it('reaches the first fix with Tab and runs it with Enter', async () => {
    const user = userEvent.setup();
    const onFix = vi.fn();
    const { container } = render(<Overlay {...props({ onFix })} />);
    const firstFix = container.querySelector('[data-pcg-action]')!;
    expect(firstFix).toBeTruthy();

    const passed = await tabTo(user, firstFix);
    expect(document.activeElement).toBe(firstFix);
    for (const control of passed) expect(computeAccessibleName(control).trim()).not.toBe('');

    await user.keyboard('{Enter}');
    expect(onFix).toHaveBeenCalledTimes(1);
    expect(onFix).toHaveBeenCalledWith(firstFix.getAttribute('data-pcg-action'));
  });

  it('reaches a finding’s dismiss button with Tab and dismisses it with Enter or Space', async () => {
    const user = userEvent.setup();
    const onDismiss = vi.fn();
    render(<Overlay {...props({ onDismiss })} />);
    const dismiss = screen.getByRole('button', { name: /Dismiss "Choose the Cloud Solution Provider plan"/ });

    await tabTo(user, dismiss);
    expect(document.activeElement).toBe(dismiss);
    await user.keyboard('{Enter}');
    expect(onDismiss).toHaveBeenLastCalledWith('customer-plan-not-csp');
    await user.keyboard(' ');
    expect(onDismiss).toHaveBeenCalledTimes(2);
  });

  it('gives every focusable control an accessible name', () => {
    const { container } = render(<Overlay {...props()} />);
    const focusable = [...container.querySelectorAll('button, a[href], input, select, textarea, [tabindex]')];
    expect(focusable.length).toBeGreaterThan(2);
    for (const control of focusable) expect(computeAccessibleName(control).trim()).not.toBe('');
  });

  it('opens the evidence from the keyboard', async () => {
    const user = userEvent.setup();
    render(<Overlay {...props()} />);
    const [why] = screen.getAllByRole('button', { expanded: false });
    await tabTo(user, why!);
    await user.keyboard('{Enter}');
    expect(why!.getAttribute('aria-expanded')).toBe('true');
  });
});
