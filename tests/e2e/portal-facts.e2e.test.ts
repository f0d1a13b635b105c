/// <reference types="chrome" />
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { translate } from '../../lib/i18n/translate';
import { evidenceOf, expectBanner, frameByHost, useExtensionBrowser } from './harness';
import { scenarioSettings } from './scenario';

// The portal facts revised on 2026-12-01, end to end: the Microsoft 365 admin center opened
// directly and in delegated mode, the newer account title, and every kind of searchable list.

/** The texts of the banner's evidence items (Why?). */
async function evidenceTexts(page: Page): Promise<string[]> {
  return (await evidenceOf(page)).map(([, text]) => text);
}

const en = (key: Parameters<typeof translate>[1], args?: string[]) => translate('en', key, args);

describe('the Microsoft 365 admin center, opened directly and delegated', () => {
  const browser = useExtensionBrowser({ settings: scenarioSettings() });

  it('opened directly, it is your own organisation, and Why? says so', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://admin.microsoft.com/AdminPortal/Home#/homepage');
    await expectBanner(page, 'own');
    expect(await evidenceTexts(page)).toEqual(
      expect.arrayContaining([
        expect.stringContaining(en('context_evidence_admin_direct')),
        expect.stringContaining(en('context_evidence_own_by_portal')),
      ]),
    );
    await page.close();
  });

  it('delegated: delegatedOrg names the customer, and the header control agrees', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://admin.cloud.microsoft/?delegatedOrg=adatum.onmicrosoft.com#/homepage');
    await expectBanner(page, 'customer', /adatum/i);
    await expect
      .poll(() => evidenceTexts(page))
      .toEqual(
        expect.arrayContaining([expect.stringContaining(en('context_evidence_m365_org_name', ['Adatum Corporation']))]),
      );
    await page.close();
  });

  it('the header control naming a customer wins over "opened directly"', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://admin.microsoft.com/?pcgReplicaOrgName=adatum.onmicrosoft.com#/homepage');
    await expectBanner(page, 'customer', /adatum/i);
    expect(await evidenceTexts(page)).toEqual(
      expect.arrayContaining([expect.stringContaining(en('context_evidence_admin_direct_overruled'))]),
    );
    await page.close();
  });
});

describe('the Azure account title in its newer shape', () => {
  const browser = useExtensionBrowser({ settings: scenarioSettings() });

  it.each(['', '&pcgReplicaTitleColon=full', '&l=nl'])(
    'names the directory from the header element title alone (%s)',
    async (extra) => {
      const page = await browser.context.newPage();
      await page.goto(`https://portal.azure.com/?pcgReplicaHeaderTenant=0${extra}#home`);
      await page.locator('#switch-directory').click();
      await page.locator('[data-tenant="adatum.onmicrosoft.com"]').click();
      await expectBanner(page, 'customer', /adatum/i);
      await page.close();
    },
  );
});

const SUPPORT = 'view/Microsoft_Azure_Support/NewSupportRequestV3Blade';

function replicaState(host: Frame) {
  return host.evaluate(() => window.__replicaState ?? {});
}

async function formFrame(page: Page): Promise<Frame> {
  const frame = await frameByHost(page, '.reactblade.portal.azure.net');
  await expect
    .poll(() => frame.locator('[data-pcg-action="fill-contact"]').count(), { timeout: 10_000 })
    .toBeGreaterThan(0);
  return frame;
}

describe('searchable lists take the value for real', () => {
  const browser = useExtensionBrowser({ settings: scenarioSettings() });

  it.each(['v8-combobox', 'v9-combobox', 'v9-dropdown', 'aria'])(
    '%s: "Fill my contact details" commits the country, and the report counts it',
    async (kind) => {
      const page = await browser.context.newPage();
      await page.goto(
        `https://portal.azure.com/#@contoso.onmicrosoft.com/${SUPPORT}?pcgReplicaStep=details&pcgReplicaCountry=${kind}`,
      );
      const frame = await formFrame(page);
      await frame.locator('[data-pcg-action="fill-contact"]').first().click();
      await expect.poll(async () => (await replicaState(frame)).firstName).toBe('Alex');
      await expect.poll(async () => (await replicaState(frame)).country).toBe('Netherlands');
      // The report is shown (Undo appears once something was filled) and lists no problem with the country.
      await expect.poll(() => frame.locator('[data-pcg-action="undo"]').count()).toBe(1);
      expect(await frame.locator('[data-pcg-fill-field="country"]').count()).toBe(0);
      await page.close();
    },
  );

  it('a list that takes no commit is reported as not filled, with the reason, and Undo knows it', async () => {
    const page = await browser.context.newPage();
    await page.goto(
      `https://portal.azure.com/#@contoso.onmicrosoft.com/${SUPPORT}?pcgReplicaStep=details&pcgReplicaCountry=aria-stubborn`,
    );
    const frame = await formFrame(page);
    await frame.locator('[data-pcg-action="fill-contact"]').first().click();
    await expect.poll(async () => (await replicaState(frame)).firstName).toBe('Alex');
    const country = frame.locator('[data-pcg-fill-field="country"]');
    await expect.poll(() => country.getAttribute('data-pcg-fill-reason'), { timeout: 10_000 }).toBe('not-committed');
    expect(await country.textContent()).toContain(en('overlay_reason_not_committed'));
    expect((await replicaState(frame)).country).toBe('');
    expect(await frame.getByRole('combobox', { name: /Country/ }).inputValue()).toBe('');
    await frame.locator('[data-pcg-action="undo"]').click();
    await expect
      .poll(() => frame.locator('[data-pcg-undo-field="country"]').getAttribute('data-pcg-undo-outcome'))
      .toBe('not-filled');
    await page.close();
  });
});
