import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../lib/i18n/catalog';
import { LANGUAGES } from '../../../lib/i18n/types';
import { HOST_REASONS, type HostReason } from '../../../lib/portals/host-reasons';
import { PORTAL_HOSTS } from '../../../lib/portals/hosts';
import { generatedDocs } from '../../../lib/store/generated-docs';
import { hostJustifications, SHORT_DESCRIPTION_MAX, SUPPORT_PLACEHOLDER } from '../../../lib/store/listing';
import { PRIVACY } from '../../../lib/store/privacy';

const ROOT = new URL('../../../', import.meta.url).pathname;

async function formatted(path: string, contents: string): Promise<string> {
  const file = join(ROOT, path);
  return prettier.format(contents, { ...(await prettier.resolveConfig(file)), filepath: file });
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(ROOT, path)).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the store listing and the privacy policy', () => {
  it.each(generatedDocs().map((doc) => [doc.path, doc.contents]))(
    '%s is what `npm run store-listing` writes (run it after changing hosts, texts or storage)',
    async (path, contents) => {
      expect(readFileSync(join(ROOT, path), 'utf8')).toBe(await formatted(path, contents));
    },
  );

  it.each(LANGUAGES)('justifies every host of lib/portals/hosts.ts in %s', (language) => {
    const listing = readFileSync(join(ROOT, `docs/store/listing.${language}.md`), 'utf8');
    expect(hostJustifications(language)).toHaveLength(PORTAL_HOSTS.length);
    for (const host of PORTAL_HOSTS) expect(listing).toContain(`\`${host.pattern}\``);
  });

  it('refuses to write a listing for a host without a Dutch justification, or without any', () => {
    const pattern = 'https://new.example/*';
    const reasons = HOST_REASONS as Record<string, HostReason>;
    (PORTAL_HOSTS as unknown as object[]).push({ portal: 'azure', pattern });
    try {
      expect(() => hostJustifications('nl')).toThrow(/new\.example.*whyNl/);
      expect(() => hostJustifications('en')).toThrow(/new\.example.*\(why\)/);
      reasons[pattern] = { why: 'A new host.' };
      expect(hostJustifications('en')).toContainEqual([`\`${pattern}\``, 'A new host.']);
      expect(() => hostJustifications('nl')).toThrow(/new\.example.*whyNl/);
    } finally {
      (PORTAL_HOSTS as unknown as object[]).pop();
      Reflect.deleteProperty(reasons, pattern);
    }
  });

  it('justifies every API permission the manifest asks for', () => {
    const config = readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8');
    const permissions = JSON.parse(/permissions:\s*(\[[^\]]*\])/.exec(config)![1]!.replace(/'/g, '"')) as string[];
    expect(permissions.length).toBeGreaterThan(0);
    for (const language of LANGUAGES) {
      const listing = readFileSync(join(ROOT, `docs/store/listing.${language}.md`), 'utf8');
      for (const permission of [...permissions, 'web_accessible_resources'])
        expect(listing).toContain(`\`${permission}\``);
    }
  });

  it.each(LANGUAGES)('uses the manifest name and a short description the stores accept (%s)', (language) => {
    expect(CATALOG.extName[language].length).toBeLessThanOrEqual(75);
    expect(CATALOG.extDescription[language].length).toBeLessThanOrEqual(SHORT_DESCRIPTION_MAX);
  });

  it('marks the support contact as a placeholder, in the listings and the privacy policy', () => {
    expect(SUPPORT_PLACEHOLDER).toMatch(/^<<SUPPORT CONTACT: replace .*>>$/);
    for (const doc of generatedDocs()) expect(doc.contents, doc.path).toContain(SUPPORT_PLACEHOLDER);
  });

  it('names every storage item the code defines, and nothing else, in both languages', () => {
    const defined = new Set<string>();
    for (const file of [...sourceFiles('components'), ...sourceFiles('entrypoints')]) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      for (const match of text.matchAll(/defineItem(?:<[^(]*>)?\(\s*'((?:local|session|sync|managed):[\w$-]+)'/g))
        defined.add(match[1]!);
    }
    expect(defined.size).toBeGreaterThan(5);
    for (const language of LANGUAGES) {
      const named = PRIVACY[language].sections
        .flatMap((section) => section.items ?? [])
        .flatMap((item) => item.key ?? []);
      expect([...named].sort(), language).toEqual([...defined].sort());
    }
  });

  it('says nothing leaves the machine and keeps no sync storage, as the code does', () => {
    for (const file of [...sourceFiles('components'), ...sourceFiles('entrypoints'), ...sourceFiles('lib')]) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      expect(text, file).not.toMatch(/storage\.sync|['"]sync:/);
      expect(text, file).not.toMatch(/\bfetch\(|XMLHttpRequest|sendBeacon|new WebSocket|new EventSource/);
    }
    expect(PRIVACY.en.sections[0]!.paragraphs![0]).toMatch(/no network requests, ever/);
  });
});

describe('the store images (npm run store-assets)', () => {
  const size = (path: string) => {
    const png = readFileSync(join(ROOT, path));
    expect(png.subarray(1, 4).toString(), path).toBe('PNG');
    return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
  };
  const names = (language: string) => readdirSync(join(ROOT, 'docs/store/images', language)).sort();

  it.each(LANGUAGES)('has 1280×800 screenshots and a 440×280 small promo tile in %s', (language) => {
    const files = names(language);
    const screenshots = files.filter((name) => /^screenshot-\d+-[\w-]+\.png$/.test(name));
    expect(screenshots.length).toBeGreaterThanOrEqual(3);
    expect(screenshots.length).toBeLessThanOrEqual(5);
    for (const name of screenshots)
      expect(size(`docs/store/images/${language}/${name}`)).toEqual({ width: 1280, height: 800 });
    expect(size(`docs/store/images/${language}/promo-small.png`)).toEqual({ width: 440, height: 280 });
  });

  it('has the same images in every language', () => {
    for (const language of LANGUAGES) expect(names(language)).toEqual(names('en'));
  });
});
