import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { PORTALS, detectPage, portalFor } from '../../../lib/portals';
import { hostSet } from '../../../lib/portals/host-match';
import { HOST_REASONS } from '../../../lib/portals/host-reasons';
import { PORTAL_HOSTS, PORTAL_MATCHES, type PortalHost } from '../../../lib/portals/hosts';
import { CONTENT_FRAME_HOSTS, FORM_FRAME_HOSTS } from '../../../lib/portals/modules/azure-frame';

// The one host table (lib/portals/hosts.ts) feeds the manifest and every portal module. These
// tests hold the modules to it: each module's hosts are entries of the table, a URL a detector
// claims is one the manifest matches, and each host's look-alikes are nobody's.

/** `portal.azure.com`, or `reactblade.portal.azure.net` for a `*.` entry. */
const nameOf = (host: PortalHost) => host.pattern.replace(/^https:\/\/(\*\.)?/, '').replace(/\/\*$/, '');
const isWildcard = (host: PortalHost) => host.pattern.startsWith('https://*.');
const MANIFEST = PORTAL_MATCHES.map((pattern) => new MatchPattern(pattern));
const inManifest = (url: URL) => MANIFEST.some((pattern) => pattern.includes(url.href));
const claims = (url: URL) => PORTALS.filter((portal) => portal.detect(url) !== null).map((portal) => portal.id);

/** URLs on the host that the entry must match. */
function ownUrls(host: PortalHost): string[] {
  const name = nameOf(host);
  const hosts = isWildcard(host) ? [`sandbox-1.${name}`, `sandbox-42.${name}`, `a.b.${name}`] : [name];
  return hosts.flatMap((hostname) => [
    `https://${hostname}/`,
    `https://${hostname}/some/path?tid=x#view/blade`,
    `https://${hostname.toUpperCase()}/`,
    `https://${hostname}:443/`,
  ]);
}

/** Look-alikes of the host that nothing may match. */
function lookAlikes(host: PortalHost): string[] {
  const name = nameOf(host);
  const sample = isWildcard(host) ? `sandbox-1.${name}` : name;
  return [
    `https://${sample}.evil.test/`, // the host as a subdomain of another
    `https://evil${name}/`, // the host name as a suffix of another label
    `https://evil-${name}/`,
    `http://${sample}/`, // never plain http
    `wss://${sample}/`,
    `https://${sample}@evil.test/`, // userinfo: the host is evil.test
    `https://user:pass@evil.test/${sample}/`,
    `https://evil.test\\@${sample}/`, // a backslash ends the host in special URLs
    `https://evil.test/?next=https://${sample}/`,
    `https://evil.test/#https://${sample}/`,
    `https://${sample}./`, // the trailing-dot form: the detectors do not take it (nothing shows there)
    ...(isWildcard(host) ? [`https://${name}/`] : []), // a `*.` entry's bare domain holds no blade
  ];
}

describe('the one host table', () => {
  it.each(PORTALS.map((portal) => [portal.id, portal] as const))(
    '%s takes its hosts from PORTAL_HOSTS, and only hosts of its own',
    (id, portal) => {
      expect(portal.hosts.entries.length).toBeGreaterThan(0);
      for (const host of portal.hosts.entries) {
        // The very entry object of the table, not a copy with the same text.
        expect(
          PORTAL_HOSTS.filter((entry) => entry === host),
          host.pattern,
        ).toHaveLength(1);
        expect(host.portal).toBe(id);
      }
      expect(portal.hosts.entries).toEqual(PORTAL_HOSTS.filter((host) => host.portal === id));
    },
  );

  it('gives every table entry to exactly one module', () => {
    const taken = PORTALS.flatMap((portal) => portal.hosts.entries);
    expect(taken).toHaveLength(PORTAL_HOSTS.length);
    expect(new Set(taken)).toEqual(new Set(PORTAL_HOSTS));
  });

  it('splits the Azure frames into form frames and content frames by role', () => {
    expect(FORM_FRAME_HOSTS.entries.map(nameOf)).toEqual([
      'reactblade.portal.azure.net',
      'reactblade-ms.portal.azure.net',
      'reactblade-rc.portal.azure.net',
    ]);
    expect(CONTENT_FRAME_HOSTS.entries.map(nameOf)).toEqual(['hosting.portal.azure.net', 'ext.azure.com']);
    expect(PORTAL_HOSTS.filter((host) => host.role !== undefined).every((host) => host.portal === 'azure-frame')).toBe(
      true,
    );
  });

  it('gives every host one reason (host-reasons.ts), and no reason to a host it does not list', () => {
    expect(Object.keys(HOST_REASONS).sort()).toEqual([...PORTAL_MATCHES].sort());
  });

  it('has only https://<host>/* patterns, each once', () => {
    for (const host of PORTAL_HOSTS) expect(host.pattern).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\/\*$/);
    expect(new Set(PORTAL_MATCHES).size).toBe(PORTAL_MATCHES.length);
  });
});

