/** True when `host` equals a listed host, or is a subdomain of a `*.suffix` entry. */
export function hostMatches(host: string, patterns: readonly string[]): boolean {
  const lowerHost = host.toLowerCase();
  return patterns.some((pattern) =>
    pattern.startsWith('*.')
      ? lowerHost.endsWith(pattern.slice(1)) && lowerHost.length > pattern.length - 1
      : lowerHost === pattern,
  );
}
