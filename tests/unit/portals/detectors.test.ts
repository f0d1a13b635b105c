import { describe, expect, it } from 'vitest';
import { PORTALS, detectPage, embeddingPortal, portalFor } from '../../../lib/portals';
import { PORTAL_HOSTS } from '../../../lib/portals/hosts';
import type { PageKind, PortalId } from '../../../lib/portals/types';

/** Each portal's own URLs, with the page kind each must be detected as. */
const URLS: Record<PortalId, [string, PageKind][]> = {
  azure: [
    ['https://portal.azure.com/', 'other'],
    ['https://portal.azure.com/#home', 'other'],
    ['https://portal.azure.com/#@contoso.onmicrosoft.com/resource/subscriptions/1/overview', 'other'],
    ['https://portal.azure.com/#view/Microsoft_Azure_Support/NewSupportRequestV3Blade', 'support-request'],
    [
      'https://portal.azure.com/#view/Microsoft_Azure_Support/NewSupportRequestV3Blade/subscriptionId/1/productId/2/issueType/technical',
      'support-request',
    ],
    ['https://portal.azure.com/#view/Microsoft_Azure_Support/NewSupportRequestV4Blade', 'support-request'],
    [
      'https://portal.azure.com/#blade/Microsoft_Azure_Support/HelpAndSupportBlade/newsupportrequest',
      'support-request',
    ],
    [
      'https://portal.azure.com/contoso.onmicrosoft.com/#view/Microsoft_Azure_Support/NewSupportRequestV3Blade',
      'support-request',
    ],
    ['https://portal.azure.com/#view/Microsoft_Azure_Support/HelpAndSupportBlade/~/overview', 'support-overview'],
    [
      'https://portal.azure.com/#view/Microsoft_Azure_Support/HelpAndSupportBlade/~/supportRequests',
      'support-follow-up',
    ],
  ],
  'azure-gov': [
    ['https://portal.azure.us/', 'other'],
    ['https://portal.azure.us/#view/Microsoft_Azure_Support/NewSupportRequestV3Blade', 'support-request'],
    ['https://portal.azure.us/#@contoso.onmicrosoft.us/home', 'other'],
    [
      'https://portal.azure.us/#@contoso.onmicrosoft.us/view/Microsoft_Azure_Support/NewSupportRequestV3Blade',
      'support-request',
    ],
  ],
  'azure-frame': [
    ['https://sandbox-1.reactblade.portal.azure.net/', 'other'],
    ['https://sandbox-42.reactblade-ms.portal.azure.net/?l=nl', 'other'],
    ['https://sandbox-3.reactblade-rc.portal.azure.net/#x', 'other'],
    ['https://afd.hosting.portal.azure.net/support/', 'other'],
    ['https://support.ext.azure.com/', 'other'],
  ],
  entra: [
    ['https://entra.microsoft.com/', 'other'],
    ['https://entra.microsoft.com/contoso.onmicrosoft.com/#home', 'other'],
    ['https://entra.microsoft.com/#view/Microsoft_Azure_Support/NewSupportRequestV3Blade', 'support-request'],
    ['https://aad.portal.azure.com/contoso.onmicrosoft.com', 'other'],
  ],
  intune: [
    ['https://intune.microsoft.com/', 'other'],
    ['https://intune.microsoft.com/#view/Microsoft_Azure_Support/NewSupportRequestV3Blade', 'support-request'],
    ['https://endpoint.microsoft.com/c0000000-0000-4000-8000-00000000c0de/#home', 'other'],
    ['https://endpoint.microsoft.com/contoso.onmicrosoft.com/#home', 'other'],
    ['https://endpoint.microsoft.com/#view/Microsoft_Azure_Support/NewSupportRequestV3Blade', 'support-request'],
  ],
  'm365-admin': [
    ['https://admin.microsoft.com/AdminPortal/Home#/homepage', 'other'],
    ['https://admin.microsoft.com/AdminPortal/Home#/support', 'support-request'],
    ['https://admin.cloud.microsoft/?delegatedOrg=contoso.onmicrosoft.com#/support', 'support-request'],
    ['https://admin.cloud.microsoft/#/homepage', 'other'],
    [
      'https://admin.microsoft.com/Partner/BeginClientSession.aspx?CTID=c0000000-0000-4000-8000-00000000c0de&CSDEST=o365admincenter',
      'client-session-entry',
    ],
    ['https://admin.microsoft.com/AdminPortal/Home#/supporttickets', 'support-follow-up'],
    ['https://admin.microsoft.com/?delegatedOrg=contoso.onmicrosoft.com#/homepage', 'other'],
    ['https://admin.microsoft.com/AdminPortal/Home?delegatedOrg=contoso.onmicrosoft.com#/support', 'support-request'],
  ],
  'exchange-admin': [
    ['https://admin.exchange.microsoft.com/?delegatedOrg=contoso.onmicrosoft.com#/mailboxes', 'other'],
    ['https://admin.exchange.microsoft.com/', 'other'],
    [
      'https://admin.exchange.microsoft.com/?landingpage=mailboxes&form=mac_sidebar&delegatedOrg=contoso.onmicrosoft.com#',
      'other',
    ],
  ],
  'teams-admin': [
    ['https://admin.teams.microsoft.com/?delegatedOrg=contoso.onmicrosoft.com', 'other'],
    ['https://admin.teams.microsoft.com/dashboard', 'other'],
    ['https://admin.teams.microsoft.com/users?delegatedOrg=contoso.onmicrosoft.com', 'other'],
  ],
  office: [
    // Partner Center's client-session entry passes through portal.office.com as well as the admin center.
    [
      'https://portal.office.com/Partner/BeginClientSession.aspx?CTID=c0000000-0000-4000-8000-00000000c0de&CSDEST=o365admincenter',
      'client-session-entry',
    ],
    ['https://portal.office.com/partner/beginclientsession.aspx', 'client-session-entry'],
    ['https://portal.office.com/', 'other'],
  ],
  'partner-center': [
    ['https://partner.microsoft.com/dashboard/v2/customers/list', 'customer-list'],
    ['https://partner.microsoft.com/dashboard/home', 'other'],
  ],
  defender: [
    ['https://security.microsoft.com/', 'other'],
    ['https://security.microsoft.com/homepage?tid=c0000000-0000-4000-8000-00000000c0de', 'other'],
    ['https://security.microsoft.com/incidents?tid=contoso.onmicrosoft.com', 'other'],
    ['https://security.microsoft.us/homepage?tid=c0000000-0000-4000-8000-00000000c0de', 'other'],
  ],
  purview: [
    ['https://purview.microsoft.com/?tid=c0000000-0000-4000-8000-00000000c0de', 'other'],
    ['https://purview.microsoft.com/datalossprevention/policies', 'other'],
    ['https://compliance.microsoft.com/homepage?tid=c0000000-0000-4000-8000-00000000c0de', 'other'],
    ['https://compliance.microsoft.us/homepage', 'other'],
  ],
  'power-platform': [
    ['https://admin.powerplatform.microsoft.com/', 'other'],
    ['https://admin.powerplatform.microsoft.com/environments', 'other'],
  ],
};

