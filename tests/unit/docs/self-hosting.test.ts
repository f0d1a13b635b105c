// @vitest-environment jsdom
import { execFileSync } from 'node:child_process';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { chooseManifestKey, extensionIdFromKey } from '../../../lib/release/extension-key';
import { resolveSettings } from '../../../lib/settings/resolve';

const ROOT = process.cwd();
const DEPLOY = join(ROOT, 'docs/deploy');
const PROJECT_ID = 'jpjfbjadngbmdbaogppmkenfmebgocdd';
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const sha256 = (bytes: Uint8Array) => new Uint8Array(createHash('sha256').update(bytes).digest());
const PROJECT_KEY = /const PROJECT_KEY =\s*'([^']+)'/.exec(read('wxt.config.ts'))![1]!;

/*
 * The browsers' policy shapes, written from their documented types:
 * - ExtensionInstallForcelist: a list of strings, "<extension ID>[;<update URL>]".
 * - ExtensionSettings: a dictionary from extension ID (or "*") to settings. installation_mode is
 *   one of blocked, allowed, force_installed, normal_installed, removed; force_installed and
 *   normal_installed need an update_url. Chrome pins with toolbar_pin (force_pinned,
 *   default_unpinned); Edge shows with toolbar_state (default_shown, default_hidden). Each
 *   browser's schema rejects the other's key.
 * - 3rdparty: extensions → <ID> → the extension's own managed schema (checked by resolveSettings,
 *   the same code the extension applies policy with).
 */
const EXTENSION_ID = z.string().regex(/^[a-p]{32}$/, 'not an extension ID (32 letters a-p)');
const HTTPS_URL = z.string().regex(/^https:\/\/[^\s;]+$/, 'not an https URL');
const INSTALLATION_MODES = ['blocked', 'allowed', 'force_installed', 'normal_installed', 'removed'] as const;

const commonEntry = {
  installation_mode: z.enum(INSTALLATION_MODES).optional(),
  update_url: HTTPS_URL.optional(),
  override_update_url: z.boolean().optional(),
  blocked_permissions: z.array(z.string()).optional(),
  minimum_version_required: z
    .string()
    .regex(/^\d+(\.\d+){0,3}$/)
    .optional(),
  runtime_blocked_hosts: z.array(z.string()).optional(),
  runtime_allowed_hosts: z.array(z.string()).optional(),
  blocked_install_message: z.string().optional(),
  file_url_navigation_allowed: z.boolean().optional(),
};

const needsUpdateUrl = (entry: { installation_mode?: string; update_url?: string }, ctx: z.RefinementCtx) => {
  if (
    (entry.installation_mode === 'force_installed' || entry.installation_mode === 'normal_installed') &&
    !entry.update_url
  )
    ctx.addIssue({ code: 'custom', message: `${entry.installation_mode} needs an update_url` });
};

const ENTRY = {
  chrome: z
    .object({ ...commonEntry, toolbar_pin: z.enum(['force_pinned', 'default_unpinned']).optional() })
    .strict()
    .superRefine(needsUpdateUrl),
  edge: z
    .object({ ...commonEntry, toolbar_state: z.enum(['default_shown', 'default_hidden']).optional() })
    .strict()
    .superRefine(needsUpdateUrl),
};

const DEFAULT_ENTRY = z
  .object({
    installation_mode: z.enum(['blocked', 'allowed']).optional(),
    allowed_types: z.array(z.string()).optional(),
    install_sources: z.array(z.string()).optional(),
    blocked_install_message: z.string().optional(),
    blocked_permissions: z.array(z.string()).optional(),
    runtime_blocked_hosts: z.array(z.string()).optional(),
    runtime_allowed_hosts: z.array(z.string()).optional(),
  })
  .strict();

const THIRD_PARTY = z
  .object({ extensions: z.record(EXTENSION_ID, z.record(z.string(), z.unknown())) })
  .strict()
  .superRefine((value, ctx) => {
    for (const [id, policy] of Object.entries(value.extensions)) {
      const problems = resolveSettings({ local: undefined, managed: policy }).problems;
      for (const problem of problems)
        ctx.addIssue({
          code: 'custom',
          path: ['extensions', id, problem.path],
          message: JSON.stringify(problem.message),
        });
    }
  });

