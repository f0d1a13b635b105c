import type { TenantRef } from '../model/tenant';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

/**
 * Last labels that make a path segment a file or a portal route rather than a tenant domain:
 * `index.html`, `default.aspx`, `favicon.ico`, `robots.txt`, `ms.portal`. A tenant's domain is
 * verified in Entra, so it always ends in a public top-level domain; none of these is one (the
 * two-letter extensions that are also country codes, such as `.md` or `.pl`, stay allowed).
 */
const NOT_A_TLD = new Set([
  // web pages and handlers
  'htm',
  'html',
  'xhtml',
  'shtml',
  'asp',
  'aspx',
  'ashx',
  'asmx',
  'axd',
  'svc',
  'php',
  'jsp',
  'cgi',
  // scripts, styles, data
  'js',
  'mjs',
  'cjs',
  'css',
  'map',
  'json',
  'xml',
  'txt',
  'csv',
  'log',
  'wasm',
  'manifest',
  'webmanifest',
  // images, fonts, documents, archives
  'ico',
  'png',
  'jpg',
  'jpeg',
  'gif',
  'svg',
  'webp',
  'bmp',
  'woff',
  'woff2',
  'ttf',
  'otf',
  'eot',
  'pdf',
  'zip',
  'gz',
  // names that are not delegated top-level domains (reserved, internal, or the portal's own)
  'portal',
  'local',
  'localhost',
  'localdomain',
  'internal',
  'intranet',
  'invalid',
  'test',
  'example',
  'lan',
  'corp',
  'home',
]);

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function isPlausibleDomain(token: string): boolean {
  if (!DOMAIN.test(token)) return false;
  const tld = token.slice(token.lastIndexOf('.') + 1);
  return !NOT_A_TLD.has(tld);
}

/** A tenant named by a GUID or a domain, or null for anything else (routes, file names, garbage). */
export function tenantFromToken(raw: string | null | undefined): TenantRef | null {
  if (!raw) return null;
  const token = decode(raw).trim().toLowerCase();
  if (GUID.test(token)) return { id: token };
  if (isPlausibleDomain(token)) return { domain: token };
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
