import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMatchIndex, isPartnerDomain } from '../../../lib/context/match-index';
import { normalizeName } from '../../../lib/context/normalize';
import { resolveContext } from '../../../lib/context/resolve';
import type { Confidence, ContextKind, TenantContext } from '../../../lib/context/types';
import { SIGNAL_SOURCES, type Signal, type SignalSource } from '../../../lib/model/tenant';
import { settingsSchema } from '../../../lib/settings/schema';

const PARTNER_ID = 'fab00000-0000-4000-8000-000000000001';
const CONTOSO_ID = 'c0000000-0000-4000-8000-00000000c0de';
const FOREIGN_ID = 'a0000000-0000-4000-8000-0000000000aa';
const CONTOSO = { domain: 'contoso.onmicrosoft.com' };
const NORTHWIND = { domain: 'northwind.onmicrosoft.com' };
const OWN_DOMAIN = { domain: 'fabrikamcsp.onmicrosoft.com' };
const PARTNER_UPN = { userPrincipalName: 'alex@fabrikam.com' };

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
    const anySignal = fc.record({
      // Every kind of signal there is (lib/model), so a new source is covered without a copy here.
      source: fc.constantFrom(...SIGNAL_SOURCES),
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

/** The sources whose evidence says they conflict, each once, sorted. */
function conflictSources(context: TenantContext): SignalSource[] {
  return [
    ...new Set(context.evidence.filter((item) => item.verdict === 'conflicts').map((item) => item.source)),
  ].sort();
}

interface Row {
  readonly signals: Signal[];
  readonly kind: ContextKind;
  readonly confidence: Confidence;
  readonly customer?: string;
  /** Sources listed as conflicting in the evidence; none when left out. */
  readonly conflicts?: SignalSource[];
  readonly delegated?: true;
}

/** Signals that leave the context unknown at low confidence, with the sources listed as conflicting. */
function undecided(signals: Signal[], conflicts: SignalSource[]): Row {
  return { signals, kind: 'unknown', confidence: 'low', conflicts };
}

/** Early is long before "now"; the freshness window separates the two. */
const EARLY = 0;
const NOW = 5000;

describe('resolveContext with several signals', () => {
  it.each<[string, Row]>([
    // A conflict among signals of the same moment never leaves medium (which permits auto-fill).
    [
      'a current weaker header name naming another tenant leaves the URL at low confidence',
      {
        signals: [signal('url-hash', CONTOSO), signal('dom-tenant-name', { name: 'Fabrikam Cloud Services' })],
        kind: 'customer',
        confidence: 'low',
        customer: 'Contoso Ltd',
        conflicts: ['dom-tenant-name'],
      },
    ],
    [
      'a current ctid naming another tenant leaves delegatedOrg at low confidence',
      {
        signals: [signal('url-delegated-org', CONTOSO, 1000), signal('url-ctid', { id: PARTNER_ID }, 1200)],
        kind: 'customer',
        confidence: 'low',
        customer: 'Contoso Ltd',
        conflicts: ['url-ctid'],
      },
    ],
    [
      'an older conflicting URL leaves a fresher header at medium, never high',
      {
        signals: [
          signal('url-path', CONTOSO, EARLY),
          signal('dom-tenant-name', { name: 'Fabrikam Cloud Services' }, NOW),
        ],
        kind: 'own',
        confidence: 'medium',
        conflicts: ['url-path'],
      },
    ],
    // Equal strength, same moment, different tenants: unknown, whatever the order.
    [
      'a header name and the account-title GUID of the same moment naming different tenants',
      undecided(
        [
          signal('dom-tenant-name', { name: 'Contoso Ltd' }, 1000),
          signal('dom-account-title', { id: PARTNER_ID }, 1200),
        ],
        ['dom-account-title', 'dom-tenant-name'],
      ),
    ],
    [
      'the path form and delegatedOrg naming different tenants',
      undecided(
        [signal('url-path', CONTOSO), signal('url-delegated-org', { domain: 'fabrikam.com' })],
        ['url-delegated-org', 'url-path'],
      ),
    ],
    [
      'delegatedOrg and the path form naming different tenants (the other order)',
      undecided(
        [signal('url-delegated-org', { domain: 'fabrikam.com' }), signal('url-path', CONTOSO)],
        ['url-delegated-org', 'url-path'],
      ),
    ],
    [
      'two unlisted tenants of equal strength',
      undecided(
        [signal('url-path', NORTHWIND), signal('url-delegated-org', { domain: 'tailspin.onmicrosoft.com' })],
        ['url-delegated-org', 'url-path'],
      ),
    ],
    [
      'ctid and the account-title GUID of equal strength naming different tenants',
      undecided(
        [signal('url-ctid', { id: CONTOSO_ID }), signal('dom-account-title', { id: PARTNER_ID })],
        ['dom-account-title', 'url-ctid'],
      ),
    ],
    [
      'equal strength naming the same customer by different domains is no tie',
      {
        signals: [signal('url-path', { domain: 'contoso.com' }), signal('url-delegated-org', CONTOSO)],
        kind: 'customer',
        confidence: 'high',
        customer: 'Contoso Ltd',
      },
    ],
    // A display name that matches nothing still counts when it is current.
    [
      'a newer header name matching nothing overturns an older #@ URL (directory switch to an unlisted tenant)',
      undecided(
        [signal('url-hash', CONTOSO, EARLY), signal('dom-tenant-name', { name: 'Northwind Traders' }, NOW)],
        ['dom-tenant-name', 'url-hash'],
      ),
    ],
    [
      'a newer header name matching nothing overturns a remembered intent',
      undecided(
        [
          signal('tab-intent', { id: CONTOSO_ID }, EARLY),
          signal('dom-tenant-name', { name: 'Northwind Traders' }, NOW),
        ],
        ['dom-tenant-name', 'tab-intent'],
      ),
    ],
    [
      'a newer ambiguous header name overturns an older #@ URL',
      undecided(
        [signal('url-hash', CONTOSO, EARLY), signal('dom-tenant-name', { name: 'Twin Corp' }, NOW)],
        ['dom-tenant-name', 'url-hash'],
      ),
    ],
    [
      'a header name of the same moment matching nothing leaves the URL at low confidence',
      {
        signals: [signal('url-hash', CONTOSO), signal('dom-tenant-name', { name: 'Northwind Traders' })],
        kind: 'customer',
        confidence: 'low',
        customer: 'Contoso Ltd',
        conflicts: ['dom-tenant-name'],
      },
    ],
    [
      'an unmatched header name that does not fit an unlisted domain leaves it at low confidence',
      {
        signals: [signal('url-hash', NORTHWIND), signal('dom-tenant-name', { name: 'Wide World Importers' })],
        kind: 'unlisted',
        confidence: 'low',
        conflicts: ['dom-tenant-name'],
      },
    ],
    [
      'a newer header name that fits the customer by its domain ("CONTOSO") supports it',
      {
        signals: [signal('url-hash', CONTOSO, EARLY), signal('dom-tenant-name', { name: 'CONTOSO' }, NOW)],
        kind: 'customer',
        confidence: 'high',
        customer: 'Contoso Ltd',
      },
    ],
    [
      'a newer header name that fits the customer by its first word supports it',
      {
        signals: [signal('url-hash', CONTOSO, EARLY), signal('dom-tenant-name', { name: 'Contoso Limited' }, NOW)],
        kind: 'customer',
        confidence: 'high',
        customer: 'Contoso Ltd',
      },
    ],
    [
      'a newer header name that fits the own tenant supports it',
      {
        signals: [signal('url-hash', OWN_DOMAIN, EARLY), signal('dom-tenant-name', { name: 'FABRIKAM' }, NOW)],
        kind: 'own',
        confidence: 'high',
      },
    ],
    [
      'an ambiguous header name that fits the customer named by ID supports it',
      {
        signals: [
          signal('url-path', { id: 'b0000000-0000-4000-8000-000000000001' }),
          signal('dom-tenant-name', { name: 'TWIN CORP' }),
        ],
        kind: 'customer',
        confidence: 'high',
        customer: 'Twin Corp',
      },
    ],
    // One unlisted tenant seen by its domain and by its GUID is one tenant.
    [
      'the URL domain and the account-title GUID with that domain (the Northwind replica)',
      {
        signals: [
          signal('url-hash', NORTHWIND, EARLY),
          signal('dom-tenant-name', { name: 'NORTHWIND TRADERS' }, NOW),
          signal('dom-account-title', { id: FOREIGN_ID, ...NORTHWIND }, NOW),
        ],
        kind: 'unlisted',
        confidence: 'high',
      },
    ],
    [
      'an ID and a domain joined through a third signal naming both',
      {
        signals: [
          signal('url-path', NORTHWIND),
          signal('msal-realm', { id: FOREIGN_ID }),
          signal('dom-account-title', { id: FOREIGN_ID.toUpperCase(), domain: 'NORTHWIND.onmicrosoft.com' }),
        ],
        kind: 'unlisted',
        confidence: 'high',
      },
    ],
    // Strength of the account-title GUID (evidence C): below #@.
    [
      'a #@ URL outranks an account-title GUID of the same moment',
      {
        signals: [signal('dom-account-title', { id: PARTNER_ID }), signal('url-hash', CONTOSO)],
        kind: 'customer',
        confidence: 'low',
        customer: 'Contoso Ltd',
        conflicts: ['dom-account-title'],
      },
    ],
    [
      'the account-title GUID alone is medium',
      {
        signals: [signal('dom-account-title', { id: CONTOSO_ID })],
        kind: 'customer',
        confidence: 'medium',
        customer: 'Contoso Ltd',
      },
    ],
    // tid, ctid and the client-session entry.
    [
      'Partner Center client-session entry alone is high',
      {
        signals: [signal('url-client-session', { id: CONTOSO_ID })],
        kind: 'customer',
        confidence: 'high',
        customer: 'Contoso Ltd',
      },
    ],
    [
      'ctid alone is medium',
      {
        signals: [signal('url-ctid', { id: CONTOSO_ID })],
        kind: 'customer',
        confidence: 'medium',
        customer: 'Contoso Ltd',
      },
    ],
    [
      'tid alone is medium',
      {
        signals: [signal('url-tid', { id: CONTOSO_ID })],
        kind: 'customer',
        confidence: 'medium',
        customer: 'Contoso Ltd',
      },
    ],
    [
      'ctid outranks tid of the same moment',
      {
        signals: [signal('url-tid', { id: CONTOSO_ID }), signal('url-ctid', { id: PARTNER_ID })],
        kind: 'own',
        confidence: 'low',
        conflicts: ['url-tid'],
      },
    ],
    // The settings blade's current directory.
    [
      'the current directory name alone is medium',
      {
        signals: [signal('dom-directory-name', { name: 'Contoso Ltd' })],
        kind: 'customer',
        confidence: 'medium',
        customer: 'Contoso Ltd',
      },
    ],
    [
      'the header name outranks the current directory name of the same moment',
      {
        signals: [
          signal('dom-directory-name', { name: 'Contoso Ltd' }),
          signal('dom-tenant-name', { name: 'Fabrikam Cloud Services' }),
        ],
        kind: 'own',
        confidence: 'low',
        conflicts: ['dom-directory-name'],
      },
    ],
    // The tab's intent against newer URLs.
    [
      'a newer URL naming another tenant beats the remembered intent',
      {
        signals: [signal('tab-intent', { id: CONTOSO_ID }, EARLY), signal('url-hash', OWN_DOMAIN, NOW)],
        kind: 'own',
        confidence: 'medium',
        conflicts: ['tab-intent'],
      },
    ],
    [
      'a newer URL naming the same customer confirms the remembered intent',
      {
        signals: [
          signal('tab-intent', { id: CONTOSO_ID }, EARLY),
          signal('url-delegated-org', { domain: 'contoso.com' }, NOW),
        ],
        kind: 'customer',
        confidence: 'high',
        customer: 'Contoso Ltd',
      },
    ],
    [
      'an MSAL realm alone is low',
      {
        signals: [signal('msal-realm', { id: CONTOSO_ID })],
        kind: 'customer',
        confidence: 'low',
        customer: 'Contoso Ltd',
      },
    ],
    // Delegated access.
    [
      'a partner user in an unlisted tenant is delegated access',
      {
        signals: [signal('url-hash', NORTHWIND), signal('dom-username', {}, 1000, PARTNER_UPN)],
        kind: 'unlisted',
        confidence: 'high',
        delegated: true,
      },
    ],
    [
      'a partner user in a customer tenant named only by the remembered intent is delegated access',
      {
        signals: [signal('tab-intent', CONTOSO), signal('dom-username', {}, 1000, PARTNER_UPN)],
        kind: 'customer',
        confidence: 'low',
        customer: 'Contoso Ltd',
        delegated: true,
      },
    ],
  ])('%s', (_name, row) => {
    const context = resolveContext(row.signals, index);
    expect({
      kind: context.kind,
      confidence: context.confidence,
      customer: context.customer?.name,
      conflicts: conflictSources(context),
      delegated: context.delegated,
    }).toEqual({
      kind: row.kind,
      confidence: row.confidence,
      customer: row.customer,
      conflicts: row.conflicts ?? [],
      delegated: row.delegated,
    });
  });

  it('describes one unlisted tenant from its URL domain, account-title GUID and header name', () => {
    const context = resolveContext(
      [
        signal('url-hash', NORTHWIND, EARLY),
        signal('dom-tenant-name', { name: 'NORTHWIND TRADERS' }, NOW),
        signal('dom-account-title', { id: FOREIGN_ID, ...NORTHWIND }, NOW),
      ],
      index,
    );
    expect(context.tenant).toEqual({ ...NORTHWIND, id: FOREIGN_ID, name: 'NORTHWIND TRADERS' });
  });

  it('says why the tenant is unknown after a directory switch, naming both sides', () => {
    const context = resolveContext(
      [signal('url-hash', CONTOSO, EARLY), signal('dom-tenant-name', { name: 'Northwind Traders' }, NOW)],
      index,
    );
    expect(context.evidence[0]!.message).toEqual({
      key: 'context_evidence_superseded',
      args: ['Northwind Traders', 'contoso.onmicrosoft.com'],
    });
  });

  it('answers unknown whenever no signal identifies a tenant', () => {
    const knownNames = new Set([
      normalizeName(settings.partner.name),
      ...settings.customers.map((c) => normalizeName(c.name)),
    ]);
    const observedAt = fc.integer({ min: 0, max: 10_000 });
    const nameOnly = fc.record({
      source: fc.constantFrom<SignalSource>(
        'url-hash',
        'url-path',
        'url-delegated-org',
        'url-tid',
        'url-ctid',
        'url-client-session',
        'tab-intent',
        'dom-tenant-name',
        'dom-account-title',
        'dom-directory-name',
        'msal-realm',
        'user',
      ),
      tenant: fc.oneof(
        fc.constant({}),
        fc.constant({ name: 'Twin Corp' }),
        fc.record({
          name: fc
            .string()
            .filter((name) => !knownNames.has(normalizeName(name)) || normalizeName(name) === 'twin corp'),
        }),
      ),
      observedAt,
    });
    const ignoredSource = fc.record({
      source: fc.constantFrom<SignalSource>('msal-home', 'dom-username'),
      tenant: fc.record({ id: fc.constantFrom(CONTOSO_ID, PARTNER_ID, FOREIGN_ID), domain: fc.domain() }),
      observedAt,
      userPrincipalName: fc.option(fc.emailAddress(), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(fc.oneof(nameOnly, ignoredSource), { maxLength: 8 }), (signals) => {
        const context = resolveContext(signals as Signal[], index);
        expect(context.kind).toBe('unknown');
        expect(context.confidence).toBe('low');
        expect(context.evidence.some((item) => item.verdict === 'decisive')).toBe(false);
      }),
    );
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