function policySchema(browser: 'chrome' | 'edge') {
  return z
    .object({
      ExtensionInstallForcelist: z
        .array(z.string().regex(/^[a-p]{32}(;https:\/\/[^\s;]+)?$/, 'not "<ID>;<https update URL>"'))
        .optional(),
      ExtensionSettings: z
        .record(z.string(), z.unknown())
        .superRefine((settings, ctx) => {
          for (const [id, entry] of Object.entries(settings)) {
            const result =
              id === '*'
                ? DEFAULT_ENTRY.safeParse(entry)
                : EXTENSION_ID.safeParse(id).success
                  ? ENTRY[browser].safeParse(entry)
                  : { success: false as const, error: { issues: [{ message: `bad key ${id}`, path: [] }] } };
            if (!result.success)
              for (const issue of result.error.issues)
                ctx.addIssue({ code: 'custom', path: [id, ...issue.path.map(String)], message: issue.message });
          }
        })
        .optional(),
      '3rdparty': THIRD_PARTY.optional(),
    })
    .strict()
    .refine((policy) => Object.keys(policy).length > 0, 'an empty policy');
}

type Kind = 'chrome' | 'edge' | 'extension';

/** Every JSON example in the docs: fenced blocks in Markdown (each marked) and the JSON files. */
function examples(): { where: string; kind: Kind | undefined; text: string }[] {
  const found: { where: string; kind: Kind | undefined; text: string }[] = [];
  const markdown = [
    'README.md',
    ...readdirSync(join(ROOT, 'docs'), { recursive: true }).map((p) => `docs/${p}`),
  ].filter((path) => path.endsWith('.md'));
  for (const path of markdown) {
    const text = read(path);
    for (const match of text.matchAll(/(?:<!-- policy: (\w+) -->\s*)?```json\n([\s\S]*?)```/g)) {
      const line = text.slice(0, match.index).split('\n').length;
      found.push({ where: `${path}:${line}`, kind: match[1] as Kind | undefined, text: match[2]! });
    }
  }
  for (const name of readdirSync(DEPLOY).filter((file) => file.endsWith('.json'))) {
    const kind: Kind = name === 'policy.example.json' ? 'extension' : /edge/.test(name) ? 'edge' : 'chrome';
    found.push({ where: `docs/deploy/${name}`, kind, text: readFileSync(join(DEPLOY, name), 'utf8') });
  }
  return found;
}

describe('every JSON example in the docs has the shape the browser accepts', () => {
  const all = examples();

  it('finds the examples, each marked with the browser it is for', () => {
    expect(all.filter((example) => example.where.includes('self-hosting.md')).length).toBeGreaterThanOrEqual(5);
    for (const example of all)
      expect(example.kind, `${example.where} needs <!-- policy: chrome|edge|extension -->`).toMatch(
        /^(chrome|edge|extension)$/,
      );
  });

  it.each(all.map((example) => [example.where, example] as const))('%s', (_where, example) => {
    const value = JSON.parse(example.text) as unknown;
    if (example.kind === 'extension') {
      expect(resolveSettings({ local: undefined, managed: value }).problems).toEqual([]);
      return;
    }
    const result = policySchema(example.kind!).safeParse(value);
    expect(
      result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`),
    ).toEqual([]);
  });

  it.each([
    ['Chrome rejects Edge’s toolbar_state', 'chrome', { toolbar_state: 'default_shown' }],
    ['Edge rejects Chrome’s toolbar_pin', 'edge', { toolbar_pin: 'force_pinned' }],
    ['Edge rejects a toolbar_state it does not know', 'edge', { toolbar_state: 'pinned' }],
    [
      'a force install without an update URL',
      'chrome',
      { installation_mode: 'force_installed', update_url: undefined },
    ],
    ['an http update URL', 'edge', { update_url: 'http://extensions.fabrikam.com/update.xml' }],
  ] as const)('the shapes catch a mistake: %s', (_what, browser, change) => {
    const entry = {
      installation_mode: 'force_installed',
      update_url: 'https://extensions.fabrikam.com/update.xml',
      ...change,
    };
    expect(policySchema(browser).safeParse({ ExtensionSettings: { [PROJECT_ID]: entry } }).success).toBe(false);
  });

  it('the shapes catch a malformed force-install entry and a bad configuration value', () => {
    expect(
      policySchema('chrome').safeParse({ ExtensionInstallForcelist: [`${PROJECT_ID},https://x.example/u`] }).success,
    ).toBe(false);
    const badConfig = { '3rdparty': { extensions: { [PROJECT_ID]: { prefill: { mode: 'always' } } } } };
    expect(policySchema('edge').safeParse(badConfig).success).toBe(false);
  });
});

