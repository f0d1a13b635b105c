import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMatchIndex, isPartnerDomain } from '../../../lib/context/match-index';
import { normalizeName } from '../../../lib/context/normalize';
import { resolveContext } from '../../../lib/context/resolve';
import type { ContextKind, Signal, SignalSource } from '../../../lib/context/types';
import { settingsSchema } from '../../../lib/settings/schema';

const PARTNER_ID = 'fab00000-0000-4000-8000-000000000001';
const CONTOSO_ID = 'c0000000-0000-4000-8000-00000000c0de';
const FOREIGN_ID = 'a0000000-0000-4000-8000-0000000000aa';

const settings = settingsSchema.parse({
  partner: {
    name: 'Fabrikam Cloud Services',
    tenantIds: [PARTNER_ID],
    domains: ['fabrikam.com', 'fabrikamcsp.onmicrosoft.com'],
  },
  customers: [
    { name: 'Contoso Ltd', tenantId: CONTOSO_ID, domains: ['contoso.onmicrosoft.com', 'contoso.com'] },
    { name: 'Twin Corp', tenantId: 'b0000000-0000-4000-8000-000000000001' },
    { name: 'Twin Corp', tenantId: 'b0000000-0000-4000-8000-000000000002' },
  ],
});
const index = buildMatchIndex(settings);

const signal = (
  source: SignalSource,
  tenant: Signal['tenant'],
  observedAt = 1000,
  extra: Partial<Signal> = {},
): Signal => ({
  source,
  tenant,
  observedAt,
  ...extra,
});