describe.each(PORTAL_HOSTS.map((host) => [host.pattern, host] as const))('%s', (_pattern, host) => {
  it.each(ownUrls(host))('%s is this entry, detected by its module and in the manifest', (text) => {
    const url = new URL(text);
    expect(hostSet(PORTAL_HOSTS).find(url)).toBe(host);
    expect(portalFor(url)?.id).toBe(host.portal);
    expect(claims(url)).toEqual([host.portal]);
    expect(detectPage(url)?.portal).toBe(host.portal);
    expect(inManifest(url)).toBe(true);
  });

  it.each(lookAlikes(host))('%s is no portal', (text) => {
    const url = new URL(text);
    expect(hostSet(PORTAL_HOSTS).find(url)).toBeUndefined();
    expect(portalFor(url)).toBeNull();
    expect(claims(url)).toEqual([]);
    expect(detectPage(url)).toBeNull();
  });
});

/** Labels the generated host names are built from: the table's own, and near misses. */
const LABELS = [
  ...new Set(PORTAL_HOSTS.flatMap((host) => nameOf(host).split('.'))),
  'sandbox-1',
  'evil',
  'test',
  'reactbladex',
  'xportal',
  'net',
  'co',
];

const hostnames = fc
  .array(fc.constantFrom(...LABELS), { minLength: 1, maxLength: 6 })
  .map((labels) => labels.join('.'));
const urls = fc
  .tuple(fc.constantFrom('https', 'http'), hostnames, fc.constantFrom('/', '/a/b?c=d', '/#@contoso.com/x'))
  .map(([scheme, hostname, rest]) => new URL(`${scheme}://${hostname}${rest}`));
const tableNames = fc
  .constantFrom(...PORTAL_HOSTS)
  .chain((host) =>
    fc
      .constantFrom('', 'sandbox-1.', 'a.b.', 'evil', 'x-')
      .map((prefix) => new URL(`https://${prefix}${nameOf(host)}/path`)),
  );

describe('matching', () => {
  it('agrees with the browser: what a detector claims, the manifest matches', () => {
    fc.assert(
      fc.property(fc.oneof(urls, tableNames), (url) => {
        if (claims(url).length > 0) expect(inManifest(url), url.href).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('finds what trying every pattern of the table in turn finds (the host index misses nothing)', () => {
    const all = hostSet(PORTAL_HOSTS);
    const compiled = PORTAL_HOSTS.map((host) => ({ host, pattern: new MatchPattern(host.pattern) }));
    const everyPattern = (url: URL) =>
      compiled.find(
        ({ host, pattern }) => pattern.includes(url.href) && !(isWildcard(host) && url.hostname === nameOf(host)),
      )?.host;
    fc.assert(
      fc.property(fc.oneof(urls, tableNames), (url) => {
        expect(all.find(url), url.href).toBe(everyPattern(url));
        expect(claims(url)).toEqual(everyPattern(url) ? [everyPattern(url)!.portal] : []);
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses a table entry that is not an https://<host>/* pattern', () => {
    const bad = { ...PORTAL_HOSTS[0]!, pattern: 'https://portal.azure.com/support/*' };
    expect(() => hostSet([bad])).toThrow(/not of the form https:\/\/<host>\/\*/);
  });
});
