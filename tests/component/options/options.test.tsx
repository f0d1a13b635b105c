// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { forgetCachedPolicy, loadEffectiveSettings } from '../../../components/platform/settings-storage';
import { useOptionsStore } from '../../../components/options/store';
import { exportSettings } from '../../../lib/settings/import-export';
import { settingsSchema } from '../../../lib/settings/schema';
import { scenarioSettings } from '../../e2e/scenario';

async function seed(settings: unknown) {
  await fakeBrowser.storage.local.set({ settings, settings$: { v: 2 } });
}

async function renderOptions() {
  const result = render(<OptionsApp />);
  await screen.findByRole('heading', { name: 'Partner profile' });
  return result;
}

function file(name: string, text: string) {
  return new File([text], name, { type: 'text/plain' });
}

beforeEach(() => {
  fakeBrowser.reset();
  forgetCachedPolicy();
  useOptionsStore.setState({ loaded: false, status: 'idle', errors: {} });
});
afterEach(cleanup);

describe('the options page', () => {
  it('starts with the first-run setup when the partner tenant is unknown', async () => {
    await renderOptions();
    expect(screen.getByTestId('first-run')).toBeTruthy();
    await userEvent.type(screen.getByTestId('partner-tenant-ids'), 'fab00000-0000-4000-8000-000000000001');
    await userEvent.click(screen.getByTestId('save'));
    await waitFor(() => expect(screen.queryByTestId('first-run')).toBeNull());
    const stored = (await fakeBrowser.storage.local.get('settings')) as {
      settings: { partner: { tenantIds: string[] } };
    };
    expect(stored.settings.partner.tenantIds).toEqual(['fab00000-0000-4000-8000-000000000001']);
  });

  it('validates live, keeps what was typed, and refuses to save invalid settings', async () => {
    await seed(scenarioSettings());
    await renderOptions();
    const email = screen.getByTestId('contact-email') as HTMLInputElement;
    await userEvent.clear(email);
    await userEvent.type(email, 'not-an-email');
    expect(email.value).toBe('not-an-email');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Not an email address.')).toBeTruthy();
    expect((screen.getByTestId('save') as HTMLButtonElement).disabled).toBe(true);
    const stored = (await fakeBrowser.storage.local.get('settings')) as { settings: { contact: { email: string } } };
    expect(stored.settings.contact.email).toBe('alex.wilber@fabrikam.com');
  });

  it('shows policy values read-only with the reason', async () => {
    await seed(scenarioSettings());
    await fakeBrowser.storage.managed.set({ partner: { name: 'Policy Partner' } });
    // Read the policy once, as the browser would have by the time a user opens the options.
    await loadEffectiveSettings();
    await renderOptions();
    await waitFor(() => expect((screen.getByTestId('partner-name') as HTMLInputElement).readOnly).toBe(true), {
      timeout: 5000,
    });
    expect(screen.getAllByText("Set by your organization's policy; it can't be changed here.").length).toBeGreaterThan(
      0,
    );
  });

  it('previews a customer CSV and changes nothing on cancel', async () => {
    await seed(scenarioSettings());
    await renderOptions();
    const csv = [
      'Microsoft ID,Company name,Primary domain name',
      'dddddddd-0000-4000-8000-000000000004,Northwind Traders,northwind.onmicrosoft.com',
      'c0000000-0000-4000-8000-00000000c0de,Contoso Renamed,contoso.onmicrosoft.com',
      'not-a-guid,Broken,broken.example',
    ].join('\n');
    await userEvent.upload(screen.getByTestId('csv-file'), file('customers.csv', csv));
    const preview = await screen.findByTestId('csv-preview');
    expect(within(preview).getByText('1 to add, 1 to update, 1 rejected, 0 unchanged.')).toBeTruthy();
    expect(within(screen.getByTestId('csv-rejected')).getByText(/Line 4: .*Not a tenant ID/)).toBeTruthy();
    await userEvent.click(screen.getByTestId('csv-cancel'));
    expect(screen.queryByTestId('csv-preview')).toBeNull();
    expect(useOptionsStore.getState().draft.customers).toHaveLength(2);

    await userEvent.upload(screen.getByTestId('csv-file'), file('customers.csv', csv));
    await userEvent.click(await screen.findByTestId('csv-confirm'));
    expect(useOptionsStore.getState().draft.customers.map((customer) => customer.name)).toEqual([
      'Contoso Renamed',
      'Adatum Corporation',
      'Northwind Traders',
    ]);
  });

  it('imports a JSON configuration after showing the diff, and restores the backup', async () => {
    await seed(scenarioSettings());
    await renderOptions();
    const next = settingsSchema.parse(scenarioSettings());
    next.partner.name = 'Imported Partner';
    await userEvent.upload(screen.getByTestId('json-file'), file('settings.json', exportSettings(next)));
    const diff = await screen.findByTestId('json-diff');
    expect(diff.textContent).toContain('partner.name');
    await userEvent.click(screen.getByTestId('json-apply'));
    await waitFor(() =>
      expect((screen.getByTestId('partner-name') as HTMLInputElement).value).toBe('Imported Partner'),
    );
    await userEvent.click(await screen.findByTestId('restore-backup'));
    await waitFor(() =>
      expect((screen.getByTestId('partner-name') as HTMLInputElement).value).toBe('Fabrikam Cloud Services'),
    );
  });

  it('shows what a CSV re-import changes per customer, keeping the domains already in the directory', async () => {
    await seed(scenarioSettings());
    await renderOptions();
    const csv = [
      'Microsoft ID,Company name,Primary domain name',
      'c0000000-0000-4000-8000-00000000c0de,Contoso Group,contoso-eu.onmicrosoft.com',
    ].join('\n');
    await userEvent.upload(screen.getByTestId('csv-file'), file('customers.csv', csv));
    const update = within(await screen.findByTestId('csv-updates')).getByRole('listitem');
    expect(update.textContent).toContain('name: Contoso Ltd → Contoso Group');
    expect(update.textContent).toContain('domains added: contoso-eu.onmicrosoft.com');
    await userEvent.click(screen.getByTestId('csv-confirm'));
    expect(useOptionsStore.getState().draft.customers[0]!.domains).toEqual([
      'contoso.onmicrosoft.com',
      'contoso.com',
      'contoso-eu.onmicrosoft.com',
    ]);
  });

  it('shows the reason of every rejected CSV row on request, not only the first 200', async () => {
    await seed(scenarioSettings());
    await renderOptions();
    const rows = Array.from({ length: 250 }, (_, index) => `bad-${index},Broken ${index},b${index}.example`);
    const csv = ['Microsoft ID,Company name,Primary domain name', ...rows].join('\n');
    await userEvent.upload(screen.getByTestId('csv-file'), file('customers.csv', csv));
    const rejected = await screen.findByTestId('csv-rejected');
    expect(within(rejected).getAllByRole('listitem')).toHaveLength(200);
    await userEvent.click(screen.getByTestId('csv-show-all'));
    expect(within(rejected).getAllByRole('listitem')).toHaveLength(250);
    expect(within(rejected).getByText(/Line 251: .*Not a tenant ID/)).toBeTruthy();
  });

  it('does not let a JSON import discard unsaved edits, and says why', async () => {
    await seed(scenarioSettings());
    await renderOptions();
    const name = screen.getByTestId('partner-name') as HTMLInputElement;
    await userEvent.clear(name);
    await userEvent.type(name, 'Typed but not saved');
    const next = settingsSchema.parse(scenarioSettings());
    next.partner.name = 'Imported Partner';
    await userEvent.upload(screen.getByTestId('json-file'), file('settings.json', exportSettings(next)));
    expect((await screen.findByTestId('json-unsaved')).textContent).toContain('unsaved changes');
    expect((screen.getByTestId('json-apply') as HTMLButtonElement).disabled).toBe(true);
    expect(name.value).toBe('Typed but not saved');
  });

  it('reports a JSON import whose save fails', async () => {
    await seed(scenarioSettings());
    await renderOptions();
    const next = settingsSchema.parse(scenarioSettings());
    next.partner.name = 'Imported Partner';
    await userEvent.upload(screen.getByTestId('json-file'), file('settings.json', exportSettings(next)));
    await screen.findByTestId('json-diff');
    const failingSet = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES exceeded'));
    await userEvent.click(screen.getByTestId('json-apply'));
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toContain('Saving failed'));
    failingSet.mockRestore();
  });

  it('rejects a broken JSON file with a clear message and changes nothing', async () => {
    await seed(scenarioSettings());
    await renderOptions();
    await userEvent.upload(screen.getByTestId('json-file'), file('settings.json', '{"partner": {"tenantIds": ["x"]}}'));
    expect((await screen.findByTestId('json-errors')).textContent).toContain('Not a tenant ID');
    expect((screen.getByTestId('partner-name') as HTMLInputElement).value).toBe('Fabrikam Cloud Services');
  });

  it('searches and pages a directory of 5,000 customers', async () => {
    const customers = Array.from({ length: 5000 }, (_, index) => ({
      name: `Customer ${index}`,
      tenantId: `${index.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`,
      domains: [`c${index}.example`],
    }));
    await seed({ ...scenarioSettings(), customers });
    await renderOptions();
    expect(screen.getByText('5000 of 5000 customers')).toBeTruthy();
    expect(document.querySelectorAll('tbody tr')).toHaveLength(50);
    await userEvent.type(screen.getByTestId('customer-search'), 'c4999.example');
    expect(screen.getByText('1 of 5000 customers')).toBeTruthy();
    expect(screen.getByText('Customer 4999')).toBeTruthy();
  });

  it('shows problems with stored data in the diagnostics', async () => {
    await fakeBrowser.storage.local.set({ settings: { partner: 'broken' }, settings$: { v: 2 } });
    await renderOptions();
    expect(
      within(screen.getByTestId('settings-diagnostics')).getByText(/The stored settings are damaged/),
    ).toBeTruthy();
  });

  describe('the detection opt-in for sign-in cache key names', () => {
    const label = /Also read the names \(never the values\) of the sign-in cache keys/;

    it('is off by default and saves the choice at once, outside the settings', async () => {
      await seed(scenarioSettings());
      await renderOptions();
      const section = screen.getByTestId('detection');
      expect(within(section).getByRole('heading', { name: 'Detection' })).toBeTruthy();
      const checkbox = within(section).getByRole('checkbox', { name: label }) as HTMLInputElement;
      await waitFor(() => expect(checkbox.disabled).toBe(false));
      expect(checkbox.checked).toBe(false);
      expect(checkbox.getAttribute('aria-describedby')).toBeTruthy();
      expect(document.getElementById(checkbox.getAttribute('aria-describedby')!)?.textContent).toMatch(
        /values are your sign-in tokens and are never read/,
      );

      await userEvent.click(checkbox);
      await waitFor(async () =>
        expect(await fakeBrowser.storage.local.get('preferences')).toEqual({
          preferences: { readSignInKeyNames: true },
        }),
      );
      expect(checkbox.checked).toBe(true);
      // A preference, not a setting: nothing to save, and the configuration is untouched.
      expect((screen.getByTestId('save') as HTMLButtonElement).disabled).toBe(true);
      const stored = (await fakeBrowser.storage.local.get('settings')) as { settings: object };
      expect(stored.settings).not.toHaveProperty('readSignInKeyNames');
      expect(exportSettings(settingsSchema.parse(stored.settings))).not.toMatch(/readSignInKeyNames/);

      await userEvent.click(checkbox);
      await waitFor(async () =>
        expect(await fakeBrowser.storage.local.get('preferences')).toEqual({
          preferences: { readSignInKeyNames: false },
        }),
      );
    });

    it('shows a stored choice, and the defaults for damaged stored data', async () => {
      await seed(scenarioSettings());
      await fakeBrowser.storage.local.set({ preferences: { readSignInKeyNames: true }, preferences$: { v: 1 } });
      const { unmount } = await renderOptions();
      const checked = screen.getByRole('checkbox', { name: label }) as HTMLInputElement;
      await waitFor(() => expect(checked.checked).toBe(true));
      unmount();

      await fakeBrowser.storage.local.set({ preferences: 'damaged' });
      await renderOptions();
      const unchecked = screen.getByRole('checkbox', { name: label }) as HTMLInputElement;
      await waitFor(() => expect(unchecked.disabled).toBe(false));
      expect(unchecked.checked).toBe(false);
    });
  });
});
