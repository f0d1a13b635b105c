import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');
/** The production build the manifest tests read (the same folder the e2e tests load). */
const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');

/** What the build is made of: a file here newer than the built manifest makes the build stale. */
const SOURCES = ['lib', 'components', 'entrypoints', 'public', 'wxt.config.ts', 'package.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/**
 * Builds the extension when there is no build or it is older than its sources, so the unit stage
 * reads the build of this code: `npm test` builds before its unit stage (nothing to do here then),
 * and a lone `npx vitest run` builds once (about 10 s) instead of testing a stale manifest.
 */
export function ensureFreshBuild(): string {
  const manifest = join(EXTENSION_DIR, 'manifest.json');
  const builtAt = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
  const changedAt = Math.max(...SOURCES.map((source) => newestMtime(join(ROOT, source))));
  if (builtAt >= changedAt) return EXTENSION_DIR;
  // Vitest's own variables (NODE_ENV=test, VITEST, MODE, …) would make a test-mode build that the
  // e2e tests can't use: the build gets the environment of a plain `npm run build`.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^(VITEST|NODE_ENV$|MODE$|TEST$|PROD$|DEV$|SSR$|BASE_URL$)/.test(name),
    ),
  );
  const result = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, encoding: 'utf8', env: { ...env, FORCE_COLOR: '0' } });
  if (result.status !== 0) {
    throw new Error(`The manifest tests need a build, and "npx wxt build" failed:\n${result.stdout}\n${result.stderr}`);
  }
  return EXTENSION_DIR;
}
