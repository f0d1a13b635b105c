// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/**
 * Text from outside our control (a portal page, an imported directory), made safe to compare
 * and to show: no control characters or bidi overrides that could reorder what the user reads,
 * whitespace collapsed, bounded in length.
 */
export function cleanText(raw: string | null | undefined, maxLength: number): string {
  if (!raw) return '';
  return raw.normalize('NFKC').replace(CONTROL_CHARACTERS, '').replace(/\s+/g, ' ').trim().slice(0, maxLength);
}

/** Longest name or value we show; portal names are short, hostile ones are not. */
export const MAX_DISPLAY_TEXT = 256;

export function displayText(raw: string | null | undefined): string {
  return cleanText(raw, MAX_DISPLAY_TEXT);
}
