import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildMatchIndex } from '../../../lib/context/match-index';
import { buildDiagnostics, newInstallSalt, redactUrl, saltedTenantInput } from '../../../lib/popup/diagnostics';
import { settingsSchema } from '../../../lib/settings/schema';
import { withFrameReport, withTabUrl } from '../../../lib/tabs/tab-state';
import { emptyTabState } from '../../../lib/tabs/types';
import { computeVerdict } from '../../../lib/tabs/verdict';
import { scenarioSettings } from '../../e2e/scenario';

const hash = async (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 8);

/** Everything personal the state below contains; none of it may reach the report. */
const PERSONAL = [
  'Contoso',
  'contoso',
  'Alex',
  'Wilber',
  'alex.wilber',
  'fabrikam',
  'Fabrikam',
  '+31 20 555 0100',
  'it-admin',
  'c0000000-0000-4000-8000-00000000c0de',
  'fab00000-0000-4000-8000-000000000001',
  '3f8e1c2a-1111-4222-8333-444455556666',
];

const SALT = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
const CONTOSO_ID = 'c0000000-0000-4000-8000-00000000c0de';

async function contosoReport(installSalt: string) {
  const settings = settingsSchema.parse(scenarioSettings());
  const url =
    'https://portal.azure.com/#@contoso.onmicrosoft.com/view/Microsoft_Azure_Support/NewSupportRequestV3Blade/subscriptionId/3f8e1c2a-1111-4222-8333-444455556666?name=Contoso';
  let state = withTabUrl(emptyTabState(4), url, 10, false);
  state = withFrameReport(state, {
    frameId: 0,
    url,
    page: { portal: 'azure', page: 'support-request', supportForm: 'azure' },
    signals: [
      { source: 'dom-tenant-name', tenant: { name: 'Contoso' }, observedAt: 20, detail: 'CONTOSO' },
      { source: 'dom-username', tenant: {}, observedAt: 20, userPrincipalName: 'alex.wilber@fabrikam.com' },
    ],
    form: {
      kind: 'azure',
      fields: {
        email: { id: 'email', control: 'text', value: 'it-admin@contoso.com', disabled: false, readOnly: false },
        phone: { id: 'phone', control: 'text', value: '+31 20 555 0100', disabled: false, readOnly: false },
        firstName: { id: 'firstName', control: 'text', value: 'Alex', disabled: false, readOnly: false },
      },
    },
    fieldsFound: ['email', 'phone', 'firstName'],
    theme: 'light',
    overlayVisible: true,
    reportedAt: 20,
    documentStartedAt: 5,
  });
  const verdict = computeVerdict(state, settings, buildMatchIndex(settings), '2026-11-24');
  const report = await buildDiagnostics(
    {
      extensionVersion: '0.1.0',
      browser: 'Chrome/156',
      state,
      verdict,
      fieldsFound: ['email', 'phone'],
      settingsProblems: 0,
      customers: 2,
      installSalt,
    },
    hash,
  );
  return { report, verdict };
}

