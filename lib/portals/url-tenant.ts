import type { TenantRef } from '../context/types';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** A tenant named by a GUID or a domain, or null for anything else (routes, garbage). */
export function tenantFromToken(raw: string | null | undefined): TenantRef | null {
  if (!raw) return null;
  const token = decode(raw).trim().toLowerCase();
  if (GUID.test(token)) return { id: token };
  if (DOMAIN.test(token)) return { domain: token };
  return null;
}

/** The first path segment, when it names a tenant (`/contoso.onmicrosoft.com/…`). */
export function tenantFromFirstPathSegment(url: URL): TenantRef | null {
  const first = url.pathname.split('/').find((segment) => segment.length > 0);
  return tenantFromToken(first);
}

/** `#@contoso.onmicrosoft.com/…` or `#@<guid>/…` (Azure portal, B). */
export function tenantFromHashAt(url: URL): TenantRef | null {
  const match = /^#@([^/?#]+)/.exec(url.hash);
  return tenantFromToken(match?.[1]);
}

/** A query parameter looked up case-insensitively, as the portals accept either case. */
export function queryParam(url: URL, name: string): string | null {
  const lower = name.toLowerCase();
  for (const [key, value] of url.searchParams) if (key.toLowerCase() === lower) return value;
  return null;
}
