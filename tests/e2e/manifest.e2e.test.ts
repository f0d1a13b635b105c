import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PORTAL_HOSTS } from '../../lib/portals/hosts';
import { EXTENSION_DIR } from './harness';

/**
 * Least privilege, checked on the built manifest: every permission and host must be on the
 * allowlist that the README justifies (lib/portals/hosts.ts holds each host's reason).
 */
const ALLOWED_PERMISSIONS = ['storage'];
const FORBIDDEN_PERMISSIONS = ['tabs', 'scripting', 'webRequest', 'webNavigation', 'cookies', 'history', '<all_urls>'];
const ALLOWED_HOSTS = PORTAL_HOSTS.map((host) => host.pattern).sort();

const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[]; all_frames?: boolean }[];
  content_security_policy?: unknown;
  web_accessible_resources?: { resources: string[]; matches: string[] }[];
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
      expect(pattern).toMatch(/^https:\/\/[^/]+\/\*$/);
      expect(pattern).not.toBe('<all_urls>');
    }
  });

  it('keeps the default MV3 content security policy and exposes nothing to pages', () => {
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    expect(manifest.externally_connectable).toBeUndefined();
  });

  it('has a fixed key and icons', () => {
    expect(manifest.key).toMatch(/^MIIB/);
    expect(Object.keys(manifest.icons ?? {}).sort()).toEqual(['128', '16', '32', '48']);
  });

  it('ships no remote code: no script loads from a URL and no eval', () => {
    for (const file of filesUnder(EXTENSION_DIR).filter((path) => /\.(js|html)$/.test(path))) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(/<script[^>]+src=["']https?:/i);
      expect(text, file).not.toMatch(/\bimportScripts\(\s*["']https?:/);
      expect(text, file).not.toMatch(/\bimport\(\s*["']https?:/);
    }
    for (const file of filesUnder(EXTENSION_DIR).filter((path) => path.endsWith('.html'))) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/i);
    }
  });
});
