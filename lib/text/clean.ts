/**
 * C0 and C1 controls, and the invisible format characters that reorder or hide text: zero-width
 * and directional marks (U+200B–U+200F, U+061C ARABIC LETTER MARK), the bidi embeddings,
 * overrides and isolates (U+202A–U+202E, U+2066–U+2069), word joiners and invisible operators
 * (U+2060–U+2064), the deprecated format controls (U+206A–U+206F), the Mongolian vowel separator
 * (U+180E), interlinear annotations (U+FFF9–U+FFFB) and the BOM.
 */
const CONTROL_CHARACTERS =
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;

/**
 * Text from outside our control (a portal page, an imported directory), made safe to compare
 * and to show: no control characters or bidi overrides that could reorder what the user reads,
 * whitespace collapsed, bounded in length.
 */
export function cleanText(raw: string | null | undefined, maxLength: number): string {
  if (!raw) return '';
  return raw.normalize('NFKC').replace(CONTROL_CHARACTERS, '').replace(/\s+/g, ' ').trim().slice(0, maxLength);
}

/**
 * A name from an import (CSV or JSON), cleaned the same way before it is stored, but never cut:
 * the schema reports a name that is too long instead of shortening it silently.
 */
export function cleanName(raw: string | null | undefined): string {
  // Line breaks and tabs inside a quoted CSV value separate words: they become spaces first.
  return cleanText(raw?.replace(/[\t\n\v\f\r]/g, ' '), Number.MAX_SAFE_INTEGER);
}

/** Longest name or value we show; portal names are short, hostile ones are not. */
export const MAX_DISPLAY_TEXT = 256;

export function displayText(raw: string | null | undefined): string {
  return cleanText(raw, MAX_DISPLAY_TEXT);
}
