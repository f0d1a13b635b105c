import type { FieldDictionary } from './types';

/**
 * The Microsoft 365 admin center's contact-support pane. The documentation (A) names what it asks
 * for (a description, "confirm your contact number and email address", the preferred contact
 * method), not the exact labels; these labels are inferred (C). Dutch is a guess (C).
 */
export const M365_SUPPORT_FIELDS: FieldDictionary = {
  description: {
    en: ['Description', 'Describe your issue', 'Briefly describe your issue'],
    nl: ['Beschrijving', 'Beschrijf uw probleem'],
  },
  phone: { en: ['Contact number', 'Phone number', 'Phone'], nl: ['Contactnummer', 'Telefoonnummer', 'Telefoon'] },
  email: { en: ['Email address', 'Contact email', 'Email'], nl: ['E-mailadres', 'Contact-e-mail', 'E-mail'] },
  preferredContactMethod: { en: ['Preferred contact method'], nl: ['Voorkeursmethode voor contact'] },
};
