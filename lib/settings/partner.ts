import type { Settings } from './schema';

/** The partner's own tenant is known (by ID or domain), from whichever source: setup is done. */
export function partnerIsKnown(settings: Pick<Settings, 'partner'>): boolean {
  return settings.partner.tenantIds.length > 0 || settings.partner.domains.length > 0;
}
