import { describe, expect, it } from 'vitest';
import {
  frameReportPayload,
  parsePayload,
  confirmCheckRequest,
  optionsSectionPayload,
  requestFixPayload,
} from '../../../lib/tabs/payloads';
import { frameReportFrom, givesShellSignals, type FramePayload } from '../../../lib/tabs/provenance';
import { reduceTab } from '../../../lib/tabs/reducer';
import {
  asExtensionPage,
  asPortalFrame,
  currentUrlOf,
  isFromBackground,
  type PortalFrameSender,
} from '../../../lib/tabs/sender';
import { canHoldForm, formFrameOf } from '../../../lib/tabs/tab-state';
import { emptyTabState, type TabState } from '../../../lib/tabs/types';
import { computeVerdict } from '../../../lib/tabs/verdict';
import { frameVerdictOf, grantFill } from '../../../lib/tabs/view';
import { framePayload, frameSender, judgeInput } from './tab-fixtures';

const ID = 'jpjfbjadngbmdbaogppmkenfmebgocdd';
const SUPPORT =
  'https://portal.azure.com/#@contoso.onmicrosoft.com/view/Microsoft_Azure_Support/NewSupportRequestV3Blade';
const HOME = 'https://portal.azure.com/#home';
const CONTOSO = { id: 'c0000000-0000-4000-8000-00000000c0de', domain: 'contoso.onmicrosoft.com' };
const AZURE_FORM = {
  kind: 'azure' as const,
  fields: {
    firstName: { id: 'firstName' as const, control: 'text' as const, value: '', disabled: false, readOnly: false },
    lastName: { id: 'lastName' as const, control: 'text' as const, value: '', disabled: false, readOnly: false },
  },
};

const sender = (frameId: number, url: string, documentId?: string) => frameSender(1, frameId, url, documentId);
const payload = framePayload;
const input = (mode: 'ask' | 'auto' | 'off' = 'ask') => judgeInput({ prefill: { mode } });

function report(state: TabState, frame: PortalFrameSender, patch: Partial<FramePayload> = {}, at = 10): TabState {
  return reduceTab(state, { type: 'frame-report', payload: payload(patch), sender: frame, at });
}

