import type { ContextKind, TenantContext } from '../context/types';
import { displayText } from '../text/clean';

/** The name to show for the tenant in context: directory record, then portal name, domain, ID. */
export function tenantLabel(context: TenantContext): string {
  return displayText(
    context.customer?.name ?? context.tenant?.name ?? context.tenant?.domain ?? context.tenant?.id ?? '',
  );
}

/** Badge colours per context kind; a blocker turns the badge red whatever the kind. */
export const BADGE_COLORS: Readonly<Record<ContextKind | 'blocker', string>> = {
  own: '#0b6a0b',
  customer: '#005a9e',
  unlisted: '#8a3707',
  unknown: '#605e5c',
  blocker: '#c50f1f',
};
