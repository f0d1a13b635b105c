// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { useOptionsStore } from '../../../components/options/store';
import { forgetCachedPolicy } from '../../../components/platform/settings-storage';
import { DEFAULT_COLORS, derivedColor } from '../../../lib/display/colors';
import { CONTOSO_TENANT_ID, scenarioSettings } from '../../e2e/scenario';

async function renderOptions() {
  await fakeBrowser.storage.local.set({ settings: scenarioSettings(), settings$: { v: 2 } });
  render(<OptionsApp />);
  await screen.findByRole('heading', { name: 'At a glance' });
}

beforeEach(() => {
  fakeBrowser.reset();
  forgetCachedPolicy();
  useOptionsStore.setState({ loaded: false, status: 'idle', errors: {} });
});
afterEach(cleanup);

describe('the options page, at a glance', () => {
  it('shows a swatch for each kind, with the default colour, and no warning for the defaults', async () => {
    await renderOptions();
    for (const kind of ['own', 'customer', 'unlisted', 'unknown'] as const) {
      const field = screen.getByTestId(`display-color-${kind}`);
      expect((within(field).getByTestId(`display-color-${kind}-swatch`) as HTMLInputElement).value).toBe(
        DEFAULT_COLORS[kind],
      );
      expect(field.querySelector('[data-pcg-contrast]')).toBeNull();
    }
  });

  it('warns live when a colour is too faint in the light or the dark theme, and reports a bad one', async () => {
    await renderOptions();
    const text = screen.getByTestId('display-color-own-text');
    fireEvent.change(text, { target: { value: '#ffff66' } });
    const field = screen.getByTestId('display-color-own');
    await waitFor(() => expect(field.querySelector('[data-pcg-contrast="light"]')).not.toBeNull());
    expect(field.querySelector('[data-pcg-contrast="light"]')!.textContent).toMatch(/light portal theme: 1\.\d:1/);
    fireEvent.change(text, { target: { value: '#1a1a1a' } });
    await waitFor(() => expect(field.querySelector('[data-pcg-contrast="dark"]')).not.toBeNull());
    expect(field.querySelector('[data-pcg-contrast="light"]')).toBeNull();
    fireEvent.change(text, { target: { value: 'green' } });
    await waitFor(() => expect(within(field).getByRole('alert').textContent).toContain('Not a colour'));
  });

  it("shows each customer's swatch, derived from its tenant ID unless it has a colour", async () => {
    await renderOptions();
    const row = document.querySelector(`tr[data-tenant="${CONTOSO_TENANT_ID}"]`)!;
    const swatch = row.querySelector<HTMLElement>('[data-testid="customer-swatch"]')!;
    expect(swatch.title).toBe(derivedColor(CONTOSO_TENANT_ID));
    fireEvent.click(within(row as HTMLElement).getByRole('button', { name: /Edit Contoso/ }));
    const color = await screen.findByTestId('customer-color-text');
    fireEvent.change(color, { target: { value: '#fafafa' } });
    const field = screen.getByTestId('customer-color');
    await waitFor(() => expect(field.querySelector('[data-pcg-contrast="light"]')).not.toBeNull());
  });
});
