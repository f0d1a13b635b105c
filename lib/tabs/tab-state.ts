import type { Signal, TenantRef } from '../model/tenant';
import { tenantsFromUrl, detectPage, portalFor } from '../portals';
import { CONTENT_FRAME_HOSTS, FORM_FRAME_HOSTS } from '../portals/modules/azure-frame';
import { signalCountsFrom } from '../portals/page-signals';
import type { UrlTenant } from '../portals/types';
import type { FrameReport, TabIntent, TabState } from './types';

function parseUrl(url: string | undefined): URL | null {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function tenantKey(tenant: TenantRef): string {
  return (tenant.id ?? tenant.domain ?? tenant.name ?? '').toLowerCase();
}

/**
 * Identifies one support request, so manual checklist confirmations belong to it and
 * are cleared when a new request starts. Query parameters are left out, as the portal
 * adds and drops them while the same blade stays open, but a tenant the URL names
 * (`#@tenant`, `delegatedOrg`) is part of it: the same blade for another customer is
 * another request.
 */
export function requestKeyFor(url: string | undefined): string | undefined {
  const parsed = parseUrl(url);
  if (!parsed) return undefined;
  const page = detectPage(parsed);
  if (!page?.supportForm) return undefined;
  const route = parsed.hash.replace(/^#@[^/]+/, '').split('?')[0] ?? '';
  const named = tenantsFromUrl(parsed)[0];
  return `${parsed.host}${parsed.pathname}${route}${named ? ` @${tenantKey(named.tenant)}` : ''}`;
}

/** The confirmations and the "for a customer" answer belong to one request only. */
function startingNewRequest(state: TabState): TabState {
  return {
    ...state,
    confirmations: [],
    userSaysCustomerRequest: undefined,
    requestForm: undefined,
    requestTenant: undefined,
  };
}

/**
 * The tenant a tab is opened for, with what the same URL adds about it: BeginClientSession's
 * InitialDomain/PrimaryDomain carry the CTID's domain (the first of them is kept), which outlives
 * the redirect only in the intent.
 */
function intentTenant(named: UrlTenant, all: readonly UrlTenant[]): TenantRef {
  const supporting = all.find(
    (other) => other.source === 'url-client-session-domain' && other.tenant.id === named.tenant.id,
  );
  return supporting?.tenant.domain && !named.tenant.domain
    ? { ...named.tenant, domain: supporting.tenant.domain }
    : named.tenant;
}

/**
 * The top frame's URL changed (a navigation or an SPA rewrite). A tenant-naming URL becomes
 * the tab's intent and outlives later rewrites; a new document drops the old frames' reports.
 * A URL outside the portals drops them too (nothing there is ours to judge), and ends an
 * intent once the tab had landed on a portal page.
 *
 * Leaving the support-request page forgets the request, so coming back to the same blade
 * (after submitting, or via the home page) starts a new one.
 */
export function withTabUrl(state: TabState, url: string, now: number, newDocument: boolean): TabState {
  const parsed = parseUrl(url);
  const onPortal = parsed !== null && portalFor(parsed) !== null;
  const urlTenants = parsed ? tenantsFromUrl(parsed) : [];
  const named = urlTenants[0];
  const requestKey = requestKeyFor(url);
  const keptIntent = onPortal || state.intent?.landedDocument === undefined ? state.intent : undefined;
  const next: TabState = {
    ...state,
    url,
    urlChangedAt: now,
    intent: named ? { tenant: intentTenant(named, urlTenants), source: named.source, observedAt: now } : keptIntent,
    frames: newDocument || !onPortal ? {} : state.frames,
    requestKey,
  };
  const newRequest = requestKey !== undefined && requestKey !== state.requestKey;
  return newRequest ? startingNewRequest(next) : next;
}

/**
 * The intent covers the redirect from the tenant-naming URL and the SPA rewrites of the document
 * the tab landed on. A later top document whose URL names no tenant (a typed URL, a bookmark, a
 * reload after the portal dropped `delegatedOrg`) may well be another tenant, so the intent ends
 * there and the page's own signals decide.
 */
function intentAfterTopReport(intent: TabIntent | undefined, report: FrameReport): TabIntent | undefined {
  if (!intent || report.frameId !== 0 || report.page?.page === 'client-session-entry') return intent;
  const parsed = parseUrl(report.url);
  const urlNamesTenant = parsed !== null && tenantsFromUrl(parsed).length > 0;
  if (intent.landedDocument === undefined) return { ...intent, landedDocument: report.documentStartedAt };
  if (report.documentStartedAt <= intent.landedDocument) return intent;
  return urlNamesTenant ? { ...intent, landedDocument: report.documentStartedAt } : undefined;
}

/** Remembers the product a report shows for the current request; an emptied picker forgets it. */
function withProductOf(state: TabState, report: FrameReport): TabState {
  const { requestKey } = state;
  if (!requestKey || !report.form) return state;
  if (report.form.product) {
    const chosen = state.chosenProduct;
    const marketplaceProduct = report.form.marketplaceProduct ?? false;
    if (
      chosen?.requestKey === requestKey &&
      chosen.product === report.form.product &&
      chosen.marketplaceProduct === marketplaceProduct
    )
      return state;
    return { ...state, chosenProduct: { requestKey, product: report.form.product, marketplaceProduct } };
  }
  // The picker shows and is empty: the user cleared the choice.
  return report.form.fields.product && state.chosenProduct ? { ...state, chosenProduct: undefined } : state;
}

function formInstanceOf(frame: FrameReport): string {
  return `${frame.frameId}:${frame.documentStartedAt}`;
}

/**
 * Stores a frame's report. When the top frame reports from a new document, reports of
 * frames that belonged to the previous document are dropped. A form in another document than
 * the request's form (a new blade, a reloaded frame) is a new request.
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
  const frames = { ...kept, [String(report.frameId)]: report };
  const next: TabState = withProductOf(
    { ...state, frames, intent: intentAfterTopReport(state.intent, report) },
    report,
  );
  const instance = formInstanceOf(report);
  if (report.form === null) {
    // The Microsoft 365 pane closes after "Contact me" while the page stays: when it shows its form
    // again, that is the next request. Azure's form comes and goes between its steps, so only the
    // blade's URL and document tell its requests apart.
    const closedPane = state.frames[String(report.frameId)]?.form?.kind === 'm365' && next.requestForm === instance;
    return closedPane ? { ...next, requestForm: `${instance}:closed` } : next;
  }
  if (next.requestForm === undefined) return { ...next, requestForm: instance };
  if (instance === next.requestForm) return next;
  const previousFormStillShown = Object.values(frames).some(
    (frame) => frame.form !== null && formInstanceOf(frame) === next.requestForm,
  );
  return previousFormStillShown ? next : { ...startingNewRequest(next), requestForm: instance };
}

function sameTenant(a: TenantRef, b: TenantRef): boolean {
  if (a.id && b.id) return a.id.toLowerCase() === b.id.toLowerCase();
  if (a.domain && b.domain) return a.domain.toLowerCase() === b.domain.toLowerCase();
  if (a.name && b.name) return a.name.trim().toLowerCase() === b.name.trim().toLowerCase();
  // Nothing to compare: not evidence of another tenant.
  return true;
}

/**
 * The tenant the tab's context resolved to. Another tenant than the request's (a directory
 * switch, another customer's blade) starts a new request; an unknown tenant changes nothing.
 */
export function withResolvedTenant(state: TabState, tenant: TenantRef | undefined): TabState {
  if (!tenant || tenantKey(tenant) === '') return state;
  const known = state.requestTenant;
  if (!known) return { ...state, requestTenant: tenant };
  if (sameTenant(known, tenant)) {
    const gaps = (Object.keys(tenant) as (keyof TenantRef)[]).filter((key) => tenant[key] && !known[key]);
    return gaps.length === 0 ? state : { ...state, requestTenant: { ...tenant, ...known } };
  }
  return { ...startingNewRequest(state), requestForm: state.requestForm, requestTenant: tenant };
}

/** A followed link opens its tab at once; an older one is not what a new tab came from. */
export const LINK_INTENT_TTL_MS = 60_000;

/** The tab is following a link that names a tenant; the tab it opens takes it as its intent. */
export function withPendingLinkIntent(state: TabState, url: string, now: number): TabState {
  return { ...state, pendingLinkIntent: { url, at: now } };
}

/** The URL of the tenant-naming link the opener tab followed, if recent enough. */
export function pendingLinkUrl(opener: TabState, now: number): string | undefined {
  const pending = opener.pendingLinkIntent;
  return pending && now - pending.at <= LINK_INTENT_TTL_MS ? pending.url : undefined;
}

export function withoutPendingLinkIntent(state: TabState): TabState {
  return state.pendingLinkIntent ? { ...state, pendingLinkIntent: undefined } : state;
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
  // Opened directly (no tenant in the URL, no intent), the Microsoft 365 admin center is the
  // partner's own organisation; the resolver lets anything naming another tenant overrule it.
  if (parsed && urlTenants.length === 0 && !state.intent && portalFor(parsed)?.ownWhenUnnamed?.(parsed)) {
    signals.push({ source: 'admin-direct', tenant: {}, observedAt, detail: parsed.host });
  }
  // A frame's signals were sorted when it reported (lib/tabs/provenance.ts); the same rule applies
  // here again to state that did not come through that door (a session restored from storage).
  for (const frame of Object.values(state.frames)) {
    const frameUrl = parseUrl(frame.url);
    const origin = { frameId: frame.frameId, portal: frameUrl ? (portalFor(frameUrl)?.id ?? null) : null };
    signals.push(...frame.signals.filter((signal) => signalCountsFrom(signal.source, origin)));
  }
  return signals;
}

/**
 * The frame rule: which frames may hold a support form, decided by where they are, never by the
 * labels they show. Only the top document of a portal host on a support route (the classic
 * Knockout blade, the Microsoft 365 support pane), or a React view frame embedded by such a page.
 * A frame on a framework or extension host (customer content renders there) never can.
 */
export function canHoldForm(frame: Pick<FrameReport, 'frameId' | 'url'>, topUrl: string | undefined): boolean {
  const url = parseUrl(frame.url);
  if (!url || url.protocol !== 'https:') return false;
  if (CONTENT_FRAME_HOSTS.includes(url)) return false;
  const top = parseUrl(topUrl);
  const topPage = top ? detectPage(top) : null;
  if (frame.frameId === 0) {
    const page = detectPage(url);
    return (
      page !== null &&
      page.portal !== 'azure-frame' &&
      page.supportForm !== undefined &&
      page.page === 'support-request'
    );
  }
  return FORM_FRAME_HOSTS.includes(url) && topPage?.supportForm === 'azure' && topPage.page === 'support-request';
}

/**
 * The frame that holds the support form, by the frame rule: the eligible frame whose form is
 * freshest. While the form's fields have not rendered yet (an earlier step, a late frame) the
 * top frame of a support page stands in, so the findings still show.
 */
export function formFrameOf(state: TabState): FrameReport | undefined {
  const eligible = Object.values(state.frames).filter((frame) => canHoldForm(frame, state.url));
  const withForm = eligible.filter((frame) => frame.form !== null).sort((a, b) => b.reportedAt - a.reportedAt)[0];
  if (withForm) return withForm;
  const top = state.frames['0'];
  return top && canHoldForm(top, state.url) ? top : undefined;
}

/** The page of the tab: the top frame's, else the form frame's. */
export function pageOf(state: TabState): FrameReport['page'] {
  const parsed = parseUrl(state.url);
  const fromUrl = parsed ? detectPage(parsed) : null;
  return fromUrl ?? state.frames['0']?.page ?? formFrameOf(state)?.page ?? null;
}
