import type { Frame, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { configureExtension, frameByHost, expectStays, useExtensionBrowser, tabIdOf } from './harness';
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

/** Some keys of the replica's state, for comparisons over time. */
async function stateOf(host: Host, keys: readonly string[]): Promise<Record<string, unknown>> {
  const state = (await replicaState(host)) as Record<string, unknown>;
  return Object.fromEntries(keys.map((key) => [key, state[key]]));
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

const TEXT_FIELDS = ['firstName', 'lastName', 'email', 'additionalEmail', 'phone'] as const;
/** The contact fill's lists and radios, by overlay field id and replica state key. */
const LIST_FIELDS = [
  ['country', 'country'],
  ['timeZone', 'timeZone'],
  ['supportLanguage', 'supportLanguage'],
  ['preferredContactMethod', 'contactMethod'],
] as const;

function undoOutcome(host: Host, field: string) {
  return host.locator(`[data-pcg-undo-field="${field}"]`).getAttribute('data-pcg-undo-outcome');
}

/**
 * Tests 1 and 5 (and the Knockout variant): the plan fix selects the CSP plan, the contact fix
 * fills every contact field, and Undo restores each filled field or says honestly that it can't.
 */
async function fillsAndUndoes(host: Host, expected: { cspPlan: string; emailOption: string }) {
  expect(await findingIds(host)).toEqual(expect.arrayContaining(['customer-plan-not-csp', 'contact-not-filled']));
  await host.locator('[data-pcg-action="select-csp-plan"]').click();
  await expect.poll(async () => (await replicaState(host)).supportPlan).toBe(expected.cspPlan);
  await expect.poll(() => findingIds(host)).not.toContain('customer-plan-not-csp');

  await host.locator('[data-pcg-action="fill-contact"]').first().click();
  await expect.poll(async () => (await replicaState(host)).firstName).toBe('Alex');
  const filled = await replicaState(host);
  expect(filled).toMatchObject({
    ...PARTNER_CONTACT,
    additionalEmail: 'csp-support@fabrikam.com',
    contactMethod: expected.emailOption,
  });
  await expect.poll(() => findingIds(host)).not.toContain('contact-not-filled');

  await host.locator('[data-pcg-action="undo"]').click();
  await expect.poll(() => undoOutcome(host, 'firstName')).toBe('restored');
  const undone = await replicaState(host);
  for (const field of TEXT_FIELDS) {
    expect(undone[field], field).toBe('');
    expect(await undoOutcome(host, field), field).toBe('restored');
  }
  // The lists were empty before the fill; the portal's lists can't be emptied again, and the
  // overlay says so per field instead of pretending they were restored.
  for (const [field, stateKey] of LIST_FIELDS) {
    const outcome = await undoOutcome(host, field);
    if (undone[stateKey] === '') expect(outcome, field).toBe('restored');
    else {
      expect(outcome, field).toBe('cannot-clear');
      expect(undone[stateKey], field).toBe(filled[stateKey]);
    }
  }
  // The plan came from another fix, which this Undo does not take back.
  expect(undone.supportPlan).toBe(expected.cspPlan);
  expect(undone.submitted ?? false).toBe(false);
}

describe('inline warnings and safe prefill on the Azure and Microsoft 365 support forms', () => {
  const browser = useExtensionBrowser();
  let page: Page;

  afterEach(async () => {
    await page?.close();
  });

  it('1. customer context, English: fixes select the CSP plan and fill every contact field; Undo restores', async () => {
    await configureExtension(browser, scenarioSettings());
    page = await browser.context.newPage();
    await page.goto(CONTOSO_FORM);
    const frame = await formFrame(page);
    await fillsAndUndoes(frame, { cspPlan: 'Cloud Solution Provider', emailOption: 'Email' });
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
    await expectStays(async () => (await replicaState(frame)).email, 'it-admin@contoso.com', 500);

    await frame.locator('[data-pcg-finding="customer-contact-details"] [data-pcg-action="fill-contact"]').click();
    await expect.poll(async () => (await replicaState(frame)).email).toBe('alex.wilber@fabrikam.com');
    await expect.poll(() => findingIds(frame)).not.toContain('customer-contact-details');
  });

  it('3b. in `auto` mode the pre-filled customer email survives the automatic fill', async () => {
    await configureExtension(browser, scenarioSettings({ prefill: { mode: 'auto' } }));
    page = await browser.context.newPage();
    await page.goto(`${CONTOSO_FORM}&pcgReplicaEmail=it-admin@contoso.com`);
    const frame = await frameByHost(page, '.reactblade.portal.azure.net');
    await expect.poll(async () => (await replicaState(frame)).firstName, { timeout: 10_000 }).toBe('Alex');
    await expect.poll(() => findingIds(frame)).toContain('customer-contact-details');
    await expectStays(() => stateOf(frame, ['email', 'lastName']), {
      email: 'it-admin@contoso.com',
      lastName: 'Wilber',
    });
    expect(await frame.locator('[data-pcg-fill-outcome="skipped-user-value"]').textContent()).toContain('Email');
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
    const contact = blocker.locator('a[href]');
    expect(await contact.getAttribute('href')).toBe('https://support.tailspin.example');
  });

  it('4b. `auto` mode fills nothing on a request a blocker forbids', async () => {
    await configureExtension(browser, {
      ...withPartner({
        programRole: 'indirect-reseller',
        indirectProvider: { name: 'Tailspin Distribution', supportUrl: '', email: 'csp@tailspin.example', phone: '' },
      }),
      prefill: { mode: 'auto' },
    });
    page = await browser.context.newPage();
    await page.goto(CONTOSO_FORM);
    const frame = await formFrame(page);
    await expect.poll(() => findingIds(frame)).toContain('reseller-cannot-file-azure');
    await expectStays(
      () => stateOf(frame, ['supportPlan', 'firstName', 'email', 'phone']),
      { supportPlan: '', firstName: '', email: '', phone: '' },
      1000,
    );
  });

  it.each([
    ['admin.cloud.microsoft', 'https://admin.cloud.microsoft/?delegatedOrg=contoso.onmicrosoft.com#/support'],
    [
      'admin.microsoft.com',
      'https://admin.microsoft.com/AdminPortal/Home?delegatedOrg=contoso.onmicrosoft.com#/support',
    ],
  ])(
    '6. Microsoft 365 customer context on %s: the contact pane gets the partner phone and email',
    async (_host, url) => {
      await configureExtension(browser, scenarioSettings());
      page = await browser.context.newPage();
      await page.goto(url);
      await page.getByRole('button', { name: 'New Microsoft service request' }).click();
      await expect.poll(() => findingIds(page), { timeout: 10_000 }).toContain('contact-not-filled');
      await page.locator('[data-pcg-action="fill-contact"]').first().click();
      await expect.poll(async () => (await replicaState(page)).email).toBe('alex.wilber@fabrikam.com');
      expect(await replicaState(page)).toMatchObject({ phone: '+31 20 555 0100', method: 'Email', submitted: false });
    },
  );

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
    await expectStays(() => stateOf(frame, ['firstName', 'phone']), { firstName: 'Sam', phone: '' });

    await frame.getByRole('button', { name: 'Previous' }).click();
    await frame.getByRole('button', { name: 'Next' }).click();
    await expectStays(() => stateOf(frame, ['firstName', 'phone']), { firstName: 'Sam', phone: '' });
    expect((await replicaState(frame)).submitted).toBe(false);
  });

  it('7b. auto mode fills the plan and contact fields when they render, steps after the product was chosen', async () => {
    await configureExtension(browser, scenarioSettings({ prefill: { mode: 'auto' } }));
    page = await browser.context.newPage();
    await page.goto(`https://portal.azure.com/#@contoso.onmicrosoft.com/${SUPPORT}`);
    const frame = await frameByHost(page, '.reactblade.portal.azure.net');
    await frame.getByRole('combobox', { name: /^Service/ }).click();
    await frame.getByRole('option', { name: 'Virtual Machine running Windows' }).click();
    await frame.getByRole('button', { name: 'Next' }).click();
    await frame.getByRole('button', { name: 'Next' }).click();
    await expect.poll(async () => (await replicaState(frame)).firstName, { timeout: 10_000 }).toBe('Alex');
    await expect.poll(async () => (await replicaState(frame)).supportPlan).toBe('Cloud Solution Provider');
    expect(await replicaState(frame)).toMatchObject({ service: 'Virtual Machine running Windows', submitted: false });
  });

  it('8. `off` mode shows the findings without fill buttons, in the page and in the popup', async () => {
    await configureExtension(browser, scenarioSettings({ prefill: { mode: 'off' } }));
    page = await browser.context.newPage();
    await page.goto(
      `https://portal.azure.com/?tab=prefill-off#@contoso.onmicrosoft.com/${SUPPORT}?pcgReplicaStep=details`,
    );
    const frame = await formFrame(page);
    expect(await findingIds(frame)).toEqual(expect.arrayContaining(['customer-plan-not-csp', 'contact-not-filled']));
    expect(await frame.locator('[data-pcg-action]').count()).toBe(0);

    const tabId = await tabIdOf(browser, 'https://portal.azure.com/?tab=prefill-off*');
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    await expect
      .poll(() => popup.locator('[data-pcg-check="support-plan"]').getAttribute('data-pcg-status'))
      .toBe('fail');
    expect(await popup.locator('[data-pcg-action]').count()).toBe(0);
    expect(await popup.locator('[data-pcg-check="support-plan"]').textContent()).toContain('Prefill is off');
    await popup.close();
    await expectStays(() => stateOf(frame, ['supportPlan', 'firstName']), { supportPlan: '', firstName: '' }, 500);
  });

  it('9. a marketplace product chosen on the first step is warned about, there and on the later steps', async () => {
    await configureExtension(browser, scenarioSettings());
    page = await browser.context.newPage();
    await page.goto(`https://portal.azure.com/#@contoso.onmicrosoft.com/${SUPPORT}`);
    const frame = await frameByHost(page, '.reactblade.portal.azure.net');
    await frame.getByRole('combobox', { name: /^Service/ }).click();
    await frame.getByRole('option', { name: /Contoso Firewall/ }).click();
    await expect.poll(() => findingIds(frame), { timeout: 10_000 }).toContain('marketplace-product');
    const help = frame.locator('[data-pcg-finding="marketplace-product"] a[href]');
    expect(await help.getAttribute('href')).toBe(
      'https://azuremarketplace.microsoft.com/marketplace/apps?search=Contoso%20Firewall',
    );

    await frame.getByRole('button', { name: 'Next' }).click();
    await frame.getByRole('button', { name: 'Next' }).click();
    await expect.poll(async () => (await replicaState(frame)).step).toBe(2);
    await expect
      .poll(() => findingIds(frame))
      .toEqual(expect.arrayContaining(['marketplace-product', 'contact-not-filled']));
  });

  it('11. link fixes open their targets: the options page for an unlisted tenant, Partner Center for an expired GDAP', async () => {
    await configureExtension(browser, scenarioSettings());
    page = await browser.context.newPage();
    await page.goto(`https://portal.azure.com/#@northwind.onmicrosoft.com/${SUPPORT}?pcgReplicaStep=details`);
    const frame = await formFrame(page);
    await expect.poll(() => findingIds(frame)).toContain('unlisted-tenant');
    const opened = browser.context.waitForEvent('page');
    await frame
      .locator('[data-pcg-finding="unlisted-tenant"]')
      .getByRole('button', { name: /customer directory/ })
      .click();
    const options = await opened;
    await expect
      .poll(() => options.url())
      .toBe(`chrome-extension://${browser.extensionId}/options.html#customers-heading`);
    await options.close();
    await page.close();

    page = await browser.context.newPage();
    await page.goto(`https://portal.azure.com/#@adatum.onmicrosoft.com/${SUPPORT}?pcgReplicaStep=details`);
    const adatum = await formFrame(page);
    await expect.poll(() => findingIds(adatum)).toContain('gdap-not-active');
    expect(await adatum.locator('[data-pcg-finding="gdap-not-active"] a[href]').getAttribute('href')).toBe(
      'https://partner.microsoft.com/dashboard/v2/customers/granularadminaccess/list#:~:text=Adatum%20Corporation',
    );
  });

  it('10. a form that renders late is still found and filled', async () => {
    await configureExtension(browser, scenarioSettings());
    page = await browser.context.newPage();
    await page.goto(`${CONTOSO_FORM}&pcgReplicaDelay=2500`);
    const frame = await formFrame(page);
    await frame.locator('[data-pcg-action="fill-contact"]').first().click();
    await expect.poll(async () => (await replicaState(frame)).firstName).toBe('Alex');
    expect(await replicaState(frame)).toMatchObject({ lastName: 'Wilber', email: 'alex.wilber@fabrikam.com' });
  });
});

