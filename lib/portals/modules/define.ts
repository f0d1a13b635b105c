import { portalHosts } from '../host-match';
import type { PageInfo, PortalId, PortalModule, UrlTenant } from '../types';

/**
 * A portal module on its hosts of the one table (PORTAL_HOSTS, by `id`): `page` describes a URL
 * on those hosts, and any other URL is not this portal's.
 */
export function definePortal(
  id: PortalId,
  nameKey: string,
  page: (url: URL) => PageInfo,
  tenantsFromUrl: (url: URL) => UrlTenant[],
  extra: Pick<PortalModule, 'ownWhenUnnamed'> = {},
): PortalModule {
  const hosts = portalHosts(id);
  return { id, nameKey, hosts, detect: (url) => (hosts.includes(url) ? page(url) : null), tenantsFromUrl, ...extra };
}
