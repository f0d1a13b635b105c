import type { Signal, TenantRef } from '../model/tenant';
import type { FieldFillResult } from '../forms/types';
import type { FieldId, FormState } from '../model/form';
import type { PageInfo, UrlTenantSource } from '../portals/types';

/** What one frame of a tab last reported. */
export interface FrameReport {
  readonly frameId: number;
  /** The frame's document, as the browser names it (Chrome 106+); a fill is pinned to it. */
  readonly documentId?: string;
  /** The frame's own URL (an iframe can't see the top URL), from the message sender. */
  readonly url: string;
  readonly page: PageInfo | null;
  /** Signals read from the frame's DOM (header, MSAL key names) that its frame may give. */
  readonly signals: readonly Signal[];
  /**
   * Shell signals from a frame that may not give them (any frame but the top of a shell host):
   * shown in Why? as ignored, naming the frame's origin, and never counted.
   */
  readonly ignoredSignals?: readonly Signal[];
  readonly form: FormState | null;
  /** Fields the locator recognised, for diagnostics. */
  readonly fieldsFound: readonly FieldId[];
  readonly theme: 'dark' | 'light' | null;
  /** False when the page removed or hid the overlay and it could not be re-attached. */
  readonly overlayVisible: boolean;
  readonly reportedAt: number;
  /** When the frame's document started; a new top document makes older frame reports stale. */
  readonly documentStartedAt: number;
}

/**
 * A tenant a tab was opened for, remembered after the portal rewrites the URL
 * (Partner Center's BeginClientSession redirect, a path or delegatedOrg URL).
 */
export interface TabIntent {
  readonly tenant: TenantRef;
  readonly source: UrlTenantSource;
  readonly observedAt: number;
  /**
   * The top document the tab landed on after the tenant-naming URL. The intent covers that
   * document's SPA rewrites; a later top document whose URL names no tenant ends it.
   */
  readonly landedDocument?: number;
}

interface ChosenProduct {
  readonly requestKey: string;
  readonly product: string;
  readonly marketplaceProduct: boolean;
}

/** A tenant-naming link the user followed from this tab, for the tab it opens. */
interface PendingLinkIntent {
  readonly url: string;
  readonly at: number;
}

export interface TabState {
  readonly tabId: number;
  readonly url?: string;
  readonly urlChangedAt?: number;
  readonly intent?: TabIntent;
  readonly frames: Readonly<Record<string, FrameReport>>;
  /** The user said in the popup that this request is for a customer. */
  readonly userSaysCustomerRequest?: boolean;
  /** Manual checklist confirmations, per request. */
  readonly confirmations: readonly string[];
  /** Identifies the support request the confirmations belong to; a new request clears them. */
  readonly requestKey?: string;
  /** The frame document holding the request's form (`frameId:documentStartedAt`). */
  readonly requestForm?: string;
  /** The tenant the request was for, as resolved; another tenant starts a new request. */
  readonly requestTenant?: TenantRef;
  /**
   * The product chosen on the form's first step, for the request it was chosen in. The Azure form
   * drops the picker on later steps, where the marketplace rule still needs it; kept in the tab
   * state so it outlives a service-worker restart.
   */
  readonly chosenProduct?: ChosenProduct;
  readonly pendingLinkIntent?: PendingLinkIntent;
  readonly lastFill?: { readonly frameId: number; readonly results: readonly FieldFillResult[]; readonly at: number };
}

export function emptyTabState(tabId: number): TabState {
  return { tabId, frames: {}, confirmations: [] };
}