describe('the example update manifest', () => {
  const xml = new DOMParser().parseFromString(read('docs/deploy/update.xml'), 'application/xml');
  const version = (JSON.parse(read('package.json')) as { version: string }).version;

  it('is a gupdate response for the extension, pointing at an https CRX of the current version', () => {
    expect(xml.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = xml.documentElement;
    expect(root.localName).toBe('gupdate');
    expect(root.namespaceURI).toBe('http://www.google.com/update2/response');
    expect(root.getAttribute('protocol')).toBe('2.0');
    const apps = [...root.getElementsByTagName('app')];
    expect(apps.map((app) => app.getAttribute('appid'))).toEqual([PROJECT_ID]);
    const checks = [...apps[0]!.getElementsByTagName('updatecheck')];
    expect(checks).toHaveLength(1);
    expect(checks[0]!.getAttribute('codebase')).toMatch(/^https:\/\/\S+\.crx$/);
    expect(checks[0]!.getAttribute('version')).toBe(version);
  });

  it('is served from the update URL the self-hosting examples name', () => {
    const url = (
      JSON.parse(read('docs/deploy/force-install-chrome.json')) as {
        ExtensionSettings: Record<string, { update_url: string }>;
      }
    ).ExtensionSettings[PROJECT_ID]!.update_url;
    const codebase = xml.getElementsByTagName('updatecheck')[0]!.getAttribute('codebase')!;
    expect(new URL(codebase).origin).toBe(new URL(url).origin);
  });
});

describe('the extension ID and the build-time key', () => {
  it("computes the project's known ID from the manifest key", () => {
    expect(extensionIdFromKey(PROJECT_KEY, sha256)).toBe(PROJECT_ID);
  });

  it('the shell command in the docs computes the same ID, for the project key and a fresh one', () => {
    const command = /```sh\n\s*(echo "\$PCG_EXTENSION_KEY"[^\n]*)\n/.exec(read('docs/deploy/self-hosting.md'))![1]!;
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const fresh = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
    for (const key of [PROJECT_KEY, fresh]) {
      const shell = execFileSync('bash', ['-c', command], { env: { ...process.env, PCG_EXTENSION_KEY: key } });
      expect(shell.toString().trim()).toBe(extensionIdFromKey(key, sha256));
    }
    expect(extensionIdFromKey(fresh, sha256)).not.toBe(PROJECT_ID);
  });

  it('builds with the project key by default, an organisation key from PCG_EXTENSION_KEY, or none', () => {
    const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const own = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
    expect(chooseManifestKey(undefined, PROJECT_KEY)).toEqual({ key: PROJECT_KEY, source: 'project' });
    expect(chooseManifestKey('  ', PROJECT_KEY)).toEqual({ key: PROJECT_KEY, source: 'project' });
    expect(chooseManifestKey(own, PROJECT_KEY)).toEqual({ key: own, source: 'organisation' });
    const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(chooseManifestKey(pem, PROJECT_KEY)).toEqual({ key: own, source: 'organisation' });
    expect(chooseManifestKey('none', PROJECT_KEY)).toEqual({ key: undefined, source: 'none' });
    // A private key never goes into a build, in any of its forms.
    for (const secret of [
      privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64'),
      privateKey.export({ type: 'pkcs1', format: 'der' }).toString('base64'),
      generateKeyPairSync('ec', { namedCurve: 'P-256' })
        .privateKey.export({ type: 'sec1', format: 'der' })
        .toString('base64'),
    ])
      expect(() => chooseManifestKey(secret, PROJECT_KEY)).toThrow(/PRIVATE key/);
    expect(() => chooseManifestKey('not a key', PROJECT_KEY)).toThrow(/not a base64 DER public key/);
  });

  it('wxt.config.ts puts the chosen key in the manifest, and takes the version from package.json alone', async () => {
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const own = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
    const manifestOf = async (value: string | undefined) => {
      vi.resetModules();
      vi.stubEnv('PCG_EXTENSION_KEY', value);
      try {
        return ((await import('../../../wxt.config')).default as { manifest: Record<string, unknown> }).manifest;
      } finally {
        vi.unstubAllEnvs();
      }
    };
    expect((await manifestOf(undefined)).key).toBe(PROJECT_KEY);
    expect((await manifestOf(own)).key).toBe(own);
    expect(await manifestOf('none')).not.toHaveProperty('key');
    expect(await manifestOf(undefined)).not.toHaveProperty('version');
  });
});
