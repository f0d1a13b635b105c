import { describe, expect, it } from 'vitest';
import { resolveFixLink, textFragment, type FixLinkInput } from '../../../lib/overlay/fix-links';
import { PARTNER_CENTER_ROUTES } from '../../../lib/portals/modules/partner-center';

const GDAP = 'https://partner.microsoft.com/dashboard/v2/customers/granularadminaccess/list';
const CONTOSO_ID = 'c0000000-0000-4000-8000-00000000c0de';

describe('Partner Center links', () => {
  it.each<[string, FixLinkInput, string]>([
    [
      'admin relationships of a known customer: the GDAP list, scrolled to its name',
      { target: 'partner-center-admin-relationships', customerTenantId: CONTOSO_ID, customerName: 'Contoso Ltd' },
      `${GDAP}#:~:text=Contoso%20Ltd`,
    ],
    [
      'a name with the directive delimiters - , & escaped',
      { target: 'partner-center-admin-relationships', customerName: 'A-B, C & D' },
      `${GDAP}#:~:text=A%2DB%2C%20C%20%26%20D`,
    ],
    [
      'an unlisted tenant ID alone: the GDAP list unscrolled',
      { target: 'partner-center-admin-relationships', customerTenantId: CONTOSO_ID },
      GDAP,
    ],
    ['nothing known', { target: 'partner-center-admin-relationships' }, GDAP],
    ['a blank name', { target: 'partner-center-admin-relationships', customerName: '  ' }, GDAP],
    [
      'the customer list',
      { target: 'partner-center-customers' },
      'https://partner.microsoft.com/dashboard/v2/customers/list',
    ],
    [
      'the service requests, for following up',
      { target: 'partner-center-service-requests' },
      'https://partner.microsoft.com/dashboard/v2/support/servicerequests',
    ],
  ])('%s', (_name, input, href) => {
    expect(resolveFixLink(input)).toMatchObject({ kind: 'url', href });
  });

  it('never links the admin-relationships path no public tool uses', () => {
    const link = resolveFixLink({
      target: 'partner-center-admin-relationships',
      customerTenantId: CONTOSO_ID,
      customerName: 'Contoso Ltd',
    });
    expect(link?.kind === 'url' && link.href).not.toMatch(/\/v2\/customers\/[^/]+\/adminrelationships/);
  });

  it('keeps the customer-specific pages as data, each with its evidence level', () => {
    expect(
      Object.fromEntries(
        Object.entries(PARTNER_CENTER_ROUTES).map(([name, route]) => [
          name,
          [(route.path as (id: string) => string)(CONTOSO_ID), route.evidence],
        ]),
      ),
    ).toEqual({
      customerList: ['/dashboard/v2/customers/list', 'B'],
      gdapList: ['/dashboard/v2/customers/granularadminaccess/list', 'B'],
      serviceRequests: ['/dashboard/v2/support/servicerequests', 'A'],
      customerServiceManagement: [`/dashboard/v2/customers/${CONTOSO_ID}/servicemanagementpage`, 'B'],
      customerAccount: [`/dashboard/v2/customers/${CONTOSO_ID}/account`, 'B'],
      customerAdminRelationships: [`/dashboard/commerce2/customers/${CONTOSO_ID}/adminrelationships`, 'C'],
    });
  });

  it('makes no fragment of nothing', () => {
    expect(textFragment('')).toBe('');
  });
});
