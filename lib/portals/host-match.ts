import { MatchPattern } from 'wxt/utils/match-patterns';
import { PORTAL_HOSTS, type HostRole, type PortalHost } from './hosts';
import type { PortalId } from './types';

/**
 * Hosts of the one table (`PORTAL_HOSTS`), compiled once into WXT's `MatchPattern` (the browser's
 * match-pattern rules), with an index from host name to the few patterns that can match it: the
 * detectors run on every URL change, so a URL is tested against one or two patterns, not all.
 */
export interface HostSet {
  /** The table's entries, in table order. */
  readonly entries: readonly PortalHost[];
  /** The entry whose pattern matches the URL, if any. */
  find(url: URL): PortalHost | undefined;
  includes(url: URL): boolean;
}

interface Compiled {
  readonly host: PortalHost;
  readonly pattern: MatchPattern;
  /** `portal.azure.com`, or `reactblade.portal.azure.net` for `*.reactblade.portal.azure.net`. */
  readonly name: string;
  readonly wildcard: boolean;
}

function compile(host: PortalHost): Compiled {
  const name = /^https:\/\/([^/]+)\/\*$/.exec(host.pattern)?.[1];
  if (!name) throw new Error(`Portal host "${host.pattern}" is not of the form https://<host>/*`);
  const wildcard = name.startsWith('*.');
  return { host, pattern: new MatchPattern(host.pattern), name: wildcard ? name.slice(2) : name, wildcard };
}

/**
 * What a compiled entry matches: its match pattern, except that a `*.` entry does not match its
 * bare domain. The browser's `*.reactblade.portal.azure.net` also runs the content script on
 * `reactblade.portal.azure.net` itself, where no blade renders (blades are on `sandbox-N.`
 * subdomains, portal-facts B), so the detectors stay narrower than the manifest, never wider.
 * Patterns are tested on the URL's text: MatchPattern tests `instanceof Location` on anything
 * else, and a service worker has no `Location`.
 */
function matches(entry: Compiled, url: URL): boolean {
  if (entry.wildcard && url.hostname === entry.name) return false;
  return entry.pattern.includes(url.href);
}

function push(index: Map<string, Compiled[]>, key: string, entry: Compiled): void {
  const list = index.get(key);
  if (list) list.push(entry);
  else index.set(key, [entry]);
}

/**
 * Answers remembered per origin: MatchPattern parses the URL and builds its regular expressions
 * on every call, and one pass asks about the same few origins many times. The patterns are all
 * `/*`, so the origin decides. Bounded: emptied when full.
 */
const CACHE_LIMIT = 256;

export function hostSet(entries: readonly PortalHost[]): HostSet {
  const exact = new Map<string, Compiled[]>();
  const bySuffix = new Map<string, Compiled[]>();
  for (const entry of entries.map(compile)) push(entry.wildcard ? bySuffix : exact, entry.name, entry);
  const lookUp = (url: URL): PortalHost | undefined => {
    const name = url.hostname;
    for (const entry of exact.get(name) ?? []) if (matches(entry, url)) return entry.host;
    for (let dot = name.indexOf('.'); dot !== -1; dot = name.indexOf('.', dot + 1)) {
      for (const entry of bySuffix.get(name.slice(dot + 1)) ?? []) if (matches(entry, url)) return entry.host;
    }
    return undefined;
  };
  const cache = new Map<string, PortalHost | null>();
  const find = (url: URL): PortalHost | undefined => {
    // Every pattern is https: nothing else can match.
    if (url.protocol !== 'https:') return undefined;
    const origin = url.origin;
    const known = cache.get(origin);
    if (known !== undefined) return known ?? undefined;
    const host = lookUp(url);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(origin, host ?? null);
    return host;
  };
  return { entries, find, includes: (url) => find(url) !== undefined };
}

/** A portal's hosts, drawn from the one table by portal (and by role, for the Azure frames). */
export function portalHosts(portal: PortalId, role?: HostRole): HostSet {
  return hostSet(PORTAL_HOSTS.filter((host) => host.portal === portal && (role === undefined || host.role === role)));
}
