import type { TenantRef } from '../model/tenant';
import type { FieldFillResult } from '../forms/types';
import { isManualCheckId } from '../rules/checklist';
import { portalFor } from '../portals';
import {
  withConfirmation,
  withCustomerRequestFlag,
  withFrameReport,
  withPendingLinkIntent,
  withResolvedTenant,
  withTabUrl,
  withoutPendingLinkIntent,
} from './tab-state';
import type { FrameReport, TabState } from './types';

/** Everything that can happen to a tab, as the background runtime learns it from the browser. */
export type TabEvent =
  /** The top frame's URL, from the browser's tab events. */
  | { readonly type: 'tab-url'; readonly url: string; readonly at: number }
  /** A frame reported what it sees. */
  | { readonly type: 'frame-report'; readonly report: FrameReport; readonly at: number }
  /** The user followed a tenant-naming link from this tab. */
  | { readonly type: 'link-intent'; readonly url: string; readonly at: number }
  /** The tab this one opened took its pending link intent. */
  | { readonly type: 'link-intent-taken' }
  | {
      readonly type: 'fill-reported';
      readonly frameId: number;
      readonly results: readonly FieldFillResult[];
      readonly at: number;
    }
  | { readonly type: 'check-confirmed'; readonly checkId: string; readonly confirmed: boolean }
  | { readonly type: 'customer-request'; readonly isCustomerRequest: boolean }
  /** The verdict resolved the tab's tenant. */
  | { readonly type: 'tenant-resolved'; readonly tenant: TenantRef | undefined };

function isPortalUrlString(url: string): boolean {
  try {
    return portalFor(new URL(url)) !== null;
  } catch {
    return false;
  }
}

/** The background's one state transition: state plus event gives state. Pure. */
export function reduceTab(state: TabState, event: TabEvent): TabState {
  switch (event.type) {
    case 'tab-url':
      if (state.url === event.url) return state;
      return withTabUrl(state, event.url, event.at, false);
    case 'frame-report': {
      const { report } = event;
      const moved =
        report.frameId === 0 && report.url !== state.url ? withTabUrl(state, report.url, event.at, false) : state;
      return withFrameReport(moved, report);
    }
    case 'link-intent':
      return withPendingLinkIntent(state, event.url, event.at);
    case 'link-intent-taken':
      return withoutPendingLinkIntent(state);
    case 'fill-reported':
      return { ...state, lastFill: { frameId: event.frameId, results: event.results, at: event.at } };
    case 'check-confirmed':
      return isManualCheckId(event.checkId) ? withConfirmation(state, event.checkId, event.confirmed) : state;
    case 'customer-request':
      return withCustomerRequestFlag(state, event.isCustomerRequest);
    case 'tenant-resolved':
      return withResolvedTenant(state, event.tenant);
  }
}

/** Whether a tab URL is worth keeping state for: a portal page, or a tab that already has state. */
export function tracksUrl(url: string, known: boolean): boolean {
  return known || isPortalUrlString(url);
}
