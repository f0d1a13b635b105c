import type { Signal } from '../context/types';
import { tenantsFromUrl, detectPage } from '../portals';
import type { FrameReport, TabState } from './types';

function parseUrl(url: string | undefined): URL | null {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Identifies one support request, so manual checklist confirmations belong to it and
 * are cleared when a new request starts. Query parameters are left out: the portal
 * adds and drops them while the same blade stays open.
 */
export function requestKeyFor(url: string | undefined): string | undefined {
  const parsed = parseUrl(url);
  if (!parsed) return undefined;
  const page = detectPage(parsed);
  if (!page?.supportForm) return undefined;
  const route = parsed.hash.replace(/^#@[^/]+/, '').split('?')[0] ?? '';
  return `${parsed.host}${parsed.pathname}${route}`;
}

/**
 * The top frame's URL changed (a navigation or an SPA rewrite). A tenant-naming URL becomes
 * the tab's intent and outlives later rewrites; a new document drops the old frames' reports.
 */
export function withTabUrl(state: TabState, url: string, now: number, newDocument: boolean): TabState {
  const parsed = parseUrl(url);
  const named = parsed ? tenantsFromUrl(parsed)[0] : undefined;
  const requestKey = requestKeyFor(url);
  const newRequest = requestKey !== undefined && requestKey !== state.requestKey;
  return {
    ...state,
    url,
    urlChangedAt: now,
    intent: named ? { tenant: named.tenant, source: named.source, observedAt: now } : state.intent,
    frames: newDocument ? {} : state.frames,
    requestKey: requestKey ?? state.requestKey,
    confirmations: newRequest ? [] : state.confirmations,
  };
}

/**
 * Stores a frame's report. When the top frame reports from a new document, reports of
 * frames that belonged to the previous document are dropped.
 */
export function withFrameReport(state: TabState, report: FrameReport): TabState {
  const previousTop = state.frames['0'];
  const newTopDocument =
    report.frameId === 0 && previousTop !== undefined && report.documentStartedAt > previousTop.documentStartedAt;
  const kept = newTopDocument
    ? Object.fromEntries(
        Object.entries(state.frames).filter(([, frame]) => frame.reportedAt >= report.documentStartedAt),
      )
    : state.frames;
  return { ...state, frames: { ...kept, [String(report.frameId)]: report } };
}

export function withoutFrame(state: TabState, frameId: number): TabState {
  const frames = Object.fromEntries(Object.entries(state.frames).filter(([id]) => id !== String(frameId)));
  return { ...state, frames };
}

export function withConfirmation(state: TabState, checkId: string, confirmed: boolean): TabState {
  const others = state.confirmations.filter((id) => id !== checkId);
  return { ...state, confirmations: confirmed ? [...others, checkId] : others };
}

export function withCustomerRequestFlag(state: TabState, isCustomerRequest: boolean): TabState {
  return { ...state, userSaysCustomerRequest: isCustomerRequest };
}

/** Every signal the tab holds: the top URL, the remembered intent, and what each frame read. */
export function signalsOf(state: TabState): Signal[] {
  const signals: Signal[] = [];
  const parsed = parseUrl(state.url);
  const observedAt = state.urlChangedAt ?? 0;
  const urlTenants = parsed ? tenantsFromUrl(parsed) : [];
  for (const named of urlTenants) {
    signals.push({ source: named.source, tenant: named.tenant, observedAt, detail: parsed?.host });
  }
  if (state.intent && urlTenants.length === 0) {
    signals.push({ source: 'tab-intent', tenant: state.intent.tenant, observedAt: state.intent.observedAt });
  }
  for (const frame of Object.values(state.frames)) signals.push(...frame.signals);
  return signals;
}

/**
 * The frame whose support form is freshest. While the form's fields have not rendered yet (an
 * earlier step, a late frame) but the top URL is a support-request page, the top frame stands in,
 * so the findings still show.
 */
export function formFrameOf(state: TabState): FrameReport | undefined {
  const withForm = Object.values(state.frames)
    .filter((frame) => frame.form !== null)
    .sort((a, b) => b.reportedAt - a.reportedAt)[0];
  if (withForm) return withForm;
  const top = state.frames['0'];
  return top?.page?.supportForm ? top : undefined;
}

/** The page of the tab: the top frame's, else the form frame's. */
export function pageOf(state: TabState): FrameReport['page'] {
  const parsed = parseUrl(state.url);
  const fromUrl = parsed ? detectPage(parsed) : null;
  return fromUrl ?? state.frames['0']?.page ?? formFrameOf(state)?.page ?? null;
}
