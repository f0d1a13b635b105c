import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Finds Debian's Chromium: CHROME_PATH first, then /usr/bin/chromium. On a Debian machine
 * where we are root and none is installed, installs it with apt-get and says so. Otherwise
 * fails with a clear message: end-to-end tests are never skipped silently.
 */
export function findChromium({ install = true } = {}) {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium'].filter(Boolean);
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (install && isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('[e2e] Chromium not found: installing Debian\'s "chromium" package with apt-get (we are root)…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  throw new Error(
    'No Chromium found for the end-to-end tests. Set CHROME_PATH, or install it: apt-get install -y chromium',
  );
}

if (process.argv[1]?.endsWith('find-chromium.mjs')) console.log(findChromium());
