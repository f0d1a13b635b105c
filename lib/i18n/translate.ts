import { CATALOG, type MessageKey } from './catalog';
import { LANGUAGES, type Language } from './types';

/** Picks the supported language for a BCP 47 tag such as `nl-BE`; English otherwise. */
export function languageFor(uiLanguage: string | undefined): Language {
  const primary = (uiLanguage ?? '').toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(primary ?? '') ? (primary as Language) : 'en';
}

export function substitute(text: string, args: readonly string[] = []): string {
  return text.replace(/\$(\d)/g, (_match, digit: string) => args[Number(digit) - 1] ?? '');
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(CATALOG, key);
}

/** Looks a message up in the bundled catalog. Unknown keys come back as the key itself, never throw. */
export function translate(language: Language, key: string, args: readonly string[] = []): string {
  if (!isMessageKey(key)) return key;
  const entry = CATALOG[key];
  return substitute(entry[language] ?? entry.en, args);
}