const NOT_PORTALS = [
  'http://portal.azure.com/',
  'https://portal.azure.com.evil.net/',
  'https://evilportal.azure.com/',
  'https://reactblade.portal.azure.net.evil.net/',
  'https://reactblade.portal.azure.net/',
  // Defender and Purview are portals since issue 15; their look-alikes and unlisted variants are not.
  'https://security.microsoft.com.evil.net/?tid=c0000000-0000-4000-8000-00000000c0de',
  'https://evilsecurity.microsoft.com/',
  'http://security.microsoft.com/',
  'https://security.apps.mil/',
  'https://purview.microsoft.us/',
  'https://compliance.microsoft.com.evil.net/',
  'https://make.powerplatform.microsoft.com/',
  'https://login.microsoftonline.com/',
  'https://example.com/#view/Microsoft_Azure_Support/NewSupportRequestV3Blade',
  'https://admin.microsoft.com.evil.net/',
];

describe('portal detectors', () => {
  for (const [id, urls] of Object.entries(URLS) as [PortalId, [string, PageKind][]][]) {
    describe(id, () => {
      it.each(urls)('%s is %s, and no other portal claims it', (url, page) => {
        const parsed = new URL(url);
        const claims = PORTALS.filter((portal) => portal.detect(parsed) !== null).map((portal) => portal.id);
        expect(claims).toEqual([id]);
        expect(detectPage(parsed)).toMatchObject({ portal: id, page });
      });
    });
  }

  it('marks support-request pages with their form', () => {
    expect(detectPage(new URL(URLS.azure[3]![0]))?.supportForm).toBe('azure');
    expect(detectPage(new URL(URLS['m365-admin'][1]![0]))?.supportForm).toBe('m365');
    expect(detectPage(new URL(URLS.azure[0]![0]))?.supportForm).toBeUndefined();
  });

  it.each(NOT_PORTALS)('%s belongs to no portal', (url) => {
    const parsed = new URL(url);
    expect(PORTALS.filter((portal) => portal.detect(parsed) !== null)).toEqual([]);
    expect(portalFor(parsed)).toBeNull();
  });

  it('covers every manifest host with exactly one module, and nothing more', () => {
    for (const { pattern } of PORTAL_HOSTS) {
      const url = new URL(pattern.replace('*.', 'sample.').replace(/\/\*$/, '/'));
      expect(PORTALS.filter((portal) => portal.hosts.includes(url)).length, pattern).toBe(1);
    }
    const manifestHosts = PORTAL_HOSTS.map(({ pattern }) => pattern);
    expect(PORTALS.flatMap((portal) => portal.hosts.entries.map(({ pattern }) => pattern)).sort()).toEqual(
      [...manifestHosts].sort(),
    );
  });

  it("says on the Power Platform admin center that the context comes from the tab's intent", () => {
    expect(detectPage(new URL('https://admin.powerplatform.microsoft.com/environments'))?.contextNote).toBe(
      'context_note_no_url_tenant',
    );
    expect(detectPage(new URL('https://security.microsoft.com/'))?.contextNote).toBeUndefined();
  });

  it('tells which portal embeds a frame', () => {
    expect(embeddingPortal(['https://portal.azure.com'], '')).toBe('azure');
    expect(embeddingPortal(['https://sandbox-1.reactblade.portal.azure.net', 'https://entra.microsoft.com'], '')).toBe(
      'entra',
    );
    expect(embeddingPortal([], 'https://intune.microsoft.com/')).toBe('intune');
    expect(embeddingPortal([], 'not a url')).toBeNull();
  });
});
