import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../lib/i18n/catalog';
import { chromeMessagesFor, toChromeMessage } from '../../../lib/i18n/locale-files';
import { languageFor, translate } from '../../../lib/i18n/translate';

const ROOT = resolve(__dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('the message catalog', () => {
  it('has a non-empty English and Dutch text for every key', () => {
    for (const [key, text] of Object.entries(CATALOG)) {
      expect(text.en.trim(), key).not.toBe('');
      expect(text.nl.trim(), key).not.toBe('');
    }
  });

  it('uses only key characters Chrome allows', () => {
    for (const key of Object.keys(CATALOG)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });

  it('uses the same substitutions in both languages', () => {
    for (const [key, text] of Object.entries(CATALOG)) {
      const placeholders = (value: string) => [...value.matchAll(/\$(\d)/g)].map((match) => match[1]).sort();
      expect(placeholders(text.nl), key).toEqual(placeholders(text.en));
    }
  });

  it('has every literal key the code asks for', () => {
    const missing: string[] = [];
    for (const file of [...sourceFiles(join(ROOT, 'components')), ...sourceFiles(join(ROOT, 'lib'))]) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) {
        if (!(match[1]! in CATALOG)) missing.push(`${file}: ${match[1]}`);
      }
      for (const match of text.matchAll(
        /key: '((?:context|rules|settings|options|popup|overlay|forms)_[A-Za-z0-9_]+)'/g,
      )) {
        if (!(match[1]! in CATALOG)) missing.push(`${file}: ${match[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('translates with substitutions and falls back to English and to the key', () => {
    expect(translate('nl', 'popup_left', ['3'])).toBe('Nog 3 punt(en) voordat u indient.');
    expect(translate('en', 'no_such_key')).toBe('no_such_key');
    expect(languageFor('nl-BE')).toBe('nl');
    expect(languageFor('de-DE')).toBe('en');
    expect(languageFor(undefined)).toBe('en');
  });

  it("builds Chrome's messages.json with placeholders and escaped dollars", () => {
    // A `$` not followed by a digit is literal text; Chrome wants it doubled.
    expect(toChromeMessage('Costs $ 5 for $1')).toEqual({
      message: 'Costs $$ 5 for $arg1$',
      placeholders: { arg1: { content: '$1' } },
    });
    const nl = chromeMessagesFor('nl');
    expect(nl.extName!.message).toBe('Partner Context Guard');
    expect(Object.keys(nl)).toHaveLength(Object.keys(CATALOG).length);
  });
});
