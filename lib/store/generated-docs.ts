import { LANGUAGES } from '../i18n/types';
import { renderListing } from './listing';
import { renderPrivacy } from './privacy';

/**
 * Every document generated from code: the store listings and the privacy policy. Written by
 * `npm run store-listing` (tests/scripts/store-listing.mjs, then formatted with prettier);
 * tests/unit/docs/store.test.ts fails when a committed file differs.
 */
export function generatedDocs(): { path: string; contents: string }[] {
  return [
    ...LANGUAGES.map((language) => ({ path: `docs/store/listing.${language}.md`, contents: renderListing(language) })),
    ...LANGUAGES.map((language) => ({
      path: language === 'en' ? 'docs/privacy.md' : `docs/privacy.${language}.md`,
      contents: renderPrivacy(language),
    })),
  ];
}
