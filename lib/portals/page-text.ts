/** Longest text taken from the page; portal names are short, hostile pages are not. */
export const MAX_PAGE_TEXT = 256;

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** Text read from the page, made safe to compare and show: no controls or bidi overrides, bounded. */
export function cleanPageText(raw: string | null | undefined): string {
  if (!raw) return '';
  return raw.normalize('NFKC').replace(CONTROL_CHARACTERS, '').replace(/\s+/g, ' ').trim().slice(0, MAX_PAGE_TEXT);
}
