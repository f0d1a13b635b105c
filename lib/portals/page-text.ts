import { cleanText, MAX_DISPLAY_TEXT } from '../text/clean';

/** Longest text taken from the page; portal names are short, hostile pages are not. */
export const MAX_PAGE_TEXT = MAX_DISPLAY_TEXT;

/** Text read from the page, made safe to compare and show: no controls or bidi overrides, bounded. */
export function cleanPageText(raw: string | null | undefined): string {
  return cleanText(raw, MAX_PAGE_TEXT);
}