describe('the sender checks', () => {
  it('takes popup and options messages only from the extension’s own pages', () => {
    expect(asExtensionPage({ id: ID, url: `chrome-extension://${ID}/popup.html?tabId=3` }, ID)).not.toBeNull();
    // A content script's sender carries the page's URL.
    expect(asExtensionPage({ id: ID, url: SUPPORT, tab: { id: 3 }, frameId: 0 }, ID)).toBeNull();
    // Another extension's page, or ours named by another extension.
    expect(asExtensionPage({ id: 'other', url: 'chrome-extension://other/popup.html' }, ID)).toBeNull();
    expect(asExtensionPage({ id: 'other', url: `chrome-extension://${ID}/popup.html` }, ID)).toBeNull();
    expect(asExtensionPage({}, ID)).toBeNull();
  });

  it('takes content-script messages only from a tab frame on an allow-listed https origin', () => {
    expect(asPortalFrame({ id: ID, url: SUPPORT, tab: { id: 3 }, frameId: 0, documentId: 'd' }, ID)).toMatchObject({
      tabId: 3,
      frameId: 0,
      documentId: 'd',
      origin: 'https://portal.azure.com',
    });
    expect(asPortalFrame({ id: ID, url: 'https://evil.example/', tab: { id: 3 }, frameId: 0 }, ID)).toBeNull();
    expect(asPortalFrame({ id: ID, url: 'http://portal.azure.com/', tab: { id: 3 }, frameId: 0 }, ID)).toBeNull();
    expect(asPortalFrame({ id: ID, url: SUPPORT, frameId: 0 }, ID)).toBeNull();
    expect(asPortalFrame({ id: ID, url: `chrome-extension://${ID}/popup.html` }, ID)).toBeNull();
    expect(asPortalFrame({ id: 'other', url: SUPPORT, tab: { id: 3 }, frameId: 0 }, ID)).toBeNull();
  });

  it('takes the URL a frame reports only with the sender’s origin', () => {
    const top = sender(0, HOME);
    expect(currentUrlOf(top, SUPPORT).url).toBe(SUPPORT);
    expect(currentUrlOf(top, 'https://evil.example/#@contoso.onmicrosoft.com/').url).toBe(HOME);
    expect(currentUrlOf(top, 'https://x.hosting.portal.azure.net/').url).toBe(HOME);
    expect(currentUrlOf(top, 'not a url').url).toBe(HOME);
    expect(currentUrlOf(top, undefined).url).toBe(HOME);
  });

  it('tells the content script a message came from the background', () => {
    expect(isFromBackground({ id: ID }, ID)).toBe(true);
    expect(isFromBackground({ id: ID, tab: { id: 1 } }, ID)).toBe(false);
    expect(isFromBackground({ id: 'other' }, ID)).toBe(false);
  });

  it('validates payloads: sizes capped, sections and fix IDs as enums, with a clear message', () => {
    expect(() => parsePayload(optionsSectionPayload, 'danger', 'openOptionsSection')).toThrow(
      /refused a "openOptionsSection"/,
    );
    expect(parsePayload(optionsSectionPayload, 'customers', 'openOptionsSection')).toBe('customers');
    expect(() => parsePayload(requestFixPayload, { tabId: 1, fix: 'submit' }, 'requestFix')).toThrow();
    expect(() =>
      parsePayload(confirmCheckRequest, { tabId: -1, checkId: 'azure-rbac', confirmed: true }, 'c'),
    ).toThrow();
    const big = payload({
      signals: Array.from({ length: 33 }, () => ({ source: 'dom-tenant-name', tenant: {}, observedAt: 1 })),
    });
    expect(frameReportPayload.safeParse(big).success).toBe(false);
    const long = payload({
      signals: [{ source: 'dom-tenant-name', tenant: { name: 'x'.repeat(257) }, observedAt: 1 }],
    });
    expect(frameReportPayload.safeParse(long).success).toBe(false);
    expect(frameReportPayload.safeParse(payload()).success).toBe(true);
    // Every signal a frame reads and every control kind it locates passes the check (the admin
    // center's org-name control and the searchable lists were refused when the lists were copies).
    const everyKind = payload({
      signals: [{ source: 'dom-m365-org-name', tenant: { name: 'Contoso Ltd' }, observedAt: 1 }],
      form: {
        kind: 'azure',
        fields: { country: { id: 'country', control: 'combobox', value: '', disabled: false, readOnly: false } },
      },
    });
    expect(frameReportPayload.safeParse(everyKind).success).toBe(true);
    // A page in the payload is dropped: the background detects it from the sender's URL.
    const parsed = frameReportPayload.parse({ ...payload(), url: 'https://evil.example/', page: { portal: 'azure' } });
    expect(parsed).not.toHaveProperty('page');
  });
});

