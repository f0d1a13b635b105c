import { describe, expect, it } from 'vitest';
import type { TenantContext } from '../../../lib/context/types';
import { composeTitle, portalTitle, titlePrefix } from '../../../lib/display/tab-title';

const labels = { own: 'Own tenant', unlisted: 'Unlisted' };
const base = { confidence: 'high', evidence: [] } as const;
const customer: TenantContext = {
  ...base,
  kind: 'customer',
  tenant: { id: '5c1e0d7a-3b2f-4c8e-9a1d-6f4b2e8c0a13' },
  customer: {
    name: 'Contoso Ltd',
    tenantId: '5c1e0d7a-3b2f-4c8e-9a1d-6f4b2e8c0a13',
    domains: [],
    gdap: { status: 'active', roles: [] },
    directSubscriptions: 'none',
  },
};

describe('the tab title prefix', () => {
  it('names the customer, the own tenant, the unlisted tenant, and nothing for unknown', () => {
    expect(titlePrefix(customer, labels)).toBe('[Contoso Ltd] ');
    expect(titlePrefix({ ...base, kind: 'own' }, labels)).toBe('[Own tenant] ');
    expect(titlePrefix({ ...base, kind: 'unlisted', tenant: { name: 'Woodgrove' } }, labels)).toBe(
      '[Unlisted: Woodgrove] ',
    );
    expect(titlePrefix({ ...base, kind: 'unlisted', tenant: { domain: 'woodgrove.com' } }, labels)).toBe(
      '[Unlisted: woodgrove.com] ',
    );
    expect(titlePrefix({ ...base, kind: 'unknown' }, labels)).toBeNull();
    expect(titlePrefix({ ...base, kind: 'unknown', setupNeeded: true }, labels)).toBeNull();
  });

  it('keeps hostile names short and plain', () => {
    const prefix = titlePrefix(
      { ...base, kind: 'unlisted', tenant: { name: `\u202e${'x'.repeat(10_000)}]` } },
      labels,
    )!;
    expect(prefix.length).toBeLessThan(60);
    expect(prefix).not.toContain('\u202e');
    expect(prefix.match(/]/g)).toHaveLength(1);
  });
});

describe('composing the title', () => {
  it('adds the prefix once, however often it is applied', () => {
    let title = 'Home - Microsoft Azure';
    const applied = new Set<string>();
    for (let n = 0; n < 5; n += 1) {
      applied.add('[Contoso Ltd] ');
      title = composeTitle(title, '[Contoso Ltd] ', applied);
    }
    expect(title).toBe('[Contoso Ltd] Home - Microsoft Azure');
  });

  it('is not doubled when the portal builds its new title from ours', () => {
    const applied = ['[Contoso Ltd] '];
    expect(composeTitle('[Contoso Ltd] [Contoso Ltd] Users', '[Contoso Ltd] ', applied)).toBe('[Contoso Ltd] Users');
  });

  it('replaces the old prefix when the context changes', () => {
    const applied = ['[Contoso Ltd] ', '[Own tenant] '];
    expect(composeTitle('[Contoso Ltd] Users', '[Own tenant] ', applied)).toBe('[Own tenant] Users');
  });

  it("restores the portal's own title when there is no prefix", () => {
    expect(composeTitle('[Contoso Ltd] Users', null, ['[Contoso Ltd] '])).toBe('Users');
    expect(portalTitle('[Something else] Users', ['[Contoso Ltd] '])).toBe('[Something else] Users');
  });
});
