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
import { frameReportFrom, type FramePayload } from './provenance';
import type { PortalFrameSender } from './sender';
import type { TabState } from './types';

/** Everything that can happen to a tab, as the background runtime learns it from the browser. */
export type TabEvent =
  /** The top frame's URL, from the browser's tab events. */
  | { readonly type: 'tab-url'; readonly url: string; readonly at: number }
  /** A frame reported what it sees: the checked payload and who sent it. */
  | {
      readonly type: 'frame-report';
      readonly payload: FramePayload;
      readonly sender: PortalFrameSender;
      readonly at: number;
    }
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
      const { sender } = event;
      const moved =
        sender.frameId === 0 && sender.url !== state.url ? withTabUrl(state, sender.url, event.at, false) : state;
      const previous = moved.frames[String(sender.frameId)];
      return withFrameReport(moved, frameReportFrom(event.payload, sender, event.at, previous));
    }
    case 'link-intent':
      return withPendingLinkIntent(state, event.url, event.at);
    case 'link-intent-taken':
      return withoutPendingLinkIntent(state);
    case 'fill-reported':
      // For diagnostics only: what happened per field, never the values (Undo lives in the frame).
      return {
        ...state,
        lastFill: {
          frameId: event.frameId,
          results: event.results.map(({ field, outcome, reason }) => ({
            field,
            outcome,
            ...(reason ? { reason } : {}),
          })),
          at: event.at,
        },
      };
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
