// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { buildMatchIndex } from '../../../lib/context/match-index';
import { resolveContext } from '../../../lib/context/resolve';
import type { ContextKind, Confidence } from '../../../lib/context/types';
import type { Signal } from '../../../lib/model/tenant';
import { tenantsFromUrl } from '../../../lib/portals';
import { orgNameFrom, readM365Header } from '../../../lib/portals/m365-header';
import { readPageSignals } from '../../../lib/portals/page-signals';
import { M365_ORG_NAME_READERS } from '../../../lib/portals/selectors';
import { settingsSchema } from '../../../lib/settings/schema';
import { signalsOf, withFrameReport, withTabUrl } from '../../../lib/tabs/tab-state';
import { emptyTabState, type FrameReport } from '../../../lib/tabs/types';
import { computeVerdict } from '../../../lib/tabs/verdict';
import { ADATUM_TENANT_ID, CONTOSO_TENANT_ID, PARTNER_TENANT_ID, scenarioSettings } from '../../e2e/scenario';

const settings = settingsSchema.parse(scenarioSettings());
const index = buildMatchIndex(settings);
const HOME = 'https://admin.microsoft.com/AdminPortal/Home#/homepage';
const CLIENT_SESSION = `https://admin.microsoft.com/Partner/BeginClientSession.aspx?CTID=${CONTOSO_TENANT_ID}&CSDEST=o365admincenter`;

function frame(frameId: number, url: string, signals: Signal[]): FrameReport {
  return {
    frameId,
    url,
    page: { portal: 'm365-admin', page: 'other' },
    signals,
    form: null,
    fieldsFound: [],
    theme: null,
    overlayVisible: true,
    reportedAt: 1000,
    documentStartedAt: 900,
  };
}

const orgName = (name: string, observedAt = 1000): Signal => ({
  source: 'dom-m365-org-name',
  tenant: { name },
  observedAt,
  detail: name,
});

function verdictFor(urls: string[], frames: FrameReport[] = []) {
  let state = emptyTabState(7);
  urls.forEach((url, position) => {
    state = withTabUrl(state, url, 1000 + position, position === 0);
  });
  for (const report of frames) state = withFrameReport(state, report);
  return computeVerdict(state, settings, index, '2026-12-01').context;
}

describe('the Microsoft 365 admin center opened directly', () => {
  it.each<[string, string[], FrameReport[], ContextKind, Confidence, string | undefined]>([
    ['admin.microsoft.com, no delegatedOrg', [HOME], [], 'own', 'medium', undefined],
    [
      'admin.cloud.microsoft, on the support route',
      ['https://admin.cloud.microsoft/#/support'],
      [],
      'own',
      'medium',
      undefined,
    ],
    [
      'delegatedOrg names a customer',
      ['https://admin.microsoft.com/?delegatedOrg=contoso.onmicrosoft.com#/homepage'],
      [],
      'customer',
      'high',
      'Contoso Ltd',
    ],
    ['a client-session intent for the tab', [CLIENT_SESSION, HOME], [], 'customer', 'low', 'Contoso Ltd'],
    [
      'the header control names a customer',
      [HOME],
      [frame(0, HOME, [orgName('Adatum Corporation')])],
      'customer',
      'medium',
      'Adatum Corporation',
    ],
    [
      'the header control names the partner',
      [HOME],
      [frame(0, HOME, [orgName('Fabrikam Cloud Services')])],
      'own',
      'medium',
      undefined,
    ],
    [
      'the header control names an unlisted org',
      [HOME],
      [frame(0, HOME, [orgName('Northwind Traders')])],
      'unknown',
      'low',
      undefined,
    ],
    [
      'an imitated header control in a frame counts for nothing',
      [HOME],
      [frame(3, 'https://admin.microsoft.com/embedded', [orgName('Adatum Corporation')])],
      'own',
      'medium',
      undefined,
    ],
    [
      'a header control reported by a top frame of another host counts for nothing',
      ['https://admin.exchange.microsoft.com/'],
      [frame(0, 'https://admin.exchange.microsoft.com/', [orgName('Adatum Corporation')])],
      'unknown',
      'low',
      undefined,
    ],
    [
      'Exchange admin opened directly stays unknown (no evidence for it)',
      ['https://admin.exchange.microsoft.com/#/'],
      [],
      'unknown',
      'low',
      undefined,
    ],
    ['the BeginClientSession entry itself is the customer', [CLIENT_SESSION], [], 'customer', 'high', 'Contoso Ltd'],
  ])('%s', (_name, urls, frames, kind, confidence, customer) => {
    const context = verdictFor(urls, frames);
    expect([context.kind, context.confidence, context.customer?.name]).toEqual([kind, confidence, customer]);
  });

  it('says why in the evidence, and names the partner tenant', () => {
    const context = verdictFor([HOME]);
    expect(context.tenant).toEqual({ id: PARTNER_TENANT_ID });
    expect(context.evidence.map((item) => [item.source, item.verdict, item.message.key])).toEqual([
      ['admin-direct', 'decisive', 'context_evidence_admin_direct'],
      ['admin-direct', 'supports', 'context_evidence_own_by_portal'],
    ]);
  });

  it('lists itself as overruled when a customer wins', () => {
    const context = verdictFor([HOME], [frame(0, HOME, [orgName('Adatum Corporation')])]);
    expect(context.evidence.at(-1)).toMatchObject({
      source: 'admin-direct',
      verdict: 'ignored',
      message: { key: 'context_evidence_admin_direct_overruled' },
    });
    expect(context.evidence.some((item) => item.verdict === 'conflicts')).toBe(false);
  });

  it('is a fallback in the resolver too: a weak signal naming another tenant overrules it', () => {
    const signals: Signal[] = [
      { source: 'admin-direct', tenant: {}, observedAt: 10 },
      { source: 'msal-realm', tenant: { id: ADATUM_TENANT_ID }, observedAt: 10 },
    ];
    expect(resolveContext(signals, index)).toMatchObject({ kind: 'customer', confidence: 'low' });
    expect(resolveContext([signals[0]!], index)).toMatchObject({ kind: 'own', confidence: 'medium' });
  });

  it('is not given while setup is needed', () => {
    const unset = buildMatchIndex(settingsSchema.parse({}));
    expect(resolveContext([{ source: 'admin-direct', tenant: {}, observedAt: 1 }], unset)).toMatchObject({
      kind: 'unknown',
      setupNeeded: true,
    });
  });

  it('emits the signal only without a tenant in the URL and without an intent', () => {
    const sources = (urls: string[]) => {
      let state = emptyTabState(1);
      urls.forEach((url, position) => (state = withTabUrl(state, url, position, false)));
      return signalsOf(state).map((signal) => signal.source);
    };
    expect(sources([HOME])).toEqual(['admin-direct']);
    expect(sources(['https://admin.microsoft.com/?delegatedOrg=contoso.com'])).toEqual(['url-delegated-org']);
    expect(sources([CLIENT_SESSION, HOME])).toEqual(['tab-intent']);
    expect(sources(['https://portal.office.com/'])).toEqual([]);
    expect(sources(['https://portal.azure.com/#home'])).toEqual([]);
  });
});

