import type { MessageTable } from '../types';

/** Field names as the extension reports them. Keys are `forms_field_<FieldId>`. */
export const formsMessages = {
  forms_field_supportPlan: { en: 'Support plan', nl: 'Ondersteuningsplan' },
  forms_field_severity: { en: 'Severity', nl: 'Ernst' },
  forms_field_preferredContactMethod: { en: 'Preferred contact method', nl: 'Voorkeursmethode voor contact' },
  forms_field_supportLanguage: { en: 'Support language', nl: 'Ondersteuningstaal' },
  forms_field_firstName: { en: 'First name', nl: 'Voornaam' },
  forms_field_lastName: { en: 'Last name', nl: 'Achternaam' },
  forms_field_email: { en: 'Email', nl: 'E-mail' },
  forms_field_additionalEmail: { en: 'Additional email', nl: 'Extra e-mailadres' },
  forms_field_phone: { en: 'Phone', nl: 'Telefoon' },
  forms_field_country: { en: 'Country/region', nl: 'Land/regio' },
  forms_field_timeZone: { en: 'Time zone', nl: 'Tijdzone' },
  forms_field_description: { en: 'Description', nl: 'Beschrijving' },
  forms_field_product: { en: 'Service', nl: 'Service' },
} as const satisfies MessageTable;
