import { CATALOG, type MessageKey } from './catalog';
import { LANGUAGES, type Language } from './types';

/** Picks the supported language for a BCP 47 tag such as `nl-BE`; English otherwise. */
export function languageFor(uiLanguage: string | undefined): Language {
  const primary = (uiLanguage ?? '').toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(primary ?? '') ? (primary as Language) : 'en';
}

/**
 * ICU-style plural choices inside a message: `{$1, plural, one {field} other {fields}}` picks the
 * form for the number in `$1` by the language's plural rules (Intl.PluralRules), falling back to
 * `other`. Only this one form of ICU is supported, so messages stay plain strings.
 */
const PLURAL = /\{\$(\d), plural,((?:\s*[a-z]+\s*\{[^{}]*\})+)\s*\}/g;
const PLURAL_FORM = /([a-z]+)\s*\{([^{}]*)\}/g;
const pluralRules = new Map<string, Intl.PluralRules>();

function pluralCategory(language: string, value: string | undefined): string {
  const count = Number(value);
  if (value === undefined || value.trim() === '' || !Number.isFinite(count)) return 'other';
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return rules.select(count);
}

function substitute(text: string, args: readonly string[] = [], language: Language = 'en'): string {
  const chosen = text.replace(PLURAL, (_match, digit: string, forms: string) => {
    const byCategory = new Map([...forms.matchAll(PLURAL_FORM)].map(([, category, form]) => [category!, form!]));
    return byCategory.get(pluralCategory(language, args[Number(digit) - 1])) ?? byCategory.get('other') ?? '';
  });
  return chosen.replace(/\$(\d)/g, (_match, digit: string) => args[Number(digit) - 1] ?? '');
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(CATALOG, key);
}

/** Looks a message up in the bundled catalog. Unknown keys come back as the key itself, never throw. */
export function translate(language: Language, key: string, args: readonly string[] = []): string {
  if (!isMessageKey(key)) return key;
  const entry = CATALOG[key];
  return entry[language] !== undefined ? substitute(entry[language], args, language) : substitute(entry.en, args, 'en');
}
