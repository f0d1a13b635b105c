// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { useOptionsStore } from '../../../components/options/store';
import { forgetCachedPolicy } from '../../../components/platform/settings-storage';
import { MAX_IMPORT_BYTES } from '../../../lib/settings/import-limits';
import { ADATUM_TENANT_ID, scenarioSettings } from '../../e2e/scenario';

/** Everything the extension keeps in local storage, as text, to search for a deleted customer. */
async function everythingStored(): Promise<string> {
  return JSON.stringify(await fakeBrowser.storage.local.get(null));
}

async function renderOptions() {
  render(<OptionsApp />);
  await screen.findByRole('heading', { name: 'Partner profile' });
}

beforeEach(() => {
  fakeBrowser.reset();
  forgetCachedPolicy();
  useOptionsStore.setState({ loaded: false, status: 'idle', errors: {} });
});
afterEach(cleanup);

describe('keeping less: deleted customers and the copies of the settings', () => {
  it('removes a deleted customer from the settings, the last valid copy, the backup and the recovery copy', async () => {
    const settings = scenarioSettings();
    await fakeBrowser.storage.local.set({
      settings,
      settings$: { v: 2 },
      settingsLastGood: settings,
      settingsBackup: { savedAt: 1, settings },
      // Damaged data kept for recovery still names the customer.
      settingsRecovery: { savedAt: 2, version: 2, raw: { ...settings, partner: { tenantIds: 'broken' } } },
    });
    await renderOptions();
    expect(await everythingStored()).toContain('Adatum Corporation');
    await userEvent.click(screen.getByRole('button', { name: 'Remove Adatum Corporation' }));
    await useOptionsStore.getState().save();
    const stored = await everythingStored();
    expect(stored).not.toContain('Adatum Corporation');
    expect(stored).not.toContain(ADATUM_TENANT_ID);
    // The other customer, and the copies themselves, stay.
    expect(stored).toContain('Contoso Ltd');
    const { settingsBackup, settingsRecovery } = await fakeBrowser.storage.local.get([
      'settingsBackup',
      'settingsRecovery',
    ]);
    expect(settingsBackup).toMatchObject({ savedAt: 1 });
    expect(settingsRecovery).toMatchObject({ savedAt: 2, raw: { partner: { tenantIds: 'broken' } } });
  });

  it('deletes the backup and the recovery copy on request', async () => {
    const settings = scenarioSettings();
    await fakeBrowser.storage.local.set({
      settings,
      settings$: { v: 2 },
      settingsBackup: { savedAt: 1, settings },
      settingsRecovery: { savedAt: 2, version: 2, raw: { broken: true } },
    });
    await renderOptions();
    await userEvent.click(await screen.findByTestId('forget-backup'));
    await waitFor(() => expect(screen.queryByTestId('restore-backup')).toBeNull());
    await userEvent.click(screen.getByText(/Unusable stored data kept for recovery/));
    await userEvent.click(await screen.findByTestId('forget-recovery'));
    await waitFor(() => expect(screen.queryByTestId('forget-recovery')).toBeNull());
    const { settingsBackup, settingsRecovery } = await fakeBrowser.storage.local.get([
      'settingsBackup',
      'settingsRecovery',
    ]);
    expect(settingsBackup ?? null).toBeNull();
    expect(settingsRecovery ?? null).toBeNull();
  });
});

describe('keeping less: imports are capped', () => {
  const huge = (name: string) => new File(['x'.repeat(MAX_IMPORT_BYTES + 1)], name, { type: 'text/plain' });

  it.each([
    ['csv-file', 'customers.csv', 'csv-preview'],
    ['json-file', 'settings.json', 'json-errors'],
  ])('refuses a file over 5 MB in %s with a clear message, and changes nothing', async (input, name, shown) => {
    await fakeBrowser.storage.local.set({ settings: scenarioSettings(), settings$: { v: 2 } });
    await renderOptions();
    const before = await everythingStored();
    await userEvent.upload(screen.getByTestId(input), huge(name));
    const message = await screen.findByTestId(shown);
    expect(message.textContent).toMatch(/imports are limited to 5 MB\. Nothing was changed\./);
    expect(useOptionsStore.getState().draft.customers).toHaveLength(2);
    expect(await everythingStored()).toBe(before);
  });
});

describe('the privacy policy', () => {
  it('is linked from the options page, as the extension’s own page', async () => {
    await renderOptions();
    const link = screen.getByTestId('privacy-link') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('/privacy.html');
    expect(link.textContent).toBe('Privacy policy');
  });
});
