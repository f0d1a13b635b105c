import { describe, expect, it } from 'vitest';
import { buildMatchIndex } from '../../../lib/context/match-index';
import { settingsSchema } from '../../../lib/settings/schema';
import {
  formFrameOf,
  requestKeyFor,
  signalsOf,
  withConfirmation,
  withFrameReport,
  withTabUrl,
  withoutFrame,
} from '../../../lib/tabs/tab-state';
import { emptyTabState, type FrameReport } from '../../../lib/tabs/types';
import { computeVerdict } from '../../../lib/tabs/verdict';
import { scenarioSettings } from '../../e2e/scenario';

const SUPPORT = 'https://portal.azure.com/#view/Microsoft_Azure_Support/NewSupportRequestV3Blade';

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
    let state = withFrameReport(
      emptyTabState(1),
      frame(0, { page: { portal: 'azure', page: 'support-request', supportForm: 'azure' } }),
    );
    expect(formFrameOf(state)?.frameId).toBe(0);
    state = withFrameReport(
      state,
      frame(3, { form, reportedAt: 1500, page: { portal: 'azure-frame', page: 'other' } }),
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
});
