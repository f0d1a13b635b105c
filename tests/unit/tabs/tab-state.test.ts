import { describe, expect, it } from 'vitest';
import { buildMatchIndex } from '../../../lib/context/match-index';
import { settingsSchema } from '../../../lib/settings/schema';
import {
  LINK_INTENT_TTL_MS,
  formFrameOf,
  pendingLinkUrl,
  requestKeyFor,
  signalsOf,
  withConfirmation,
  withCustomerRequestFlag,
  withFrameReport,
  withPendingLinkIntent,
  withResolvedTenant,
  withTabUrl,
  withoutFrame,
  withoutPendingLinkIntent,
} from '../../../lib/tabs/tab-state';
import { emptyTabState, type FrameReport } from '../../../lib/tabs/types';
import { computeVerdict } from '../../../lib/tabs/verdict';
import { scenarioSettings } from '../../e2e/scenario';

const SUPPORT = 'https://portal.azure.com/#view/Microsoft_Azure_Support/NewSupportRequestV3Blade';
const BLADE = 'view/Microsoft_Azure_Support/NewSupportRequestV3Blade';
const CONTOSO_SUPPORT = `https://portal.azure.com/#@contoso.onmicrosoft.com/${BLADE}`;
const ADATUM_SUPPORT = `https://portal.azure.com/#@adatum.onmicrosoft.com/${BLADE}`;
const AZURE_FORM = { kind: 'azure' as const, fields: {} };

function frame(frameId: number, patch: Partial<FrameReport> = {}): FrameReport {
  return {
    frameId,
    url: 'https://portal.azure.com/',
    page: { portal: 'azure', page: 'other' },
    signals: [],
    form: null,
    fieldsFound: [],
    theme: null,
    overlayVisible: true,
    reportedAt: 1000,
    documentStartedAt: 900,
    ...patch,
  };
}

