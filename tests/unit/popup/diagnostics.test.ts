import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildMatchIndex } from '../../../lib/context/match-index';
import { buildDiagnostics, redactUrl } from '../../../lib/popup/diagnostics';
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

describe('the diagnostics report', () => {
  it('holds no names, emails, phone numbers, tenant names or domains, and only hashed tenant IDs', async () => {
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
      },
      hash,
    );
    for (const secret of PERSONAL) expect(report).not.toContain(secret);
    const parsed = JSON.parse(report);
    expect(parsed.context.kind).toBe('customer');
    expect(parsed.context.tenantIdHash).toBe(await hash('c0000000-0000-4000-8000-00000000c0de'));
    expect(parsed.frames[0].fields).toContainEqual({ id: 'email', control: 'text', filled: true, disabled: false });
    expect(parsed.findings).toContain('customer-contact-details');
  });

  it.each([
    ['https://portal.azure.com/contoso.onmicrosoft.com/#home', 'portal.azure.com/<tenant>/#home'],
    ['https://portal.azure.com/#@contoso.onmicrosoft.com/view/x?y=1', 'portal.azure.com/#@<tenant>/view/x'],
    ['https://admin.cloud.microsoft/?delegatedOrg=contoso.onmicrosoft.com#/support', 'admin.cloud.microsoft/#/support'],
    ['not a url', '<invalid url>'],
  ])('reduces %s to %s', (url, expected) => {
    expect(redactUrl(url)).toBe(expected);
  });
});
