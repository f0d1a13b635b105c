import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configureExtension, useExtensionBrowser, overlayIn, writeManagedPolicy } from './harness';
import { PARTNER_TENANT_ID, scenarioSettings } from './scenario';

const scratch = mkdtempSync(join(tmpdir(), 'pcg-options-'));

describe('options: first run, import and export', () => {
  const browser = useExtensionBrowser();

  it('opens the setup on install, and the overlay says setup is needed until then', async () => {
    await expect
      .poll(() => browser.context.pages().find((page) => page.url().endsWith('/options.html')) !== undefined, {
        timeout: 10_000,
      })
      .toBe(true);
    const options = browser.context.pages().find((page) => page.url().endsWith('/options.html'))!;
    await options.getByTestId('first-run').waitFor();

    const portal = await browser.context.newPage();
    await portal.goto('https://portal.azure.com/#@contoso.onmicrosoft.com/home');
    await expect
      .poll(() => overlayIn(portal).evaluate((host) => host.shadowRoot?.querySelector('.pcg-kind')?.textContent))
      .toBe('Setup needed');
    await portal.close();

    const step = () => options.getByTestId('first-run').getAttribute('data-step');
    expect(await step()).toBe('profile');
    await options.getByTestId('partner-tenant-ids').fill(PARTNER_TENANT_ID);
    await options.getByTestId('setup-next').click();
    await expect.poll(step).toBe('contact');
    // Saving the tenant is only the first step: the setup survives a reload.
    await options.reload();
    await expect.poll(step).toBe('contact');
    await options.getByTestId('contact-email').fill('alex.wilber@fabrikam.com');
    await options.getByTestId('setup-next').click();
    await expect.poll(step).toBe('import');
    await options.getByTestId('setup-skip').click();
    await expect.poll(() => options.getByTestId('first-run').count()).toBe(0);
    await options.reload();
    await options.getByTestId('partner-name').waitFor();
    expect(await options.getByTestId('first-run').count()).toBe(0);
    expect(
      await browser.worker.evaluate(
        async () => (await chrome.storage.local.get('settings')).settings as { contact: { email: string } },
      ),
    ).toMatchObject({ contact: { email: 'alex.wilber@fabrikam.com' } });
    await options.close();
  });

  it('previews a 5,000-row Partner Center export and records how long it took', async () => {
    await configureExtension(browser, scenarioSettings());
    const lines = ['Microsoft ID,Company name,Primary domain name,Relationship'];
    for (let n = 0; n < 5000; n += 1)
      lines.push(`${n.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000,Customer ${n},c${n}.example,Reseller`);
    const csv = join(scratch, 'customers.csv');
    writeFileSync(csv, lines.join('\n'));
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const started = Date.now();
    await options.getByTestId('csv-file').setInputFiles(csv);
    await options.getByTestId('csv-preview').waitFor();
    const elapsed = Date.now() - started;
    mkdirSync('tests/.tmp', { recursive: true });
    writeFileSync('tests/.tmp/csv-import-timing.json', JSON.stringify({ rows: 5000, previewMs: elapsed }));
    expect(await options.getByTestId('csv-preview').textContent()).toContain('5000 to add, 0 to update, 0 rejected');
    await options.getByTestId('csv-confirm').click();
    await options.getByTestId('save').click();
    await expect
      .poll(
        async () =>
          (
            await browser.worker.evaluate(
              async () => (await chrome.storage.local.get('settings')).settings as { customers: unknown[] },
            )
          ).customers.length,
      )
      .toBe(5002);
    await options.close();
  });

  it('round-trips the configuration through JSON, then restores the backup', async () => {
    await configureExtension(browser, scenarioSettings());
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByTestId('json-export').click(),
    ]);
    const exported = join(scratch, 'settings.json');
    await download.saveAs(exported);
    const file = JSON.parse(readFileSync(exported, 'utf8'));
    expect(file.format).toBe('partner-context-guard/settings');
    file.settings.partner.name = 'Fabrikam (imported)';
    writeFileSync(exported, JSON.stringify(file));

    await options.getByTestId('json-file').setInputFiles(exported);
    expect(await options.getByTestId('json-diff').textContent()).toContain('partner.name');
    await options.getByTestId('json-apply').click();
    await expect.poll(() => options.getByTestId('partner-name').inputValue()).toBe('Fabrikam (imported)');
    await options.getByTestId('restore-backup').click();
    await expect.poll(() => options.getByTestId('partner-name').inputValue()).toBe('Fabrikam Cloud Services');
    await options.close();
  });
});

describe('managed policy', () => {
  let removePolicy: (() => void) | undefined;
  const browser = useExtensionBrowser({
    beforeLaunch: () =>
      (removePolicy = writeManagedPolicy({
        partner: {
          name: 'Fabrikam (policy)',
          tenantIds: [PARTNER_TENANT_ID],
          domains: ['fabrikam.com', 'fabrikamcsp.onmicrosoft.com'],
        },
        contact: { email: 'not-an-email', phone: '+31 20 555 0199' },
        prefill: { mode: 'off' },
      })),
  });

  it('shows policy values locked, reports the invalid one, and detection uses the policy', async () => {
    try {
      await policyIsShownAndUsed();
    } finally {
      removePolicy?.();
    }
  });

  async function policyIsShownAndUsed() {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect
      .poll(() => options.getByTestId('partner-name').getAttribute('readonly'), { timeout: 15_000 })
      .not.toBeNull();
    expect(await options.getByTestId('partner-name').inputValue()).toBe('Fabrikam (policy)');
    expect(await options.getByTestId('contact-phone').getAttribute('readonly')).not.toBeNull();
    expect(await options.getByTestId('contact-email').getAttribute('readonly')).toBeNull();
    const diagnostics = options.getByTestId('settings-diagnostics');
    expect(await diagnostics.locator('[data-path="contact.email"]').textContent()).toContain('Not an email address');
    await options.close();

    const portal = await browser.context.newPage();
    await portal.goto('https://portal.azure.com/#@fabrikamcsp.onmicrosoft.com/home');
    await expect
      .poll(
        () =>
          overlayIn(portal).evaluate((host) =>
            host.shadowRoot?.querySelector('[data-pcg-context]')?.getAttribute('data-pcg-context'),
          ),
        {
          timeout: 15_000,
        },
      )
      .toBe('own');
    await portal.close();
    // The policy names the partner tenant: the install did not open the setup in this browser.
    expect(browser.context.pages().filter((page) => page.url().endsWith('/options.html'))).toHaveLength(0);
  }
});
