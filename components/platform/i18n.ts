import { browser } from 'wxt/browser';
import type { MessageKey } from '../../lib/i18n/catalog';
import { languageFor, translate } from '../../lib/i18n/translate';
import type { Language, MessageRef } from '../../lib/i18n/types';
import { displayText } from '../../lib/text/clean';

function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return navigator.language;
  }
}

/**
 * Translates through the browser's i18n (the `_locales` catalogs built from lib/i18n),
 * falling back to the bundled catalog where the browser has no message (tests, fake browser).
 */
export function t(key: MessageKey, rawArgs: readonly string[] = []): string {
  // Arguments carry names and values from pages and imports: shown as clean text, never markup.
  const args = rawArgs.map(displayText);
  try {
    // The catalogs are generated at build time, so WXT's typed keys don't know them.
    const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string;
    const message = getMessage(key, [...args]);
    if (message) return message;
  } catch {
    // Outside an extension context; use the bundled catalog.
  }
  return translate(languageFor(uiLanguage()), key, args);
}

/** The supported language the UI speaks, following the browser's UI language. */
export function currentLanguage(): Language {
  return languageFor(uiLanguage());
}

export function tr(ref: MessageRef): string {
  return t(ref.key, ref.args ?? []);
}
