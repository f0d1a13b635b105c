import type { Customer } from '../settings/schema';
import type { MessageRef } from '../i18n/types';
import type { SignalSource, TenantRef } from '../model/tenant';

export type ContextKind = 'own' | 'customer' | 'unlisted' | 'unknown';
export type Confidence = 'high' | 'medium' | 'low';

type EvidenceVerdict = 'decisive' | 'supports' | 'conflicts' | 'ignored';

export interface Evidence {
  readonly source: SignalSource;
  readonly tenant: TenantRef;
  readonly verdict: EvidenceVerdict;
  /** A sentence for the UI, e.g. "The URL names contoso.onmicrosoft.com". */
  readonly message: MessageRef;
  readonly observedAt: number;
  /** For a signal ignored because of the frame it came from: that frame's origin. */
  readonly origin?: string;
}

export interface TenantContext {
  readonly kind: ContextKind;
  readonly tenant?: TenantRef;
  /** The directory record when kind is `customer`. */
  readonly customer?: Customer;
  readonly confidence: Confidence;
  /** True when a partner user works in a foreign tenant (GDAP or guest). */
  readonly delegated?: boolean;
  /** True until the partner profile names the partner's own tenant: nothing can be called `own` yet. */
  readonly setupNeeded?: boolean;
  readonly evidence: readonly Evidence[];
}
