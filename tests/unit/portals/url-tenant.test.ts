import { describe, expect, it } from 'vitest';
import { tenantsFromUrl } from '../../../lib/portals';

const CONTOSO_ID = 'c0000000-0000-4000-8000-00000000c0de';
const CONTOSO = { domain: 'contoso.onmicrosoft.com' };

describe('tenants named by URLs', () => {
  it.each([
    [
      'https://portal.azure.com/#@contoso.onmicrosoft.com/home',
      [{ source: 'url-hash', tenant: { domain: 'contoso.onmicrosoft.com' } }],
    ],
    [
      `https://portal.azure.com/#@${CONTOSO_ID.toUpperCase()}/home`,
      [{ source: 'url-hash', tenant: { id: CONTOSO_ID } }],
    ],
    [
      'https://portal.azure.com/contoso.onmicrosoft.com/#home',
      [{ source: 'url-path', tenant: { domain: 'contoso.onmicrosoft.com' } }],
    ],
    [`https://portal.azure.us/${CONTOSO_ID}/`, [{ source: 'url-path', tenant: { id: CONTOSO_ID } }]],
    [
      'https://entra.microsoft.com/contoso.onmicrosoft.com/#home',
      [{ source: 'url-path', tenant: { domain: 'contoso.onmicrosoft.com' } }],
    ],
    [
      'https://aad.portal.azure.com/Contoso.OnMicrosoft.com',
      [{ source: 'url-path', tenant: { domain: 'contoso.onmicrosoft.com' } }],
    ],
    [`https://intune.microsoft.com/${CONTOSO_ID}/`, [{ source: 'url-path', tenant: { id: CONTOSO_ID } }]],
    [
      'https://admin.cloud.microsoft/?delegatedOrg=contoso.onmicrosoft.com#/homepage',
      [{ source: 'url-delegated-org', tenant: { domain: 'contoso.onmicrosoft.com' } }],
    ],
    [
      'https://admin.exchange.microsoft.com/?page=1&DELEGATEDORG=contoso.onmicrosoft.com',
      [{ source: 'url-delegated-org', tenant: { domain: 'contoso.onmicrosoft.com' } }],
    ],
    [
      'https://admin.teams.microsoft.com/?delegatedOrg=contoso%2Eonmicrosoft%2Ecom',
      [{ source: 'url-delegated-org', tenant: { domain: 'contoso.onmicrosoft.com' } }],
    ],
    [
      `https://admin.microsoft.com/Partner/BeginClientSession.aspx?CTID=${CONTOSO_ID}&CSDEST=Support`,
      [{ source: 'url-client-session', tenant: { id: CONTOSO_ID } }],
    ],
    [
      `https://portal.office.com/Partner/BeginClientSession.aspx?CTID=${CONTOSO_ID}&CSDEST=o365admincenter`,
      [{ source: 'url-client-session', tenant: { id: CONTOSO_ID } }],
    ],
    [
      `https://portal.office.com/partner/beginclientsession.aspx?ctid=${CONTOSO_ID}&CSDEST=Exchange`,
      [{ source: 'url-client-session', tenant: { id: CONTOSO_ID } }],
    ],
    ['https://portal.azure.us/#@contoso.onmicrosoft.com/home', [{ source: 'url-hash', tenant: CONTOSO }]],
    [`https://portal.azure.us/#@${CONTOSO_ID}/resource/x`, [{ source: 'url-hash', tenant: { id: CONTOSO_ID } }]],
    [
      'https://admin.microsoft.com/?delegatedOrg=contoso.onmicrosoft.com#/homepage',
      [{ source: 'url-delegated-org', tenant: CONTOSO }],
    ],
    [
      'https://admin.microsoft.com/AdminPortal/Home?delegatedOrg=contoso.onmicrosoft.com#/support',
      [{ source: 'url-delegated-org', tenant: CONTOSO }],
    ],
    ['https://endpoint.microsoft.com/contoso.onmicrosoft.com/#home', [{ source: 'url-path', tenant: CONTOSO }]],
    [`https://endpoint.microsoft.com/${CONTOSO_ID}/#home`, [{ source: 'url-path', tenant: { id: CONTOSO_ID } }]],
    [
      'https://admin.exchange.microsoft.com/?landingpage=mailboxes&form=mac_sidebar&delegatedOrg=contoso.onmicrosoft.com#',
      [{ source: 'url-delegated-org', tenant: CONTOSO }],
    ],
    [
      'https://admin.teams.microsoft.com/dashboard?delegatedOrg=contoso.onmicrosoft.com',
      [{ source: 'url-delegated-org', tenant: CONTOSO }],
    ],
    [
      `https://admin.teams.microsoft.com/users?delegatedOrg=${CONTOSO_ID}`,
      [{ source: 'url-delegated-org', tenant: { id: CONTOSO_ID } }],
    ],
    [
      `https://admin.microsoft.com/AdminPortal/Home?tid=${CONTOSO_ID}`,
      [{ source: 'url-tid', tenant: { id: CONTOSO_ID } }],
    ],
    [
      `https://admin.microsoft.com/AdminPortal/Home?ctid=${CONTOSO_ID}`,
      [{ source: 'url-ctid', tenant: { id: CONTOSO_ID } }],
    ],
    // ?tid= selects the tenant on Defender and Purview (portal-facts: B, CIPP issue 1646).
    [`https://security.microsoft.com/homepage?tid=${CONTOSO_ID}`, [{ source: 'url-tid', tenant: { id: CONTOSO_ID } }]],
    [
      `https://security.microsoft.us/incidents?TID=${CONTOSO_ID.toUpperCase()}`,
      [{ source: 'url-tid', tenant: { id: CONTOSO_ID } }],
    ],
    ['https://security.microsoft.com/homepage?tid=contoso.onmicrosoft.com', [{ source: 'url-tid', tenant: CONTOSO }]],
    [`https://purview.microsoft.com/?tid=${CONTOSO_ID}`, [{ source: 'url-tid', tenant: { id: CONTOSO_ID } }]],
    [
      `https://compliance.microsoft.com/homepage?tid=${CONTOSO_ID}`,
      [{ source: 'url-tid', tenant: { id: CONTOSO_ID } }],
    ],
    [`https://compliance.microsoft.us/?tid=${CONTOSO_ID}`, [{ source: 'url-tid', tenant: { id: CONTOSO_ID } }]],
  ])('%s', (url, expected) => {
    expect(tenantsFromUrl(new URL(url))).toEqual(expected);
  });

  it.each([
    // ?tid= does not select the tenant on portal.azure.com (portal-facts: B, CIPP issue 1646).
    [`https://portal.azure.com/?tid=${CONTOSO_ID}#home`],
    ['https://portal.azure.com/#@/home'],
    ['https://portal.azure.com/#view/Microsoft_Azure_Support/NewSupportRequestV3Blade'],
    ['https://portal.azure.com/signin/index/'],
    ['https://portal.azure.com/#@not a tenant/home'],
    ['https://entra.microsoft.com/#home'],
    ['https://admin.cloud.microsoft/?delegatedOrg=#/homepage'],
    ['https://admin.cloud.microsoft/?delegatedOrg=%E0%A4%A#/homepage'],
    ['https://admin.microsoft.com/Partner/BeginClientSession.aspx?CTID=garbage'],
    ['https://partner.microsoft.com/dashboard/v2/customers/list?tid=x'],
    ['https://sandbox-1.reactblade.portal.azure.net/contoso.onmicrosoft.com/'],
    // File names and portal routes look like domains but are not tenants.
    ['https://portal.azure.com/index.html'],
    ['https://portal.azure.com/Default.aspx#home'],
    ['https://portal.azure.com/favicon.ico'],
    ['https://portal.azure.com/robots.txt'],
    ['https://portal.azure.com/ms.portal'],
    ['https://portal.azure.com/#@ms.portal/home'],
    ['https://portal.azure.us/site.webmanifest'],
    ['https://entra.microsoft.com/index.html#home'],
    ['https://intune.microsoft.com/bundle.min.js'],
    ['https://endpoint.microsoft.com/styles.css'],
    ['https://aad.portal.azure.com/server.local/'],
    ['https://admin.cloud.microsoft/?delegatedOrg=contoso.internal#/homepage'],
    ['https://admin.microsoft.com/?delegatedOrg=readme.txt'],
    // Defender and Purview read ?tid= only, and only a tenant; the Power Platform admin center names none.
    ['https://security.microsoft.com/homepage'],
    ['https://security.microsoft.com/homepage?tid=garbage'],
    [`https://security.microsoft.com/${CONTOSO_ID}/homepage`],
    [`https://security.microsoft.com/homepage?delegatedOrg=${CONTOSO_ID}`],
    [`https://purview.microsoft.com/#@contoso.onmicrosoft.com/home`],
    [`https://compliance.microsoft.com/?ctid=${CONTOSO_ID}`],
    [`https://admin.powerplatform.microsoft.com/environments?tid=${CONTOSO_ID}`],
    [`https://admin.powerplatform.microsoft.com/${CONTOSO_ID}/environments`],
  ])('%s names no tenant', (url) => {
    expect(tenantsFromUrl(new URL(url))).toEqual([]);
  });

  it('prefers #@ over the path when both are present', () => {
    expect(
      tenantsFromUrl(new URL('https://portal.azure.com/fabrikam.com/#@contoso.onmicrosoft.com/home')).map(
        (t) => t.source,
      ),
    ).toEqual(['url-hash', 'url-path']);
  });

  it.each([
    ['contoso.md', 'a country-code domain that is also a file extension'],
    ['contoso.consulting', 'a long generic top-level domain'],
    ['contoso.onmicrosoft.us', 'an Azure Government tenant domain'],
  ])('still reads %s as a tenant (%s)', (domain) => {
    expect(tenantsFromUrl(new URL(`https://portal.azure.com/#@${domain}/home`))).toEqual([
      { source: 'url-hash', tenant: { domain } },
    ]);
  });
});