describe('resolveContext', () => {
  it.each<[string, Signal[], ContextKind, string | undefined]>([
    ['own by tenant ID', [signal('dom-account-title', { id: PARTNER_ID })], 'own', undefined],
    ['own by domain', [signal('url-hash', { domain: 'fabrikamcsp.onmicrosoft.com' })], 'own', undefined],
    ['own by name', [signal('dom-tenant-name', { name: 'FABRIKAM CLOUD SERVICES' })], 'own', undefined],
    ['customer by ID', [signal('url-client-session', { id: CONTOSO_ID })], 'customer', 'Contoso Ltd'],
    ['customer by any domain', [signal('url-delegated-org', { domain: 'contoso.com' })], 'customer', 'Contoso Ltd'],
    [
      'customer by name with a trailing domain',
      [signal('dom-tenant-name', { name: 'contoso ltd (contoso.onmicrosoft.com)' })],
      'customer',
      'Contoso Ltd',
    ],
    ['unlisted by foreign ID', [signal('dom-account-title', { id: FOREIGN_ID })], 'unlisted', undefined],
    [
      'unlisted by foreign domain',
      [signal('url-path', { domain: 'northwind.onmicrosoft.com' })],
      'unlisted',
      undefined,
    ],
    ['unknown without signals', [], 'unknown', undefined],
    [
      'unknown for a name that matches nothing',
      [signal('dom-tenant-name', { name: 'Someone Else' })],
      'unknown',
      undefined,
    ],
    ['unknown for an ambiguous name', [signal('dom-tenant-name', { name: 'Twin Corp' })], 'unknown', undefined],
    [
      'unknown for a UPN alone',
      [signal('dom-username', {}, 1, { userPrincipalName: 'alex@fabrikam.com' })],
      'unknown',
      undefined,
    ],
  ])('%s', (_name, signals, kind, customer) => {
    const context = resolveContext(signals, index);
    expect(context.kind).toBe(kind);
    expect(context.customer?.name).toBe(customer);
    expect(context.evidence.length).toBeGreaterThan(0);
    for (const item of context.evidence) expect(item.message.key).toMatch(/^context_/);
  });

  it('lets a fresher signal win a conflict and keeps the conflict visible', () => {
    const context = resolveContext(
      [
        signal('url-path', { domain: 'contoso.onmicrosoft.com' }, 0),
        signal('dom-tenant-name', { name: 'Fabrikam Cloud Services' }, 5000),
      ],
      index,
    );
    expect(context.kind).toBe('own');
    expect(context.evidence.find((item) => item.verdict === 'conflicts')?.source).toBe('url-path');
    expect(context.confidence).not.toBe('high');
  });

  it('lets a stronger signal win among signals of the same moment', () => {
    const context = resolveContext(
      [signal('dom-tenant-name', { name: 'Contoso Ltd' }, 1000), signal('dom-account-title', { id: PARTNER_ID }, 1200)],
      index,
    );
    expect(context.kind).toBe('own');
    expect(context.evidence.some((item) => item.verdict === 'conflicts')).toBe(true);
  });

  it('calls a partner user in a customer tenant delegated, not own', () => {
    const context = resolveContext(
      [
        signal('url-hash', { domain: 'contoso.onmicrosoft.com' }),
        signal('dom-username', {}, 1000, { userPrincipalName: 'alex@fabrikam.com' }),
      ],
      index,
    );
    expect(context.kind).toBe('customer');
    expect(context.delegated).toBe(true);
    expect(context.evidence.at(-1)?.message.key).toBe('context_evidence_delegated');
    const own = resolveContext(
      [
        signal('url-hash', { domain: 'fabrikam.com' }),
        signal('dom-username', {}, 1000, { userPrincipalName: 'alex@fabrikam.com' }),
      ],
      index,
    );
    expect(own.delegated).toBeUndefined();
  });

  it('merges agreeing signals into one tenant description', () => {
    const context = resolveContext(
      [
        signal('url-hash', { domain: 'contoso.onmicrosoft.com' }),
        signal('dom-tenant-name', { name: 'CONTOSO LTD' }),
        signal('dom-account-title', { id: CONTOSO_ID }),
      ],
      index,
    );
    expect(context.tenant).toEqual({ domain: 'contoso.onmicrosoft.com', name: 'CONTOSO LTD', id: CONTOSO_ID });
    expect(context.confidence).toBe('high');
  });

  it('names an unlisted tenant after the header shown with it', () => {
    const context = resolveContext(
      [signal('url-hash', { domain: 'northwind.onmicrosoft.com' }), signal('dom-tenant-name', { name: 'NORTHWIND' })],
      index,
    );
    expect(context.kind).toBe('unlisted');
    expect(context.tenant?.name).toBe('NORTHWIND');
  });

  it('takes a remembered tab intent when nothing newer says otherwise', () => {
    expect(resolveContext([signal('tab-intent', { id: CONTOSO_ID })], index)).toMatchObject({
      kind: 'customer',
      confidence: 'low',
    });
  });

  it('says setup is needed instead of guessing when the partner tenant is unknown', () => {
    const context = resolveContext(
      [signal('url-hash', { domain: 'contoso.onmicrosoft.com' })],
      buildMatchIndex(settingsSchema.parse({})),
    );
    expect(context).toMatchObject({ kind: 'unknown', setupNeeded: true });
    expect(context.evidence[0]!.message.key).toBe('context_evidence_setup_needed');
  });

  it('never throws and answers unknown without signals', () => {
    const tenant = fc.record(
      {
        id: fc.option(fc.oneof(fc.uuid(), fc.string()), { nil: undefined }),
        domain: fc.option(fc.oneof(fc.domain(), fc.string()), { nil: undefined }),
        name: fc.option(fc.string(), { nil: undefined }),
      },
      { requiredKeys: [] },
    );
    const sources: SignalSource[] = [
      'url-hash',
      'url-path',
      'url-delegated-org',
      'url-tid',
      'url-ctid',
      'url-client-session',
      'tab-intent',
      'dom-tenant-name',
      'dom-username',
      'dom-account-title',
      'dom-directory-name',
      'msal-realm',
      'msal-home',
      'user',
    ];
    const anySignal = fc.record({
      source: fc.constantFrom(...sources),
      tenant,
      observedAt: fc.integer({ min: 0, max: 10_000 }),
      userPrincipalName: fc.option(fc.emailAddress(), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(anySignal, { maxLength: 8 }), (signals) => {
        const context = resolveContext(signals as Signal[], index);
        expect(['own', 'customer', 'unlisted', 'unknown']).toContain(context.kind);
      }),
    );
    expect(resolveContext([], index).kind).toBe('unknown');
  });
});

describe('the match index', () => {
  it.each([
    ['fabrikam.com', true],
    ['support.fabrikam.com', true],
    ['FABRIKAM.COM', true],
    ['fabrikam.com.evil.net', false],
    ['notfabrikam.com', false],
    ['contoso.com', false],
  ])('%s is a partner domain: %s', (domain, expected) => {
    expect(isPartnerDomain(index, domain)).toBe(expected);
  });

  it('normalises display names', () => {
    expect(normalizeName('  Contoso\u202e  Ltd (contoso.onmicrosoft.com) ')).toBe('contoso ltd');
  });

  it('resolves with 5,000 customers and 20,000 domains', () => {
    const customers = Array.from({ length: 5000 }, (_, n) => ({
      name: `Customer ${n}`,
      tenantId: `${n.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`,
      domains: [0, 1, 2, 3].map((d) => `c${n}-${d}.example`),
    }));
    const large = buildMatchIndex(settingsSchema.parse({ partner: settings.partner, customers }));
    expect(resolveContext([signal('url-path', { domain: 'c4321-3.example' })], large).customer?.name).toBe(
      'Customer 4321',
    );
    expect(resolveContext([signal('url-ctid', { id: customers[17]!.tenantId })], large).customer?.name).toBe(
      'Customer 17',
    );
    expect(resolveContext([signal('dom-tenant-name', { name: 'customer 2500' })], large).customer?.name).toBe(
      'Customer 2500',
    );
  });
});