describe('BeginClientSession domains', () => {
  const LINK = `https://portal.office.com/Partner/BeginClientSession.aspx?CTID=${CONTOSO_TENANT_ID}&CSDEST=Exchange&InitialDomain=contoso.onmicrosoft.com&PrimaryDomain=Contoso.com`;
  it.each<[string, ReturnType<typeof tenantsFromUrl>]>([
    [
      LINK,
      [
        { source: 'url-client-session', tenant: { id: CONTOSO_TENANT_ID } },
        { source: 'url-client-session-domain', tenant: { id: CONTOSO_TENANT_ID, domain: 'contoso.onmicrosoft.com' } },
        { source: 'url-client-session-domain', tenant: { id: CONTOSO_TENANT_ID, domain: 'contoso.com' } },
      ],
    ],
    [
      `https://admin.microsoft.com/Partner/BeginClientSession.aspx?CTID=${CONTOSO_TENANT_ID}&initialdomain=contoso.onmicrosoft.com&PrimaryDomain=contoso.onmicrosoft.com`,
      [
        { source: 'url-client-session', tenant: { id: CONTOSO_TENANT_ID } },
        { source: 'url-client-session-domain', tenant: { id: CONTOSO_TENANT_ID, domain: 'contoso.onmicrosoft.com' } },
      ],
    ],
    [
      `https://admin.microsoft.com/Partner/BeginClientSession.aspx?CTID=${CONTOSO_TENANT_ID}&InitialDomain=not a domain&PrimaryDomain=`,
      [{ source: 'url-client-session', tenant: { id: CONTOSO_TENANT_ID } }],
    ],
    ['https://admin.microsoft.com/Partner/BeginClientSession.aspx?CTID=garbage&InitialDomain=contoso.com', []],
    ['https://admin.microsoft.com/?InitialDomain=contoso.com', []],
  ])('%s', (url, expected) => {
    expect(tenantsFromUrl(new URL(url))).toEqual(expected);
  });

  it('supports the CTID in the evidence, and stays with the intent after the redirect', () => {
    const evidence = verdictFor([LINK]).evidence.filter((item) => item.source === 'url-client-session-domain');
    expect(evidence.map((item) => [item.verdict, item.message.args?.[0]])).toEqual([
      ['supports', 'contoso.onmicrosoft.com'],
      ['supports', 'contoso.com'],
    ]);
    let state = withTabUrl(emptyTabState(2), LINK, 1, true);
    state = withTabUrl(state, 'https://admin.exchange.microsoft.com/#/', 2, false);
    expect(state.intent?.tenant).toEqual({ id: CONTOSO_TENANT_ID, domain: 'contoso.onmicrosoft.com' });
  });

  it('an unlisted CTID whose domain is a listed customer leaves low confidence, the ID winning', () => {
    const other = 'a0000000-0000-4000-8000-0000000000aa';
    const url = `https://admin.microsoft.com/Partner/BeginClientSession.aspx?CTID=${other}&InitialDomain=contoso.onmicrosoft.com`;
    expect(verdictFor([url])).toMatchObject({ kind: 'unlisted', confidence: 'low' });
  });
});

