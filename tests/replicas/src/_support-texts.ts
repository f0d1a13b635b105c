/**
 * Labels and options of the Azure support form replicas. English labels: Microsoft's docs (A).
 * Dutch labels and the Dutch CSP option: unconfirmed guesses from portal-facts (C).
 */
export type ReplicaLanguage = 'en' | 'nl';

export const SUPPORT_TEXTS = {
  en: {
    title: 'New support request',
    steps: ['Problem description', 'Recommended solution', 'Additional details', 'Review + create'],
    service: 'Service',
    summary: 'Summary',
    solutionText: 'Check these articles first; they solve most problems like yours.',
    supportMethod: 'Support method',
    supportPlan: 'Support plan',
    severity: 'Severity',
    preferredContactMethod: 'Preferred contact method',
    availability: 'Your availability',
    supportLanguage: 'Support language',
    contactInfo: 'Contact info',
    firstName: 'First name',
    lastName: 'Last name',
    email: 'Email',
    additionalEmail: 'Additional email for notification',
    phone: 'Phone',
    country: 'Country/region',
    timeZone: 'Time zone',
    saveContact: 'Save contact changes for future support requests',
    email_option: 'Email',
    phone_option: 'Phone',
    next: 'Next',
    previous: 'Previous',
    create: 'Create',
    select: 'Select…',
    loading: 'Loading…',
    submitted: 'Support request submitted',
    plans: ['Partner Cloud Support 5', 'Cloud Solution Provider', 'Unified Support', 'Basic'],
    severities: ['C - Minimal impact', 'B - Moderate impact', 'A - Critical impact'],
    languages: ['English', 'Nederlands', 'Deutsch'],
  },
  nl: {
    title: 'Nieuwe ondersteuningsaanvraag',
    steps: ['Probleembeschrijving', 'Aanbevolen oplossing', 'Aanvullende details', 'Controleren en maken'],
    service: 'Service',
    summary: 'Samenvatting',
    solutionText: 'Bekijk eerst deze artikelen; ze lossen de meeste vergelijkbare problemen op.',
    supportMethod: 'Ondersteuningsmethode',
    supportPlan: 'Ondersteuningsplan',
    severity: 'Ernst',
    preferredContactMethod: 'Voorkeursmethode voor contact',
    availability: 'Uw beschikbaarheid',
    supportLanguage: 'Ondersteuningstaal',
    contactInfo: 'Contactgegevens',
    firstName: 'Voornaam',
    lastName: 'Achternaam',
    email: 'E-mail',
    additionalEmail: 'Extra e-mailadres voor melding',
    phone: 'Telefoon',
    country: 'Land/regio',
    timeZone: 'Tijdzone',
    saveContact: 'Contactwijzigingen opslaan voor toekomstige ondersteuningsaanvragen',
    email_option: 'E-mail',
    phone_option: 'Telefoon',
    next: 'Volgende',
    previous: 'Vorige',
    create: 'Maken',
    select: 'Selecteren…',
    loading: 'Laden…',
    submitted: 'Ondersteuningsaanvraag ingediend',
    plans: ['Partner Cloud Support 5', 'Cloudoplossingsprovider', 'Unified Support', 'Basis'],
    severities: ['C - Minimale impact', 'B - Gemiddelde impact', 'A - Kritieke impact'],
    languages: ['English', 'Nederlands', 'Deutsch'],
  },
} as const;

export const SERVICES = [
  'Virtual Machine running Windows',
  'Azure Kubernetes Service (AKS)',
  'Azure Active Directory / Microsoft Entra ID',
  'Contoso Firewall (Marketplace, published by Contoso Security)',
  'GitHub Enterprise',
];

export const COUNTRIES = ['Netherlands', 'United States', 'United Kingdom', 'Germany'];
export const TIME_ZONES = ['W. Europe Standard Time', 'GMT Standard Time', 'Pacific Standard Time'];

export function replicaLanguage(search: string): ReplicaLanguage {
  return new URLSearchParams(search).get('l')?.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}