describe('the provenance of signals', () => {
  it('counts shell signals only from the top frame of a shell host', () => {
    expect(givesShellSignals(0, HOME)).toBe(true);
    expect(givesShellSignals(0, 'https://entra.microsoft.com/')).toBe(true);
    expect(givesShellSignals(3, HOME)).toBe(false);
    expect(givesShellSignals(0, 'https://admin.microsoft.com/')).toBe(false);
    expect(givesShellSignals(0, 'https://x.hosting.portal.azure.net/')).toBe(false);
  });

  it('counts the admin center’s org-name control only from the admin center’s top frame, and the Azure header not there', () => {
    const org = { source: 'dom-m365-org-name' as const, tenant: { name: 'Contoso Ltd' }, observedAt: 1 };
    const header = { source: 'dom-tenant-name' as const, tenant: { name: 'Contoso Ltd' }, observedAt: 1 };
    const admin = 'https://admin.microsoft.com/AdminPortal/Home#/homepage';
    const top = frameReportFrom(payload({ signals: [org, header] }), sender(0, admin), 5, undefined);
    expect(top.signals.map((signal) => signal.source)).toEqual(['dom-m365-org-name']);
    expect(top.ignoredSignals?.map((signal) => signal.source)).toEqual(['dom-tenant-name']);
    const framed = frameReportFrom(payload({ signals: [org] }), sender(4, 'https://x.ext.azure.com/'), 5, undefined);
    expect(framed.signals).toEqual([]);
    expect(framed.ignoredSignals?.map((signal) => signal.source)).toEqual(['dom-m365-org-name']);
    const onAzure = frameReportFrom(payload({ signals: [org] }), sender(0, HOME), 5, undefined);
    expect(onAzure.signals).toEqual([]);
  });

  it('stamps each signal with its frame and the background’s time; URL, intent and user signals from a payload are dropped', () => {
    const frame = frameReportFrom(
      payload({
        signals: [
          { source: 'dom-tenant-name', tenant: { name: 'Contoso' }, observedAt: 999_999 },
          { source: 'url-hash', tenant: CONTOSO, observedAt: 1 },
          { source: 'user', tenant: CONTOSO, observedAt: 1 },
          { source: 'tab-intent', tenant: CONTOSO, observedAt: 1 },
        ],
      }),
      sender(0, HOME),
      50,
      undefined,
    );
    expect(frame.url).toBe(HOME);
    expect(frame.page).toEqual({ portal: 'azure', page: 'other' });
    expect(frame.signals).toEqual([
      {
        source: 'dom-tenant-name',
        tenant: { name: 'Contoso' },
        observedAt: 50,
        from: { frameId: 0, origin: 'https://portal.azure.com', documentId: 'doc-0' },
      },
    ]);
  });

  it('keeps a frame’s header imitation aside; it never moves the verdict and Why? names its origin', () => {
    let state = reduceTab(emptyTabState(1), { type: 'tab-url', url: HOME, at: 1 });
    state = report(state, sender(0, HOME), {
      signals: [{ source: 'dom-account-title', tenant: { id: 'fab00000-0000-4000-8000-000000000001' }, observedAt: 1 }],
    });
    state = report(state, sender(7, 'https://tiles.hosting.portal.azure.net/'), {
      signals: [{ source: 'dom-account-title', tenant: CONTOSO, observedAt: 1 }],
    });
    expect(state.frames['7']?.signals).toEqual([]);
    const { settings, index } = input();
    const verdict = computeVerdict(state, settings, index, '2026-12-01');
    expect(verdict.context.kind).toBe('own');
    const ignored = verdict.context.evidence.filter((evidence) => evidence.origin !== undefined);
    expect(ignored).toMatchObject([
      {
        verdict: 'ignored',
        origin: 'https://tiles.hosting.portal.azure.net',
        message: { key: 'context_evidence_frame_ignored' },
      },
    ]);
  });
});

