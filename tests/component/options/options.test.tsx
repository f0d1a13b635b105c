// @vitest-environment jsdom
import { Profiler } from 'react';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { forgetCachedPolicy, loadEffectiveSettings } from '../../../components/platform/settings-storage';
import { isDirty, useOptionsStore } from '../../../components/options/store';
import { CustomersSection } from '../../../components/options/CustomersSection';
import { ContactSection, ProfileSection } from '../../../components/options/sections';
import { exportSettings } from '../../../lib/settings/import-export';
import { optionsMessages } from '../../../lib/i18n/messages/options';
import { PROGRAM_ROLES, settingsSchema } from '../../../lib/settings/schema';
import { scenarioSettings } from '../../e2e/scenario';

async function seed(settings: unknown) {
  await fakeBrowser.storage.local.set({ settings, settings$: { v: 2 } });
}

async function renderOptions() {
  const result = render(<OptionsApp />);
  await screen.findByRole('heading', { name: 'Partner profile' });
  return result;
}

/** Each step saves to storage first; the shared machine can be slow, so allow it time. */
async function atStep(step: string) {
  await waitFor(() => expect(screen.getByTestId('first-run').dataset.step).toBe(step), { timeout: 5000 });
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
  it('guides the first run step by step: profile, contact details, then the optional import', async () => {
    await renderOptions();
    const setup = screen.getByTestId('first-run');
    expect(setup.dataset.step).toBe('profile');
    expect(screen.queryByTestId('setup-back')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Customer directory' })).toBeNull();

    await userEvent.click(screen.getByTestId('setup-next'));
    expect(screen.getByTestId('setup-problem').textContent).toContain('at least one tenant ID or domain');
    expect(setup.dataset.step).toBe('profile');

    await userEvent.type(screen.getByTestId('partner-tenant-ids'), 'fab00000-0000-4000-8000-000000000001');
    await userEvent.selectOptions(screen.getByTestId('program-role'), 'indirect-reseller');
    await userEvent.click(screen.getByTestId('setup-next'));
    await atStep('contact');
    const stored = (await fakeBrowser.storage.local.get('settings')) as {
      settings: { partner: { tenantIds: string[]; programRole: string } };
    };
    expect(stored.settings.partner.tenantIds).toEqual(['fab00000-0000-4000-8000-000000000001']);
    expect(stored.settings.partner.programRole).toBe('indirect-reseller');

    await userEvent.type(screen.getByTestId('contact-email'), 'alex@fabrikam.com');
    await userEvent.click(screen.getByTestId('setup-back'));
    expect(screen.getByTestId('first-run').dataset.step).toBe('profile');
    expect((screen.getByTestId('partner-tenant-ids') as HTMLTextAreaElement).value).toBe(
      'fab00000-0000-4000-8000-000000000001',
    );
    await userEvent.click(screen.getByTestId('setup-next'));
    await atStep('contact');
    expect((screen.getByTestId('contact-email') as HTMLInputElement).value).toBe('alex@fabrikam.com');
    await userEvent.click(screen.getByTestId('setup-next'));
    await atStep('import');
    expect(screen.getByTestId('csv-file')).toBeTruthy();

    await userEvent.click(screen.getByTestId('setup-done'));
    await waitFor(() => expect(screen.queryByTestId('first-run')).toBeNull());
    expect(screen.getByRole('heading', { name: 'Customer directory' })).toBeTruthy();
    const after = (await fakeBrowser.storage.local.get(['settings', 'setupProgress'])) as {
      settings: { contact: { email: string } };
      setupProgress: string;
    };
    expect(after.settings.contact.email).toBe('alex@fabrikam.com');
    expect(after.setupProgress).toBe('done');
  });

  it('keeps the setup at its step after a reload, even once the partner tenant is saved', async () => {
    await renderOptions();
    await userEvent.type(screen.getByTestId('partner-domains'), 'fabrikam.com');
    await userEvent.click(screen.getByTestId('setup-next'));
    await atStep('contact');
    cleanup();
    useOptionsStore.setState({ loaded: false });

    render(<OptionsApp />);
    await atStep('contact');
    await userEvent.click(screen.getByTestId('setup-skip'));
    expect(screen.getByTestId('first-run').dataset.step).toBe('import');
    await userEvent.click(screen.getByTestId('setup-skip'));
    expect(screen.queryByTestId('first-run')).toBeNull();
    cleanup();
    useOptionsStore.setState({ loaded: false });

    await renderOptions();
    expect(screen.queryByTestId('first-run')).toBeNull();
  });

  it('leaves the full page reachable during the setup, and comes back to the same step', async () => {
    await renderOptions();
    expect(screen.queryByTestId('save')).toBeNull();
    await userEvent.click(screen.getByTestId('setup-show-all'));
    expect(screen.queryByTestId('first-run')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Customer directory' })).toBeTruthy();
    // Saving the tenant on the full page does not end the setup the user has seen.
    await userEvent.type(screen.getByTestId('partner-tenant-ids'), 'fab00000-0000-4000-8000-000000000001');
    await userEvent.click(screen.getByTestId('save'));
    await waitFor(() => expect(screen.getByTestId('save-status').textContent).toContain('All changes saved'));
    await userEvent.click(within(screen.getByTestId('setup-resume')).getByRole('button'));
    expect(screen.getByTestId('first-run').dataset.step).toBe('profile');
  });

  it('leaves nothing behind from a setup nobody touched once the tenant is configured otherwise', async () => {
    await renderOptions();
    expect(screen.getByTestId('first-run').dataset.step).toBe('profile');
    cleanup();
    await seed(scenarioSettings());
    useOptionsStore.setState({ loaded: false });
    await renderOptions();
    expect(screen.queryByTestId('first-run')).toBeNull();
    expect(screen.queryByTestId('setup-resume')).toBeNull();
  });

  it('brings a skipped step back when its unsaved edits keep the setup from finishing', async () => {
    await renderOptions();
    await userEvent.type(screen.getByTestId('partner-tenant-ids'), 'fab00000-0000-4000-8000-000000000001');
    await userEvent.click(screen.getByTestId('setup-next'));
    await atStep('contact');
    await userEvent.type(screen.getByTestId('contact-email'), 'not-an-email');
    await userEvent.click(screen.getByTestId('setup-skip'));
    await userEvent.click(screen.getByTestId('setup-done'));
    await atStep('contact');
    expect((screen.getByTestId('contact-email') as HTMLInputElement).value).toBe('not-an-email');
    expect(screen.getByTestId('setup-problem').textContent).toContain('Fix the marked fields');
  });

  it('drops the setup once a policy that names the partner tenant arrives', async () => {
    await fakeBrowser.storage.managed.set({ partner: { domains: ['fabrikam.com'] } });
    await renderOptions();
    await waitFor(() => expect(screen.queryByTestId('first-run')).toBeNull(), { timeout: 5000 });
    expect(screen.queryByTestId('setup-resume')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Customer directory' })).toBeTruthy();
  });

  it('does not start the setup when the partner tenant is already known', async () => {
    await seed(scenarioSettings());
    await renderOptions();
    expect(screen.queryByTestId('first-run')).toBeNull();
    expect(screen.queryByTestId('setup-resume')).toBeNull();
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

  it('re-renders only the edited section while typing, with 5,000 customers loaded', async () => {
    const customers = Array.from({ length: 5000 }, (_, index) => ({
      name: `Customer ${index}`,
      tenantId: `${index.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`,
      domains: [`c${index}.example`],
    }));
    await seed({ ...scenarioSettings(), customers });
    await useOptionsStore.getState().load();
    const renders = { profile: 0, contact: 0, customers: 0 };
    const count = (id: string) => {
      renders[id as keyof typeof renders] += 1;
    };
    render(
      <>
        <Profiler id="profile" onRender={count}>
          <ProfileSection generation={0} />
        </Profiler>
        <Profiler id="contact" onRender={count}>
          <ContactSection generation={0} />
        </Profiler>
        <Profiler id="customers" onRender={count}>
          <CustomersSection />
        </Profiler>
      </>,
    );
    renders.profile = renders.contact = renders.customers = 0;

    const name = screen.getByTestId('partner-name') as HTMLInputElement;
    await userEvent.type(name, ' EU');
    expect(name.value).toBe('Fabrikam Cloud Services EU');
    expect(renders.profile).toBeGreaterThanOrEqual(3);
    expect(renders.contact).toBe(0);
    expect(renders.customers).toBe(0);
    expect(isDirty(useOptionsStore.getState())).toBe(true);

    await userEvent.type(name, '{Backspace}{Backspace}{Backspace}');
    expect(isDirty(useOptionsStore.getState())).toBe(false);
    expect(renders.customers).toBe(0);
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

describe('the partner profile', () => {
  it.each(PROGRAM_ROLES)(
    'explains the %s role, with the indirect provider only for resellers and advisors',
    async (role) => {
      await seed(scenarioSettings());
      await renderOptions();
      await userEvent.selectOptions(screen.getByTestId('program-role'), role);
      const help = optionsMessages[`options_role_${role.replace(/-/g, '_')}_help` as keyof typeof optionsMessages].en;
      expect(screen.getByText(help)).toBeTruthy();
      const provider = screen.queryByRole('group', { name: 'Your indirect provider' });
      expect(provider !== null).toBe(role === 'indirect-reseller' || role === 'advisor');
      if (provider) expect(within(provider).getByLabelText('Support page (https)')).toBeTruthy();
    },
  );

  it('explains each role differently', () => {
    const helps = PROGRAM_ROLES.map(
      (role) => optionsMessages[`options_role_${role.replace(/-/g, '_')}_help` as keyof typeof optionsMessages],
    );
    expect(new Set(helps.map((help) => help.en)).size).toBe(PROGRAM_ROLES.length);
    expect(new Set(helps.map((help) => help.nl)).size).toBe(PROGRAM_ROLES.length);
  });
});

describe('the JSON export', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('leaves out the values set by policy, exporting the local ones', async () => {
    await seed(scenarioSettings());
    await fakeBrowser.storage.managed.set({
      partner: { name: 'Policy Partner', domains: ['policy.example'] },
      contact: { phone: '+1 555 0199' },
    });
    await loadEffectiveSettings();
    const exported: Blob[] = [];
    vi.stubGlobal('URL', {
      ...URL,
      createObjectURL: (blob: Blob) => {
        exported.push(blob);
        return 'blob:settings';
      },
      revokeObjectURL: () => undefined,
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await renderOptions();
    await waitFor(() => expect((screen.getByTestId('partner-name') as HTMLInputElement).value).toBe('Policy Partner'), {
      timeout: 5000,
    });
    await userEvent.click(screen.getByTestId('json-export'));
    expect(exported).toHaveLength(1);
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(exported[0]!);
    });
    expect(text).not.toContain('Policy Partner');
    expect(text).not.toContain('policy.example');
    expect(text).not.toContain('+1 555 0199');
    const file = JSON.parse(text) as {
      settings: { partner: { name: string; domains: string[] }; contact: { phone: string } };
    };
    expect(file.settings.partner.name).toBe('Fabrikam Cloud Services');
    expect(file.settings.partner.domains).toEqual(['fabrikam.com', 'fabrikamcsp.onmicrosoft.com']);
    expect(file.settings.contact.phone).toBe('+31 20 555 0100');
  });
});

describe('the customer editor', () => {
  const editor = (name: string) => screen.getByRole('form', { name });
  const field = (form: HTMLElement, testId: string) => within(form).getByTestId(testId) as HTMLInputElement;

  it('adds a customer to the directory', async () => {
    await seed(scenarioSettings());
    await renderOptions();
    await userEvent.click(screen.getByRole('button', { name: 'Add customer' }));
    const form = editor('Add customer');
    await userEvent.type(field(form, 'customer-name'), 'Northwind Traders');
    await userEvent.type(field(form, 'customer-tenant-id'), 'A0000000-0000-4000-8000-0000000000AA');
    await userEvent.type(field(form, 'customer-domains'), 'northwind.onmicrosoft.com, Northwind.com');
    await userEvent.click(within(form).getByRole('button', { name: 'Keep' }));
    expect(screen.queryByRole('form', { name: 'Add customer' })).toBeNull();
    expect(useOptionsStore.getState().draft.customers.at(-1)).toMatchObject({
      name: 'Northwind Traders',
      tenantId: 'a0000000-0000-4000-8000-0000000000aa',
      domains: ['northwind.onmicrosoft.com', 'northwind.com'],
    });
    expect(screen.getByText('3 of 3 customers')).toBeTruthy();
    await userEvent.click(screen.getByTestId('save'));
    await waitFor(async () => {
      const stored = (await fakeBrowser.storage.local.get('settings')) as { settings: { customers: unknown[] } };
      expect(stored.settings.customers).toHaveLength(3);
    });
  });

  it('edits a customer in place', async () => {
    await seed(scenarioSettings());
    await renderOptions();
    await userEvent.click(screen.getByRole('button', { name: 'Edit Contoso Ltd' }));
    const form = editor('Edit');
    expect(field(form, 'customer-tenant-id').value).toBe('c0000000-0000-4000-8000-00000000c0de');
    await userEvent.clear(field(form, 'customer-name'));
    await userEvent.type(field(form, 'customer-name'), 'Contoso Group');
    await userEvent.click(within(form).getByRole('button', { name: 'Keep' }));
    const row = document.querySelector('tr[data-tenant="c0000000-0000-4000-8000-00000000c0de"]') as HTMLElement;
    expect(within(row).getByText('Contoso Group')).toBeTruthy();
    expect(useOptionsStore.getState().draft.customers.map((customer) => customer.name)).toEqual([
      'Contoso Group',
      'Adatum Corporation',
    ]);
  });

  it('removes a customer', async () => {
    await seed(scenarioSettings());
    await renderOptions();
    await userEvent.click(screen.getByRole('button', { name: 'Remove Adatum Corporation' }));
    expect(document.querySelector('tr[data-tenant="ada00000-0000-4000-8000-000000000004"]')).toBeNull();
    expect(screen.getByText('1 of 1 customers')).toBeTruthy();
    expect(useOptionsStore.getState().draft.customers.map((customer) => customer.name)).toEqual(['Contoso Ltd']);
  });

  it('shows each field its own error: a bad tenant ID, a bad domain, a duplicate tenant', async () => {
    await seed(scenarioSettings());
    await renderOptions();
    await userEvent.click(screen.getByRole('button', { name: 'Add customer' }));
    const form = editor('Add customer');
    const keep = within(form).getByRole('button', { name: 'Keep' }) as HTMLButtonElement;
    await userEvent.type(field(form, 'customer-name'), 'Northwind Traders');
    await userEvent.type(field(form, 'customer-tenant-id'), 'not-a-guid');
    await userEvent.type(field(form, 'customer-domains'), 'northwind.com, not a domain');

    const tenant = field(form, 'customer-tenant-id');
    expect(tenant.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(tenant.getAttribute('aria-describedby')!)!.textContent).toMatch(/Not a tenant ID/);
    const domains = field(form, 'customer-domains');
    expect(domains.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(domains.getAttribute('aria-describedby')!)!.textContent).toBe('Not a domain name.');
    expect(field(form, 'customer-name').getAttribute('aria-invalid')).toBeNull();
    expect(keep.disabled).toBe(true);

    await userEvent.clear(domains);
    await userEvent.type(domains, 'northwind.com');
    expect(domains.getAttribute('aria-invalid')).toBeNull();
    await userEvent.clear(tenant);
    await userEvent.type(tenant, 'c0000000-0000-4000-8000-00000000c0de');
    expect(document.getElementById(tenant.getAttribute('aria-describedby')!)!.textContent).toBe(
      'This tenant is already in the directory.',
    );
    expect(keep.disabled).toBe(true);
    await userEvent.clear(tenant);
    await userEvent.type(tenant, 'a0000000-0000-4000-8000-0000000000aa');
    expect(tenant.getAttribute('aria-invalid')).toBeNull();
    expect(domains.getAttribute('aria-invalid')).toBeNull();
    expect(keep.disabled).toBe(false);
    expect(useOptionsStore.getState().draft.customers).toHaveLength(2);
  });
});

describe('the options store', () => {
  it('validates only the edited section while typing, and everything on save', async () => {
    await seed(scenarioSettings());
    await useOptionsStore.getState().load();
    const { draft } = useOptionsStore.getState();
    // A directory entry that slipped past validation stands in for any other section's state.
    const broken = { ...draft, customers: [...draft.customers, { ...draft.customers[0]!, tenantId: 'bad' }] };
    useOptionsStore.setState({ draft: broken });

    useOptionsStore.getState().edit((current) => ({ ...current, contact: { ...current.contact, email: 'nope' } }));
    expect(useOptionsStore.getState().errors).toEqual({ 'contact.email': 'settings_error_email' });
    useOptionsStore.getState().edit((current) => ({ ...current, contact: { ...current.contact, email: 'a@b.nl' } }));
    expect(useOptionsStore.getState().errors).toEqual({});

    await useOptionsStore.getState().save();
    expect(useOptionsStore.getState().status).toBe('invalid');
    expect(Object.keys(useOptionsStore.getState().errors)).toContain('customers.2.tenantId');
    const stored = (await fakeBrowser.storage.local.get('settings')) as { settings: { contact: { email: string } } };
    expect(stored.settings.contact.email).toBe('alex.wilber@fabrikam.com');
  });
});
