/** True when `host` equals a listed host, or is a subdomain of a `*.suffix` entry. */
export function hostMatches(host: string, patterns: readonly string[]): boolean {
  const lowerHost = host.toLowerCase();
  return patterns.some((pattern) =>
    pattern.startsWith('*.')
      ? lowerHost.endsWith(pattern.slice(1)) && lowerHost.length > pattern.length - 1
      : lowerHost === pattern,
  );
}

/** True for an https URL on one of the hosts; the portals are never served over plain http. */
export function onHosts(url: URL, patterns: readonly string[]): boolean {
  return url.protocol === 'https:' && hostMatches(url.hostname, patterns);
}
