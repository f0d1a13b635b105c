import { partnerIsKnown } from '../settings/partner';
import type { Customer, Settings } from '../settings/schema';
import { isSameOrSubdomain, normalizeDomain, normalizeName } from './normalize';

/** Lookups built once per settings change; resolution then costs a few map reads. */
export interface MatchIndex {
  readonly partnerName: string;
  readonly partnerTenantIds: ReadonlySet<string>;
  readonly partnerDomains: readonly string[];
  readonly partnerDomainSet: ReadonlySet<string>;
  readonly customersById: ReadonlyMap<string, Customer>;
  readonly customersByDomain: ReadonlyMap<string, Customer>;
  readonly customersByName: ReadonlyMap<string, readonly Customer[]>;
  readonly setupNeeded: boolean;
}

export function buildMatchIndex(settings: Settings): MatchIndex {
  const customersById = new Map<string, Customer>();
  const customersByDomain = new Map<string, Customer>();
  const customersByName = new Map<string, Customer[]>();
  for (const customer of settings.customers) {
    customersById.set(customer.tenantId.toLowerCase(), customer);
    for (const domain of customer.domains) customersByDomain.set(normalizeDomain(domain), customer);
    const name = normalizeName(customer.name);
    if (name) customersByName.set(name, [...(customersByName.get(name) ?? []), customer]);
  }
  const partnerDomains = settings.partner.domains.map(normalizeDomain);
  return {
    partnerName: normalizeName(settings.partner.name),
    partnerTenantIds: new Set(settings.partner.tenantIds.map((id) => id.toLowerCase())),
    partnerDomains,
    partnerDomainSet: new Set(partnerDomains),
    customersById,
    customersByDomain,
    customersByName,
    setupNeeded: !partnerIsKnown(settings),
  };
}

/** True for a partner domain or any subdomain of one (for email addresses and UPNs). */
export function isPartnerDomain(index: MatchIndex, domain: string): boolean {
  const normalized = normalizeDomain(domain);
  if (index.partnerDomainSet.has(normalized)) return true;
  return index.partnerDomains.some((partnerDomain) => isSameOrSubdomain(normalized, partnerDomain));
}
