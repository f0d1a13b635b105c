import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const pkg = JSON.parse(read('package.json')) as { version: string; scripts: Record<string, string> };

describe('the release', () => {
  const changelog = read('CHANGELOG.md');
  const releases = [...changelog.matchAll(/^## \[([^\]]+)\](?: - (\d{4}-\d{2}-\d{2}))?$/gm)].map((match) => ({
    version: match[1]!,
    date: match[2],
  }));

  it('keeps a changelog in the Keep a Changelog form: Unreleased first, then dated versions, newest first', () => {
    expect(changelog).toMatch(/^# Changelog\n/);
    expect(changelog).toContain('[Keep a Changelog](https://keepachangelog.com/');
    expect(releases[0]).toEqual({ version: 'Unreleased', date: undefined });
    const dated = releases.slice(1);
    expect(dated.length).toBeGreaterThan(0);
    for (const release of dated) {
      expect(release.version).toMatch(/^\d+\.\d+\.\d+$/);
      expect(release.date, release.version).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const dates = dated.map((release) => release.date!);
    expect([...dates].sort().reverse()).toEqual(dates);
    for (const heading of changelog.matchAll(/^### (.+)$/gm))
      expect(['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security']).toContain(heading[1]);
    for (const release of releases) expect(changelog).toMatch(new RegExp(`^\\[${release.version}\\]: `, 'm'));
  });

  it("names package.json's version as the newest release", () => {
    expect(releases[1]!.version).toBe(pkg.version);
  });

  it('has the version in package.json only: wxt.config.ts sets no manifest version', () => {
    expect(read('wxt.config.ts')).not.toMatch(/\bversion(_name)?\s*:/);
  });

  it('checks the zips it makes, in npm run zip and in npm test', () => {
    expect(pkg.scripts.zip).toMatch(/wxt zip && wxt zip -b edge && node tests\/scripts\/zip-check\.mjs$/);
    expect(read('tests/scripts/test-all.mjs')).toMatch(/'npm', \['run', 'zip'\]/);
    const budgets = JSON.parse(read('tests/bench/budgets.json')) as { zips: Record<string, number> };
    expect(budgets.zips.chrome).toBeGreaterThan(0);
    expect(budgets.zips.edge).toBeGreaterThan(0);
  });
});
