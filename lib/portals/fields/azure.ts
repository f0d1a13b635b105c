import type { FieldDictionary } from './types';

/**
 * The Azure "New support request" form's field labels.
 * English: Microsoft's documentation (portal-facts: A). Dutch: unconfirmed guesses from
 * portal-facts (C); when the real labels turn out different, only this table changes.
 */
export const AZURE_SUPPORT_FIELDS: FieldDictionary = {
  supportPlan: { en: ['Support plan'], nl: ['Ondersteuningsplan'] },
  severity: { en: ['Severity'], nl: ['Ernst', 'Urgentie'] },
  preferredContactMethod: {
    en: ['Preferred contact method'],
    nl: ['Voorkeursmethode voor contact', 'Voorkeurscontactmethode'],
  },
  supportLanguage: { en: ['Support language'], nl: ['Ondersteuningstaal'] },
  firstName: { en: ['First name'], nl: ['Voornaam'] },
  lastName: { en: ['Last name'], nl: ['Achternaam'] },
  email: { en: ['Email', 'E-mail'], nl: ['E-mail', 'E-mailadres'] },
  additionalEmail: {
    en: ['Additional email for notification', 'Additional email for notifications'],
    nl: ['Extra e-mailadres voor melding', 'Aanvullend e-mailadres voor meldingen'],
  },
  phone: { en: ['Phone', 'Phone number'], nl: ['Telefoon', 'Telefoonnummer'] },
  country: { en: ['Country/region', 'Country'], nl: ['Land/regio', 'Land'] },
  timeZone: { en: ['Time zone'], nl: ['Tijdzone'] },
  // The product picker's label is not documented (C): these are the names seen in walkthroughs.
  product: { en: ['Service', 'Service type', 'Product'], nl: ['Service', 'Servicetype', 'Product'] },
};

/** Option texts of the preferred-contact radios (A for English, C for Dutch). */
export const CONTACT_METHOD_OPTIONS = {
  email: ['Email', 'E-mail'],
  phone: ['Phone', 'Telefoon'],
} as const;