describe('per-tab state', () => {
  it('keeps a tenant-naming URL as the intent after the portal rewrites the URL', () => {
    let state = withTabUrl(
      emptyTabState(1),
      'https://admin.microsoft.com/Partner/BeginClientSession.aspx?CTID=c0000000-0000-4000-8000-00000000c0de&CSDEST=o365admincenter',
      10,
      false,
    );
    state = withTabUrl(state, 'https://admin.microsoft.com/AdminPortal/Home#/homepage', 20, false);
    expect(state.intent).toEqual({
      tenant: { id: 'c0000000-0000-4000-8000-00000000c0de' },
      source: 'url-client-session',
      observedAt: 10,
    });
    expect(signalsOf(state)).toEqual([
      { source: 'tab-intent', tenant: { id: 'c0000000-0000-4000-8000-00000000c0de' }, observedAt: 10 },
    ]);
  });

  it('uses the URL itself, not the intent, while the URL still names a tenant', () => {
    const state = withTabUrl(emptyTabState(1), 'https://portal.azure.com/#@contoso.onmicrosoft.com/home', 10, false);
    expect(signalsOf(state).map((signal) => signal.source)).toEqual(['url-hash']);
  });

  it('clears manual confirmations when a new request starts, not while the same one is open', () => {
    let state = withTabUrl(emptyTabState(1), SUPPORT, 10, false);
    state = withConfirmation(state, 'admin-agent-role', true);
    state = withTabUrl(state, `${SUPPORT}?l=en`, 20, false);
    expect(state.confirmations).toEqual(['admin-agent-role']);
    state = withTabUrl(state, 'https://portal.azure.com/#home', 30, false);
    state = withTabUrl(
      state,
      'https://portal.azure.com/#view/Microsoft_Azure_Support/NewSupportRequestV4Blade',
      40,
      false,
    );
    expect(state.confirmations).toEqual([]);
    expect(withConfirmation(withConfirmation(state, 'a', true), 'a', false).confirmations).toEqual([]);
  });

  it('names a request only on support-request pages', () => {
    expect(requestKeyFor(SUPPORT)).toBe('portal.azure.com/#view/Microsoft_Azure_Support/NewSupportRequestV3Blade');
    expect(requestKeyFor('https://portal.azure.com/#home')).toBeUndefined();
    expect(requestKeyFor('not a url')).toBeUndefined();
  });

  it('drops frames of the previous document when the top frame reports from a new one', () => {
    let state = withFrameReport(emptyTabState(1), frame(0));
    state = withFrameReport(state, frame(5, { reportedAt: 1100 }));
    state = withFrameReport(state, frame(0, { documentStartedAt: 2000, reportedAt: 2100 }));
    expect(Object.keys(state.frames)).toEqual(['0']);
    expect(Object.keys(withoutFrame(withFrameReport(state, frame(7, { reportedAt: 2200 })), 7).frames)).toEqual(['0']);
  });

  it('picks the frame holding the form, or the top frame on a support page whose form has not rendered yet', () => {
    const form = { kind: 'azure' as const, fields: {} };
    // The frame rule: the top document of a support route, or a React view frame under it.
    let state = withFrameReport(
      withTabUrl(emptyTabState(1), SUPPORT, 1, false),
      frame(0, { url: SUPPORT, page: { portal: 'azure', page: 'support-request', supportForm: 'azure' } }),
    );
    expect(formFrameOf(state)?.frameId).toBe(0);
    state = withFrameReport(
      state,
      frame(3, {
        url: 'https://sandbox-1.reactblade.portal.azure.net/',
        form,
        reportedAt: 1500,
        page: { portal: 'azure-frame', page: 'other' },
      }),
    );
    expect(formFrameOf(state)?.frameId).toBe(3);
  });

  it("warns about a customer request in the partner's own tenant when Partner Center opened the tab", () => {
    const settings = settingsSchema.parse(scenarioSettings());
    const index = buildMatchIndex(settings);
    let state = withTabUrl(
      emptyTabState(1),
      'https://admin.microsoft.com/Partner/BeginClientSession.aspx?CTID=c0000000-0000-4000-8000-00000000c0de&CSDEST=Support',
      10,
      false,
    );
    state = withTabUrl(state, SUPPORT, 20, false);
    state = withFrameReport(
      state,
      frame(0, {
        url: SUPPORT,
        page: { portal: 'azure', page: 'support-request', supportForm: 'azure' },
        signals: [
          { source: 'dom-account-title', tenant: { id: 'fab00000-0000-4000-8000-000000000001' }, observedAt: 30 },
        ],
      }),
    );
    const verdict = computeVerdict(state, settings, index, '2026-11-24');
    expect(verdict.context.kind).toBe('own');
    expect(verdict.customerIntent).toBe('partner-center');
    expect(verdict.findings.map((finding) => finding.id)).toContain('own-tenant-customer-request');
  });

  it('starts a new request when the same blade opens for another customer', () => {
    let state = withTabUrl(emptyTabState(1), CONTOSO_SUPPORT, 10, false);
    state = withConfirmation(withConfirmation(state, 'admin-agent-role', true), 'azure-rbac', true);
    state = withCustomerRequestFlag(state, true);
    state = withTabUrl(state, ADATUM_SUPPORT, 20, false);
    expect(state.confirmations).toEqual([]);
    expect(state.userSaysCustomerRequest).toBeUndefined();
  });

  it('starts a new request when the M365 support route is for another delegated customer', () => {
    const m365 = (org: string) => `https://admin.cloud.microsoft/?delegatedOrg=${org}#/support`;
    let state = withTabUrl(emptyTabState(1), m365('contoso.onmicrosoft.com'), 10, false);
    state = withConfirmation(state, 'admin-agent-role', true);
    state = withTabUrl(state, m365('contoso.onmicrosoft.com'), 15, false);
    expect(state.confirmations).toEqual(['admin-agent-role']);
    state = withTabUrl(state, m365('adatum.onmicrosoft.com'), 20, false);
    expect(state.confirmations).toEqual([]);
  });

  it('starts a new request when the user comes back to the same blade via another page', () => {
    let state = withTabUrl(emptyTabState(1), CONTOSO_SUPPORT, 10, false);
    state = withConfirmation(state, 'admin-agent-role', true);
    state = withCustomerRequestFlag(state, true);
    state = withTabUrl(state, 'https://portal.azure.com/#@contoso.onmicrosoft.com/home', 20, false);
    state = withTabUrl(state, CONTOSO_SUPPORT, 30, false);
    expect(state.confirmations).toEqual([]);
    expect(state.userSaysCustomerRequest).toBeUndefined();
  });

  it('starts a new request when a new form document replaces the previous one, not on its step changes', () => {
    let state = withTabUrl(emptyTabState(1), CONTOSO_SUPPORT, 10, false);
    state = withFrameReport(state, frame(4, { form: null, documentStartedAt: 100, reportedAt: 110 }));
    state = withConfirmation(state, 'admin-agent-role', true);
    state = withFrameReport(state, frame(4, { form: AZURE_FORM, documentStartedAt: 100, reportedAt: 120 }));
    state = withFrameReport(state, frame(4, { form: AZURE_FORM, documentStartedAt: 100, reportedAt: 130 }));
    expect(state.confirmations).toEqual(['admin-agent-role']);
    // The blade was closed after submitting and a new one opened in a new frame document.
    state = withFrameReport(state, frame(4, { form: AZURE_FORM, documentStartedAt: 500, reportedAt: 510 }));
    expect(state.confirmations).toEqual([]);
  });

  it('keeps the request while the form frame it belongs to still shows the form', () => {
    let state = withTabUrl(emptyTabState(1), CONTOSO_SUPPORT, 10, false);
    state = withFrameReport(state, frame(4, { form: AZURE_FORM, documentStartedAt: 100, reportedAt: 110 }));
    state = withConfirmation(state, 'azure-rbac', true);
    state = withFrameReport(state, frame(0, { form: AZURE_FORM, documentStartedAt: 50, reportedAt: 120 }));
    expect(state.confirmations).toEqual(['azure-rbac']);
  });

  it('starts a new request when the context resolves to another tenant, never on an unknown one', () => {
    let state = withTabUrl(emptyTabState(1), SUPPORT, 10, false);
    state = withResolvedTenant(state, { id: 'c0000000-0000-4000-8000-00000000c0de', name: 'Contoso' });
    state = withConfirmation(state, 'admin-agent-role', true);
    expect(withResolvedTenant(state, undefined)).toBe(state);
    expect(withResolvedTenant(state, {})).toBe(state);
    expect(withResolvedTenant(state, { name: 'CONTOSO ' })).toBe(state);
    state = withResolvedTenant(state, { domain: 'contoso.onmicrosoft.com' });
    expect(state.confirmations).toEqual(['admin-agent-role']);
    state = withResolvedTenant(state, { id: 'a0000000-0000-4000-8000-0000000adaad', name: 'Adatum' });
    expect(state.confirmations).toEqual([]);
    expect(state.requestTenant?.name).toBe('Adatum');
  });

  it('ends the intent when a later top document names no tenant, keeping it through SPA rewrites', () => {
    const ctid = 'c0000000-0000-4000-8000-00000000c0de';
    const home = 'https://admin.microsoft.com/AdminPortal/Home#/homepage';
    let state = withTabUrl(
      emptyTabState(1),
      `https://admin.microsoft.com/Partner/BeginClientSession.aspx?CTID=${ctid}&CSDEST=o365admincenter`,
      10,
      false,
    );
    state = withTabUrl(state, home, 20, false);
    state = withFrameReport(
      state,
      frame(0, { url: home, page: { portal: 'm365-admin', page: 'other' }, documentStartedAt: 15 }),
    );
    state = withTabUrl(state, 'https://admin.microsoft.com/AdminPortal/Home#/users', 30, false);
    state = withFrameReport(
      state,
      frame(0, { url: 'https://admin.microsoft.com/AdminPortal/Home#/users', documentStartedAt: 15, reportedAt: 31 }),
    );
    expect(state.intent?.tenant.id).toBe(ctid);
    // The user typed the admin center's address: a new document without a tenant in its URL.
    state = withTabUrl(state, home, 40, true);
    state = withFrameReport(state, frame(0, { url: home, documentStartedAt: 39, reportedAt: 41 }));
    expect(state.intent).toBeUndefined();
    expect(signalsOf(state).map((signal) => signal.source)).not.toContain('tab-intent');
  });

  it('keeps the intent through a sign-in page before landing, and drops frames on a site outside the portals', () => {
    let state = withTabUrl(emptyTabState(1), 'https://portal.azure.com/contoso.onmicrosoft.com', 10, false);
    state = withTabUrl(state, 'https://login.microsoftonline.com/common/oauth2/authorize', 12, false);
    expect(state.intent?.tenant.domain).toBe('contoso.onmicrosoft.com');
    state = withTabUrl(state, 'https://portal.azure.com/#home', 14, false);
    state = withFrameReport(state, frame(0, { url: 'https://portal.azure.com/#home', documentStartedAt: 13 }));
    expect(state.intent?.landedDocument).toBe(13);
    state = withTabUrl(state, 'https://www.example.com/', 20, false);
    expect(state.frames).toEqual({});
    expect(state.intent).toBeUndefined();
  });

  it('hands a recent tenant-naming link to the tab it opens, and forgets an old one', () => {
    const link =
      'https://admin.microsoft.com/Partner/BeginClientSession.aspx?CTID=c0000000-0000-4000-8000-00000000c0de';
    const opener = withPendingLinkIntent(emptyTabState(2), link, 1000);
    expect(pendingLinkUrl(opener, 1000 + LINK_INTENT_TTL_MS)).toBe(link);
    expect(pendingLinkUrl(opener, 1001 + LINK_INTENT_TTL_MS)).toBeUndefined();
    expect(withoutPendingLinkIntent(opener).pendingLinkIntent).toBeUndefined();
  });

  it('starts a new request when the Microsoft 365 support pane shows its form again after closing', () => {
    const url = 'https://admin.microsoft.com/AdminPortal/Home#/homepage';
    const pane = { kind: 'm365' as const, fields: {} };
    const top = (form: typeof pane | null, reportedAt: number) =>
      frame(0, { url, page: { portal: 'm365-admin', page: 'other' }, form, documentStartedAt: 100, reportedAt });
    let state = withTabUrl(emptyTabState(1), url, 10, false);
    state = withFrameReport(state, top(pane, 110));
    state = withConfirmation(state, 'admin-agent-role', true);
    state = withFrameReport(state, top(pane, 120));
    expect(state.confirmations).toEqual(['admin-agent-role']);
    state = withFrameReport(state, top(null, 130));
    state = withFrameReport(state, top(pane, 140));
    expect(state.confirmations).toEqual([]);
  });

  it('keeps the request while the Azure form comes and goes between the steps of its blade', () => {
    let state = withTabUrl(emptyTabState(1), CONTOSO_SUPPORT, 10, false);
    state = withFrameReport(state, frame(4, { form: AZURE_FORM, documentStartedAt: 100, reportedAt: 110 }));
    state = withConfirmation(state, 'admin-agent-role', true);
    state = withFrameReport(state, frame(4, { form: null, documentStartedAt: 100, reportedAt: 120 }));
    state = withFrameReport(state, frame(4, { form: AZURE_FORM, documentStartedAt: 100, reportedAt: 130 }));
    expect(state.confirmations).toEqual(['admin-agent-role']);
  });
});