describe('the frame rule', () => {
  it('lets only the top document of a support route, or a React view frame under one, hold a form', () => {
    expect(canHoldForm({ frameId: 0, url: SUPPORT }, SUPPORT)).toBe(true);
    expect(canHoldForm({ frameId: 0, url: 'https://admin.microsoft.com/#/support/requests' }, undefined)).toBe(true);
    expect(canHoldForm({ frameId: 0, url: HOME }, HOME)).toBe(false);
    expect(canHoldForm({ frameId: 4, url: 'https://sandbox-1.reactblade.portal.azure.net/' }, SUPPORT)).toBe(true);
    expect(canHoldForm({ frameId: 4, url: 'https://sandbox-1.reactblade.portal.azure.net/' }, HOME)).toBe(false);
    expect(canHoldForm({ frameId: 4, url: 'https://x.hosting.portal.azure.net/' }, SUPPORT)).toBe(false);
    expect(canHoldForm({ frameId: 4, url: 'https://tile.ext.azure.com/' }, SUPPORT)).toBe(false);
    expect(canHoldForm({ frameId: 0, url: 'https://x.hosting.portal.azure.net/' }, undefined)).toBe(false);
  });

  it('never picks a look-alike form in an ext frame, and the verdict allows no fill or auto there', () => {
    const overview = 'https://portal.azure.com/#@contoso.onmicrosoft.com/resource/overview';
    let state = reduceTab(emptyTabState(1), { type: 'tab-url', url: overview, at: 1 });
    state = report(state, sender(0, overview));
    state = report(state, sender(9, 'https://tile.ext.azure.com/'), { form: AZURE_FORM });
    expect(formFrameOf(state)).toBeUndefined();
    const { settings, index } = input('auto');
    const verdict = computeVerdict(state, settings, index, '2026-12-01');
    expect(verdict).toMatchObject({ formFrameId: undefined, fills: [], autoFill: false });
    // That frame gets the context's kind and nothing of the customer or the findings.
    const told = frameVerdictOf(state, 9, verdict, input('auto'));
    expect(told.verdict.context).toEqual({ kind: 'customer', confidence: 'high', evidence: [] });
    expect(told.verdict.findings).toEqual([]);
    expect(JSON.stringify(told)).not.toContain('alex.wilber');
  });

  /** A support form in a React view frame (frame 4, document doc-4), judged with prefill `auto`. */
  function formInReactView() {
    let state = reduceTab(emptyTabState(1), { type: 'tab-url', url: SUPPORT, at: 1 });
    state = report(state, sender(0, SUPPORT));
    state = report(state, sender(4, 'https://sandbox-1.reactblade.portal.azure.net/'), { form: AZURE_FORM });
    const auto = input('auto');
    return { state, verdict: computeVerdict(state, auto.settings, auto.index, auto.today), settings: auto.settings };
  }

  it('grants a fill to the form frame, in the same document, for an allowed fix, with the values of that fix only', () => {
    const { state, verdict, settings } = formInReactView();
    expect(verdict).toMatchObject({
      formFrameId: 4,
      formDocumentId: 'doc-4',
      fills: ['fill-contact', 'select-csp-plan'],
      autoFill: true,
    });
    const granted = grantFill(
      state,
      verdict,
      { frameId: 4, documentId: 'doc-4', fix: 'fill-contact', automatic: true },
      settings,
    );
    expect(granted.ok && granted.values.contact.email).toBe('alex.wilber@fabrikam.com');
    expect(granted.ok && granted.values.cspPlanLabel).toBe('');
  });

  it.each([
    ['in another document of the form frame', 4, 'doc-other', 'fill-contact', 'auto', 'overlay_fix_no_form'],
    ['to the top frame', 0, 'doc-0', 'fill-contact', 'auto', 'overlay_fix_no_form'],
    ['for a fix the context does not allow', 4, 'doc-4', 'select-own-plan', 'auto', 'overlay_fix_wrong_context'],
    ['with prefill off', 4, 'doc-4', 'fill-contact', 'off', 'overlay_fix_off'],
  ] as const)('refuses a fill %s', (_case, frameId, documentId, fix, mode, reason) => {
    const { state, verdict } = formInReactView();
    expect(grantFill(state, verdict, { frameId, documentId, fix, automatic: false }, input(mode).settings)).toEqual({
      ok: false,
      reason,
    });
  });
});

describe('what the tab state keeps', () => {
  it('keeps only the values the verdict reads, the UPN’s domain, and no filled values', () => {
    const field = (id: string, value: string) => ({ id, control: 'text', value, disabled: false, readOnly: false });
    let state = reduceTab(emptyTabState(1), { type: 'tab-url', url: SUPPORT, at: 1 });
    state = report(state, sender(0, SUPPORT), {
      signals: [{ source: 'dom-username', tenant: {}, observedAt: 1, userPrincipalName: 'alex.wilber@fabrikam.com' }],
      form: {
        kind: 'azure',
        fields: {
          description: field('description', 'Our VPN gateway drops packets for customer X') as never,
          firstName: field('firstName', 'Alex') as never,
          lastName: field('lastName', '') as never,
          email: field('email', 'it@contoso.com') as never,
        },
      },
    });
    const kept = JSON.stringify(state);
    expect(kept).not.toContain('VPN');
    expect(kept).not.toContain('Alex');
    expect(kept).not.toContain('alex.wilber');
    expect(kept).toContain('it@contoso.com');
    expect(state.frames['0']?.form?.fields.lastName?.value).toBe('');
    expect(state.frames['0']?.signals[0]?.userPrincipalName).toBe('\u2026@fabrikam.com');
    const filled = reduceTab(state, {
      type: 'fill-reported',
      frameId: 0,
      results: [{ field: 'phone', outcome: 'filled', previousValue: '+1 555', value: '+31 20 123' }],
      at: 2,
    });
    expect(filled.lastFill?.results).toEqual([{ field: 'phone', outcome: 'filled' }]);
  });
});