describe('Dutch portal and Dutch browser', () => {
  const browser = useExtensionBrowser({ language: 'nl', settings: scenarioSettings() });

  it('5. Dutch labels: the same fixes select "Cloud Solution Provider", untranslated as in the Dutch docs, and fill the contact fields', async () => {
    const page = await browser.context.newPage();
    await page.goto(`https://portal.azure.com/?l=nl#@contoso.onmicrosoft.com/${SUPPORT}?pcgReplicaStep=details`);
    const frame = await formFrame(page);
    expect(await frame.locator('[data-pcg-action="select-csp-plan"]').textContent()).toBe('CSP-plan selecteren');
    await fillsAndUndoes(frame, { cspPlan: 'Cloud Solution Provider', emailOption: 'E-mail' });
    expect(await frame.locator('[data-pcg-undo-field="country"]').textContent()).toContain('kan niet weer leeg');
    await page.close();
  });

  it('5a. Dutch labels with the older translated option: "Cloudoplossingsprovider" as the fallback', async () => {
    const page = await browser.context.newPage();
    await page.goto(
      `https://portal.azure.com/?l=nl#@contoso.onmicrosoft.com/${SUPPORT}?pcgReplicaStep=details&pcgReplicaPlanText=translated`,
    );
    const frame = await formFrame(page);
    await fillsAndUndoes(frame, { cspPlan: 'Cloudoplossingsprovider', emailOption: 'E-mail' });
    expect(await frame.locator('[data-pcg-undo-field="country"]').textContent()).toContain('kan niet weer leeg');
    await page.close();
  });

  it('5b. the classic Knockout blade with Dutch labels: the same fixes, and Undo', async () => {
    const page = await browser.context.newPage();
    await page.goto(`https://portal.azure.com/?l=nl&pcgReplicaVariant=knockout#@contoso.onmicrosoft.com/${SUPPORT}`);
    await expect.poll(() => findingIds(page), { timeout: 10_000 }).toContain('contact-not-filled');
    await fillsAndUndoes(page, { cspPlan: 'Cloudoplossingsprovider', emailOption: 'E-mail' });
    await page.close();
  });
});
