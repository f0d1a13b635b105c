import { settingsSchema } from '../../../lib/settings/schema';

// Shared by the fill tests (fill-react, broken-pages, fill-knockout).

/** The partner's contact details as the settings hold them; `extra` adds or replaces fields. */
export function partnerContact(extra: Record<string, string> = {}) {
  return settingsSchema.parse({
    contact: { firstName: 'Alex', lastName: 'Wilber', email: 'alex@fabrikam.com', phone: '+31 20 555 0100', ...extra },
  }).contact;
}