describe('the diagnostics report', () => {
  it('holds no names, emails, phone numbers, tenant names or domains, and only hashed tenant IDs', async () => {
    const { report } = await contosoReport(SALT);
    for (const secret of PERSONAL) expect(report).not.toContain(secret);
    const parsed = JSON.parse(report);
    expect(parsed.context.kind).toBe('customer');
    expect(parsed.context.tenantIdHash).toBe(await hash(saltedTenantInput(SALT, CONTOSO_ID)));
    expect(parsed.frames[0].fields).toContainEqual({ id: 'email', control: 'text', filled: true, disabled: false });
    expect(parsed.findings).toContain('customer-contact-details');
  });

  it("salts the tenant hash per install, so a known tenant ID can't be matched to a report", async () => {
    const here = JSON.parse((await contosoReport(SALT)).report).context.tenantIdHash;
    const elsewhere = JSON.parse((await contosoReport('0f'.repeat(16))).report).context.tenantIdHash;
    // Hashing the public tenant ID alone (or in upper case) does not give the token.
    expect(here).not.toBe(await hash(CONTOSO_ID));
    expect(here).not.toBe(await hash(CONTOSO_ID.toUpperCase()));
    // The same install gives the same token; another install another one.
    expect(JSON.parse((await contosoReport(SALT)).report).context.tenantIdHash).toBe(here);
    expect(elsewhere).not.toBe(here);
  });

  it('refuses to build a report without a usable salt', async () => {
    await expect(contosoReport('')).rejects.toThrow(/salt/);
    await expect(contosoReport('short')).rejects.toThrow(/salt/);
  });

  it('makes a 128-bit hex salt from the random source', () => {
    const salt = newInstallSalt((bytes) => bytes.fill(0xab));
    expect(salt).toBe('ab'.repeat(16));
  });

  it.each([
    ['https://portal.azure.com/contoso.onmicrosoft.com/#home', 'portal.azure.com/<domain>/#home'],
    [
      'https://portal.azure.com/#@contoso.onmicrosoft.com/view/Microsoft_Azure_Support/NewSupportRequestV3Blade?y=1',
      'portal.azure.com/#@<tenant>/view/Microsoft_Azure_Support/NewSupportRequestV3Blade',
    ],
    ['https://admin.cloud.microsoft/?delegatedOrg=contoso.onmicrosoft.com#/support', 'admin.cloud.microsoft/#/support'],
    [
      'https://portal.azure.com/#@contoso.onmicrosoft.com/resource/subscriptions/3f8e1c2a-1111-4222-8333-444455556666/resourceGroups/rg-contoso/providers/Microsoft.Web/sites/contoso-shop/overview',
      'portal.azure.com/#@<tenant>/resource/subscriptions/<guid>/resourceGroups/<value>/providers/Microsoft.Web/sites/<value>/overview',
    ],
    [
      'https://portal.azure.com/#view/Microsoft_Azure_Support/NewSupportRequestV3Blade/assetId/%2Fsubscriptions%2F3f8e1c2a-1111-4222-8333-444455556666%2FresourceGroups%2Frg-contoso%2Fproviders%2FMicrosoft.Compute%2FvirtualMachines%2Fcontoso-vm01',
      'portal.azure.com/#view/Microsoft_Azure_Support/NewSupportRequestV3Blade/assetId//subscriptions/<guid>/resourceGroups/<value>/providers/Microsoft.Compute/virtualMachines/<value>',
    ],
    [
      'https://admin.exchange.microsoft.com/#/mailboxes/:/MailboxDetails/alex.wilber@contoso.com',
      'admin.exchange.microsoft.com/#/mailboxes/:/MailboxDetails/<email>',
    ],
    [
      'https://portal.azure.com/#view/Microsoft_AAD_IAM/UserDetailsMenuBlade/~/Profile/userId/c0000000-0000-4000-8000-00000000c0de/3f8e1c2a-1111-4222-8333-444455556666',
      'portal.azure.com/#view/Microsoft_AAD_IAM/UserDetailsMenuBlade/~/<value>/<value>/<guid>/<guid>',
    ],
    ['https://www.contoso.com/private/page', '<host>/<value>/<value>'],
    ['not a url', '<invalid url>'],
  ])('reduces %s to %s', (url, expected) => {
    expect(redactUrl(url)).toBe(expected);
  });

  it('keeps nothing personal from encoded or repeated values', () => {
    const urls = [
      'https://portal.azure.com/#@contoso.onmicrosoft.com/resource/subscriptions/3f8e1c2a-1111-4222-8333-444455556666/resourceGroups/rg-contoso/providers/Microsoft.Web/sites/contoso-shop/overview',
      'https://portal.azure.com/#view/HubsExtension/BrowseResource/assetId/%252Fsubscriptions%252Fc0000000-0000-4000-8000-00000000c0de%252Ffabrikam',
      'https://admin.exchange.microsoft.com/#/mailboxes/:/MailboxDetails/alex.wilber%40contoso.com',
      'https://portal.azure.com/#view/x/c0000000-0000-4000-8000-00000000c0de/fab00000-0000-4000-8000-000000000001',
    ];
    for (const url of urls) {
      const redacted = redactUrl(url);
      for (const secret of PERSONAL) expect(redacted).not.toContain(secret);
    }
  });
});
