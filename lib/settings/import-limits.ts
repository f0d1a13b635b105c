import type { MessageRef } from '../i18n/types';

/**
 * The largest file an import reads: 5 MB. A Partner Center export of 5,000 customers is about
 * 0.5 MB, so this leaves room for any real directory while a huge or wrong file (a log, a
 * database dump) is refused before it is parsed, with nothing changed.
 */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

const MB = 1024 * 1024;

/** The message for a file over the limit, or null when its size is fine. */
export function importTooLarge(bytes: number): MessageRef | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  return {
    key: 'options_import_too_large',
    args: [(Math.ceil((bytes / MB) * 10) / 10).toFixed(1), String(MAX_IMPORT_BYTES / MB)],
  };
}

/** The same check for text already read: its UTF-8 size, encoded only when it could be over the limit. */
export function textTooLarge(text: string): MessageRef | null {
  if (text.length * 3 <= MAX_IMPORT_BYTES) return null;
  return importTooLarge(text.length > MAX_IMPORT_BYTES ? text.length : new TextEncoder().encode(text).length);
}
