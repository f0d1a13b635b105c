import { CATALOG } from './catalog';
import { LANGUAGES, type Language } from './types';

interface ChromeMessage {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** Chrome's messages.json wants `$name$` placeholders that point at `$1`…; `$` itself is escaped as `$$`. */
export function toChromeMessage(text: string): ChromeMessage {
  const placeholders: Record<string, { content: string }> = {};
  const message = text.replace(/\$(\d)|\$/g, (match, digit: string | undefined) => {
    if (digit === undefined) return '$$';
    placeholders[`arg${digit}`] = { content: `$${digit}` };
    return `$arg${digit}$`;
  });
  return Object.keys(placeholders).length > 0 ? { message, placeholders } : { message };
}

export function chromeMessagesFor(language: Language): Record<string, ChromeMessage> {
  return Object.fromEntries(Object.entries(CATALOG).map(([key, text]) => [key, toChromeMessage(text[language])]));
}

/** The `_locales` files the build adds to the extension. */
export function writeLocaleCatalogs(): { relativeDest: string; contents: string }[] {
  return LANGUAGES.map((language) => ({
    relativeDest: `_locales/${language}/messages.json`,
    contents: `${JSON.stringify(chromeMessagesFor(language), null, 2)}\n`,
  }));
}