describe("the admin center header's org-name control (C, tunable)", () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });
  const page = (html: string) => {
    document.body.innerHTML = html;
    return document;
  };

  it.each<[string, string, string | null]>([
    [
      'the name element inside the switcher',
      '<header><button data-automationid="TenantSwitcher" aria-haspopup="true"><span data-automationid="TenantSwitcherName">Contoso Ltd</span></button></header>',
      'Contoso Ltd',
    ],
    [
      "the switcher's aria-label, its label taken off",
      '<header><button data-automationid="TenantSwitcher" aria-label="Switch organization. Current organization: Contoso Ltd"></button></header>',
      'Contoso Ltd',
    ],
    [
      'a header button whose aria-label names the organization',
      '<header><button aria-haspopup="menu" aria-label="Organization: Adatum Corporation"></button></header>',
      'Adatum Corporation',
    ],
    [
      'the Dutch aria-label',
      '<header><button aria-haspopup="menu" aria-label="Huidige organisatie: Adatum Corporation"></button></header>',
      'Adatum Corporation',
    ],
    ['nothing in a page without the control', '<header><button aria-label="Settings"></button></header>', null],
    ['nothing for an empty control', '<header><button data-automationid="TenantSwitcher"></button></header>', null],
  ])('%s', (_name, html, expected) => {
    const signals = readM365Header(page(html), 4);
    expect(signals.map((signal) => signal.tenant.name ?? null)[0] ?? null).toBe(expected);
    if (expected) expect(signals[0]).toMatchObject({ source: 'dom-m365-org-name', observedAt: 4 });
  });

  it('is driven by its table: another reader finds another shape, a broken selector is skipped', () => {
    const doc = page('<div id="org" title="Tenant: Contoso Ltd (contoso.onmicrosoft.com)"></div>');
    expect(readM365Header(doc, 1)).toEqual([]);
    const tuned = [
      { selector: '[[broken', from: 'text' as const, evidence: 'test' },
      { selector: '#org', from: 'title' as const, strip: [/^tenant:\s*/i], evidence: 'test' },
    ];
    expect(readM365Header(doc, 1, tuned)).toEqual([
      {
        source: 'dom-m365-org-name',
        tenant: { name: 'Contoso Ltd', domain: 'contoso.onmicrosoft.com' },
        observedAt: 1,
        detail: 'Contoso Ltd (contoso.onmicrosoft.com)',
      },
    ]);
    expect(orgNameFrom('Switch organization, Current organization：Contoso', M365_ORG_NAME_READERS[1]!)).toBe(
      'Contoso',
    );
  });

  it('is read only in the admin center top frame', () => {
    const doc = page(
      '<header><button data-automationid="TenantSwitcher"><span data-automationid="TenantSwitcherName">Contoso Ltd</span></button></header>',
    );
    const sources = (origin: Parameters<typeof readPageSignals>[2]) =>
      readPageSignals(doc, 1, origin).map((signal) => signal.source);
    expect(sources({ portal: 'm365-admin', top: true })).toEqual(['dom-m365-org-name']);
    expect(sources({ portal: 'm365-admin', top: false })).toEqual([]);
    expect(sources({ portal: 'azure-frame', top: true })).toEqual([]);
    expect(sources(undefined)).toEqual([]);
  });
});

describe('an unlisted directory named by the account title and by the URL', () => {
  const NORTHWIND_ID = 'a0000000-0000-4000-8000-0000000000aa';
  it.each<[string, Signal['tenant'], Confidence]>([
    ['the title name fits the URL domain: one tenant', { id: NORTHWIND_ID, name: 'Northwind Traders' }, 'high'],
    ['the title name does not fit: a conflict', { id: NORTHWIND_ID, name: 'Tailspin Toys' }, 'low'],
  ])('%s', (_name, title, confidence) => {
    const context = resolveContext(
      [
        { source: 'url-hash', tenant: { domain: 'northwind.onmicrosoft.com' }, observedAt: 10 },
        { source: 'dom-account-title', tenant: title, observedAt: 10 },
      ],
      index,
    );
    expect([context.kind, context.confidence]).toEqual(['unlisted', confidence]);
    if (confidence === 'high')
      expect(context.tenant).toMatchObject({ id: NORTHWIND_ID, domain: 'northwind.onmicrosoft.com' });
  });
});
