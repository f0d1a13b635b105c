import type { Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { configureExtension, frameByHost, launchExtensionBrowser, type ExtensionBrowser } from './harness';
import { scenarioSettings, withPartner } from './scenario';

const SUPPORT = 'view/Microsoft_Azure_Support/NewSupportRequestV3Blade';
const CONTOSO_FORM = `https://portal.azure.com/#@contoso.onmicrosoft.com/${SUPPORT}?pcgReplicaStep=details`;

type Host = Frame | Page;

function findingIds(host: Host) {
  return host
    .locator('partner-context-guard')
    .evaluate((element) =>
      [...(element.shadowRoot?.querySelectorAll('[data-pcg-finding]') ?? [])].map((node) =>
        node.getAttribute('data-pcg-finding'),
      ),
    )
    .catch(() => [] as (string | null)[]);
}

function replicaState(host: Host) {
  return host.evaluate(() => window.__replicaState ?? {});
}

async function formFrame(page: Page): Promise<Frame> {
  const frame = await frameByHost(page, '.reactblade.portal.azure.net');
  await expect.poll(() => findingIds(frame), { timeout: 10_000 }).not.toEqual([]);
  return frame;
}

const PARTNER_CONTACT = {
  firstName: 'Alex',
  lastName: 'Wilber',
  email: 'alex.wilber@fabrikam.com',
  phone: '+31 20 555 0100',
  country: 'Netherlands',
  timeZone: 'W. Europe Standard Time',
  supportLanguage: 'English',
};

describe('inline warnings and safe prefill on the Azure and Microsoft 365 support forms', () => {
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchExtensionBrowser({ port: inject('replicaPort') });
  });
  afterEach(async () => {
    await page?.close();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('1. customer context, English: fixes select the CSP plan and fill every contact field; Undo restores', async () => {
    await configureExtension(browser, scenarioSettings());
    page = await browser.context.newPage();
    await page.goto(CONTOSO_FORM);
    const frame = await formFrame(page);
    expect(await findingIds(frame)).toEqual(expect.arrayContaining(['customer-plan-not-csp', 'contact-not-filled']));

    await frame.locator('[data-pcg-action="select-csp-plan"]').click();
    await expect.poll(async () => (await replicaState(frame)).supportPlan).toBe('Cloud Solution Provider');
    await expect.poll(() => findingIds(frame)).not.toContain('customer-plan-not-csp');

    await frame.locator('[data-pcg-action="fill-contact"]').first().click();
    await expect.poll(async () => (await replicaState(frame)).firstName).toBe('Alex');
    const filled = await replicaState(frame);
    expect(filled).toMatchObject({
      ...PARTNER_CONTACT,
      additionalEmail: 'csp-support@fabrikam.com',
      contactMethod: 'Email',
    });
    await expect.poll(() => findingIds(frame)).not.toContain('contact-not-filled');

    await frame.locator('[data-pcg-action="undo"]').click();
    await expect.poll(async () => (await replicaState(frame)).firstName).toBe('');
    expect(await replicaState(frame)).toMatchObject({
      lastName: '',
      email: '',
      phone: '',
      supportPlan: 'Cloud Solution Provider',
    });
    expect((await replicaState(frame)).submitted).toBe(false);
  });

  it("2. own context: choosing the CSP plan warns, and the fix selects the partner's own plan", async () => {
    await configureExtension(browser, scenarioSettings());
    page = await browser.context.newPage();
    await page.goto(`https://portal.azure.com/#@fabrikamcsp.onmicrosoft.com/${SUPPORT}?pcgReplicaStep=details`);
    const frame = await formFrame(page);
    expect(await findingIds(frame)).not.toContain('own-tenant-csp-plan');

    await frame.getByRole('combobox', { name: /Support plan/ }).click();
    await frame.getByRole('option', { name: 'Cloud Solution Provider' }).click();
    await expect.poll(() => findingIds(frame)).toContain('own-tenant-csp-plan');

    await frame.locator('[data-pcg-action="select-own-plan"]').click();
    await expect.poll(async () => (await replicaState(frame)).supportPlan).toBe('Partner Cloud Support 5');
    await expect.poll(() => findingIds(frame)).not.toContain('own-tenant-csp-plan');
  });

  it('3. a pre-filled customer email is flagged and replaced only after the click', async () => {
    await configureExtension(browser, scenarioSettings());
    page = await browser.context.newPage();
    await page.goto(`${CONTOSO_FORM}&pcgReplicaEmail=it-admin@contoso.com`);
    const frame = await formFrame(page);
    await expect.poll(() => findingIds(frame)).toContain('customer-contact-details');
    await page.waitForTimeout(500);
    expect((await replicaState(frame)).email).toBe('it-admin@contoso.com');

    await frame.locator('[data-pcg-finding="customer-contact-details"] [data-pcg-action="fill-contact"]').click();
    await expect.poll(async () => (await replicaState(frame)).email).toBe('alex.wilber@fabrikam.com');
    await expect.poll(() => findingIds(frame)).not.toContain('customer-contact-details');
  });

  it('4. an indirect reseller is blocked from filing Azure requests for a customer', async () => {
    await configureExtension(
      browser,
      withPartner({
        programRole: 'indirect-reseller',
        indirectProvider: {
          name: 'Tailspin Distribution',
          supportUrl: 'https://support.tailspin.example',
          email: 'csp@tailspin.example',
          phone: '',
        },
      }),
    );
    page = await browser.context.newPage();
    await page.goto(CONTOSO_FORM);
    const frame = await formFrame(page);
    const blocker = frame.locator('[data-pcg-finding="reseller-cannot-file-azure"]');
    await expect.poll(() => blocker.count()).toBe(1);
    expect(await blocker.getAttribute('data-pcg-severity')).toBe('blocker');
    expect(await blocker.getAttribute('role')).toBe('alert');
    expect(await blocker.textContent()).toContain('Tailspin Distribution');
    expect(await blocker.textContent()).toContain('csp@tailspin.example');
  });

  it('6. Microsoft 365 customer context: the contact pane gets the partner phone and email', async () => {
    await configureExtension(browser, scenarioSettings());
    page = await browser.context.newPage();
    await page.goto('https://admin.cloud.microsoft/?delegatedOrg=contoso.onmicrosoft.com#/support');
    await page.getByRole('button', { name: 'New Microsoft service request' }).click();
    await expect.poll(() => findingIds(page), { timeout: 10_000 }).toContain('contact-not-filled');
    await page.locator('[data-pcg-action="fill-contact"]').first().click();
    await expect.poll(async () => (await replicaState(page)).email).toBe('alex.wilber@fabrikam.com');
    expect(await replicaState(page)).toMatchObject({ phone: '+31 20 555 0100', method: 'Email', submitted: false });
  });

  it('7. auto mode fills once, then never again in that form after the user edits a field', async () => {
    await configureExtension(browser, scenarioSettings({ prefill: { mode: 'auto' } }));
    page = await browser.context.newPage();
    await page.goto(CONTOSO_FORM);
    const frame = await frameByHost(page, '.reactblade.portal.azure.net');
    await expect.poll(async () => (await replicaState(frame)).firstName, { timeout: 10_000 }).toBe('Alex');
    await expect.poll(async () => (await replicaState(frame)).supportPlan).toBe('Cloud Solution Provider');

    const firstName = frame.getByRole('textbox', { name: /^First name/ });
    await firstName.fill('Sam');
    await frame.getByRole('textbox', { name: /^Phone/ }).fill('');
    await page.waitForTimeout(800);
    expect(await replicaState(frame)).toMatchObject({ firstName: 'Sam', phone: '' });

    await frame.getByRole('button', { name: 'Previous' }).click();
    await frame.getByRole('button', { name: 'Next' }).click();
    await page.waitForTimeout(800);
    expect(await replicaState(frame)).toMatchObject({ firstName: 'Sam', phone: '' });
    expect((await replicaState(frame)).submitted).toBe(false);
  });
});

describe('Dutch portal and Dutch browser', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchExtensionBrowser({ port: inject('replicaPort'), language: 'nl' });
    await configureExtension(browser, scenarioSettings());
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('5. Dutch labels: the same fixes select "Cloudoplossingsprovider" and fill the contact fields', async () => {
    const page = await browser.context.newPage();
    await page.goto(`https://portal.azure.com/?l=nl#@contoso.onmicrosoft.com/${SUPPORT}?pcgReplicaStep=details`);
    const frame = await formFrame(page);
    expect(await findingIds(frame)).toEqual(expect.arrayContaining(['customer-plan-not-csp', 'contact-not-filled']));
    const button = frame.locator('[data-pcg-action="select-csp-plan"]');
    expect(await button.textContent()).toBe('CSP-plan selecteren');
    await button.click();
    await expect.poll(async () => (await replicaState(frame)).supportPlan).toBe('Cloudoplossingsprovider');
    await frame.locator('[data-pcg-action="fill-contact"]').first().click();
    await expect.poll(async () => (await replicaState(frame)).firstName).toBe('Alex');
    expect(await replicaState(frame)).toMatchObject({ ...PARTNER_CONTACT, contactMethod: 'E-mail' });
    await frame.locator('[data-pcg-action="undo"]').click();
    await expect.poll(async () => (await replicaState(frame)).email).toBe('');
    await page.close();
  });
});
