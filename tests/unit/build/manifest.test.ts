import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureFreshBuild } from './built-extension';

/**
 * Least privilege, checked on the built manifest. The allowlist is written out here from the host
 * table of shared/portal-facts.md, independently of lib/portals/hosts.ts (which generates the
 * manifest), so a host added there by mistake fails this test instead of passing through it.
 */
const ALLOWED_PERMISSIONS = ['storage'];
const FORBIDDEN_PERMISSIONS = ['tabs', 'scripting', 'webRequest', 'webNavigation', 'cookies', 'history', '<all_urls>'];
const EXACT_HOSTS = [
  'portal.azure.com',
  'portal.azure.us',
  'entra.microsoft.com',
  'aad.portal.azure.com',
  'intune.microsoft.com',
  'endpoint.microsoft.com',
  'admin.microsoft.com',
  'admin.cloud.microsoft',
  'portal.office.com',
  'admin.exchange.microsoft.com',
  'admin.teams.microsoft.com',
  'partner.microsoft.com',
];
/** The only wildcards: the Azure portal's frame hosts from its safelist. */
const WILDCARD_HOSTS = [
  '*.reactblade.portal.azure.net',
  '*.reactblade-ms.portal.azure.net',
  '*.reactblade-rc.portal.azure.net',
  '*.hosting.portal.azure.net',
  '*.ext.azure.com',
];
const ALLOWED_HOSTS = [...EXACT_HOSTS, ...WILDCARD_HOSTS].map((host) => `https://${host}/*`).sort();
const EXTENSION_DIR = ensureFreshBuild();
const README = readFileSync(join(EXTENSION_DIR, '../../README.md'), 'utf8');

const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[]; all_frames?: boolean }[];
  content_security_policy?: unknown;
  web_accessible_resources?: { resources: string[]; matches: string[]; use_dynamic_url?: boolean }[];
  externally_connectable?: unknown;
  key?: string;
  icons?: Record<string, string>;
};

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('the built manifest', () => {
  it('asks for storage only', () => {
    expect(manifest.permissions ?? []).toEqual(ALLOWED_PERMISSIONS);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    for (const permission of FORBIDDEN_PERMISSIONS) expect(manifest.permissions ?? []).not.toContain(permission);
  });

  it('asks for exactly the portal hosts, and runs the content script in all their frames', () => {
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual(ALLOWED_HOSTS);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts).toHaveLength(1);
    expect([...manifest.content_scripts![0]!.matches].sort()).toEqual(ALLOWED_HOSTS);
    expect(manifest.content_scripts![0]!.all_frames).toBe(true);
    for (const pattern of [...(manifest.host_permissions ?? []), ...manifest.content_scripts![0]!.matches]) {
      const host = /^https:\/\/([^/]+)\/\*$/.exec(pattern)?.[1];
      expect(host, pattern).toBeDefined();
      if (host!.includes('*')) expect(WILDCARD_HOSTS, pattern).toContain(host);
      else expect(EXACT_HOSTS, pattern).toContain(host);
    }
  });

  it('is justified host by host in the README permission table, which lists nothing else', () => {
    const section = README.split(/^## Permissions, and why$/m)[1]!.split(/^## /m)[0]!;
    const rows = section
      .split('\n')
      .filter((line) => line.startsWith('|') && !/^\|\s*-+/.test(line))
      .slice(1)
      .map((line) => line.split('|').map((cell) => cell.trim()));
    const listed = rows.map(([, permission]) => permission!.replace(/^`|`$/g, ''));
    for (const [, permission, why] of rows) expect(why, permission).toMatch(/\w{3,}/);
    expect(listed.filter((permission) => permission.startsWith('https://')).sort()).toEqual(ALLOWED_HOSTS);
    expect(listed.filter((permission) => !permission.startsWith('https://'))).toEqual([
      ...ALLOWED_PERMISSIONS,
      'web_accessible_resources',
    ]);
  });

  it('keeps the default MV3 content security policy and exposes only the overlay UI, to the portals, by dynamic URL', () => {
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.web_accessible_resources).toHaveLength(1);
    const [exposed] = manifest.web_accessible_resources!;
    expect(exposed!.resources).toEqual(['overlay-ui.js']);
    expect([...exposed!.matches].sort()).toEqual(ALLOWED_HOSTS);
    expect(exposed!.use_dynamic_url).toBe(true);
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('has a fixed key, the version of package.json, and icons', () => {
    expect(manifest.key).toMatch(/^MIIB/);
    const pkg = JSON.parse(readFileSync(join(EXTENSION_DIR, '../../package.json'), 'utf8')) as { version: string };
    expect((manifest as { version?: string }).version).toBe(pkg.version);
    expect(Object.keys(manifest.icons ?? {}).sort()).toEqual(['128', '16', '32', '48']);
  });

  it('ships no remote code: no script loads from a URL and no eval', () => {
    for (const file of filesUnder(EXTENSION_DIR).filter((path) => /\.(js|html)$/.test(path))) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/(?<![\w$.])eval\s*\(/);
      expect(text, file).not.toMatch(/\bnew\s+Function\s*\(/);
      expect(text, file).not.toMatch(/\bsetTimeout\(\s*["'`]/);
      expect(text, file).not.toMatch(/<script[^>]+src=["']https?:/i);
      expect(text, file).not.toMatch(/\bimportScripts\(\s*["']https?:/);
      expect(text, file).not.toMatch(/\bimport\(\s*["']https?:/);
    }
    for (const file of filesUnder(EXTENSION_DIR).filter((path) => path.endsWith('.html'))) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/i);
    }
  });

  it('sets zod to jitless wherever zod is bundled', () => {
    // Zod still ships its `Function` probe and compiler; jitless mode leaves them unreached. The
    // security e2e test proves at runtime that no page reports a policy violation.
    const withZod = filesUnder(EXTENSION_DIR).filter(
      (path) => path.endsWith('.js') && readFileSync(path, 'utf8').includes('jitless'),
    );
    expect(withZod.length).toBeGreaterThan(0);
    for (const file of withZod)
      expect(readFileSync(file, 'utf8'), file).toMatch(/\(\{\s*jitless:\s*(?:!0|true)\s*\}\)/);
  });
});
