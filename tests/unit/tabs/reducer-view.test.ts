import { describe, expect, it } from 'vitest';
import { reduceTab, tracksUrl } from '../../../lib/tabs/reducer';
import type { FramePayload } from '../../../lib/tabs/provenance';
import { emptyTabState } from '../../../lib/tabs/types';
import { frameVerdictOf, isPortalUrl, judgeTab, localDate, tabViewOf } from '../../../lib/tabs/view';
import { framePayload, frameSender, judgeInput } from './tab-fixtures';

const CONTOSO_SUPPORT =
  'https://portal.azure.com/#@contoso.onmicrosoft.com/view/Microsoft_Azure_Support/NewSupportRequestV3Blade';

const input = () => judgeInput();
const sender = (frameId = 0, url = CONTOSO_SUPPORT) => frameSender(3, frameId, url);
const report = (patch: Partial<FramePayload> = {}) =>
  framePayload({ theme: 'dark', reportedAt: 100, documentStartedAt: 50, ...patch });

describe('the background reducer', () => {
  it('takes a top frame report’s URL as the tab’s, and keeps a frame’s report', () => {
    const state = reduceTab(emptyTabState(3), { type: 'frame-report', payload: report(), sender: sender(), at: 10 });
    expect(state.url).toBe(CONTOSO_SUPPORT);
    expect(state.frames['0']?.theme).toBe('dark');
    const child = reduceTab(state, {
      type: 'frame-report',
      payload: report(),
      sender: sender(4, 'https://x.reactblade.portal.azure.net/'),
      at: 11,
    });
    expect(child.url).toBe(CONTOSO_SUPPORT);
    expect(Object.keys(child.frames).sort()).toEqual(['0', '4']);
  });

  it('returns the same state for an event that changes nothing', () => {
    const state = reduceTab(emptyTabState(3), { type: 'tab-url', url: CONTOSO_SUPPORT, at: 1 });
    expect(reduceTab(state, { type: 'tab-url', url: CONTOSO_SUPPORT, at: 2 })).toBe(state);
    expect(reduceTab(state, { type: 'check-confirmed', checkId: 'not-a-check', confirmed: true })).toBe(state);
  });

  it('confirms only manual checks, notes link intents and the user’s answer, and records a fill', () => {
    let state = reduceTab(emptyTabState(3), { type: 'tab-url', url: CONTOSO_SUPPORT, at: 1 });
    state = reduceTab(state, { type: 'check-confirmed', checkId: 'azure-rbac', confirmed: true });
    expect(state.confirmations).toEqual(['azure-rbac']);
    state = reduceTab(state, { type: 'link-intent', url: 'https://a/', at: 5 });
    expect(state.pendingLinkIntent).toEqual({ url: 'https://a/', at: 5 });
    expect(reduceTab(state, { type: 'link-intent-taken' }).pendingLinkIntent).toBeUndefined();
    expect(reduceTab(state, { type: 'customer-request', isCustomerRequest: true }).userSaysCustomerRequest).toBe(true);
    const filled = reduceTab(state, { type: 'fill-reported', frameId: 2, results: [], at: 9 });
    expect(filled.lastFill).toEqual({ frameId: 2, results: [], at: 9 });
  });

  it('keeps state only for portal URLs or tabs it already knows', () => {
    expect(tracksUrl('https://example.com/', false)).toBe(false);
    expect(tracksUrl('https://example.com/', true)).toBe(true);
    expect(tracksUrl(CONTOSO_SUPPORT, false)).toBe(true);
    expect(isPortalUrl('not a url')).toBe(false);
  });
});

describe('the projection', () => {
  it('judges the tab and records the resolved tenant; the frame verdict and tab view come from it', () => {
    const state = reduceTab(emptyTabState(3), { type: 'frame-report', payload: report(), sender: sender(), at: 10 });
    const judged = judgeTab(state, input());
    expect(judged.verdict.context.kind).toBe('customer');
    expect(judged.state.requestTenant?.domain).toBe('contoso.onmicrosoft.com');
    const frame = frameVerdictOf(judged.state, 0, judged.verdict, input());
    expect(frame).toMatchObject({ frameId: 0, theme: 'dark', setupNeeded: false, readSignInKeyNames: false });
    const view = tabViewOf(3, judged.state, input());
    expect(view.verdict?.context.kind).toBe('customer');
    // The popup's card takes the colour the band and the badge show (Contoso's derived colour here).
    expect(view.color).toBe(frame.display.color);
    expect(view.color).toMatch(/^#[0-9a-f]{6}$/);
    expect(tabViewOf(3, judged.state, undefined)).toMatchObject({
      verdict: null,
      setupNeeded: true,
      prefillMode: 'ask',
      color: null,
    });
    expect(
      tabViewOf(3, reduceTab(judged.state, { type: 'tab-url', url: 'https://example.com/', at: 20 }), input()).verdict,
    ).toBeNull();
  });

  it('writes the local date', () => {
    expect(localDate(new Date(2026, 0, 5))).toBe('2026-01-05');
  });
});
