import type { Language } from '../i18n/types';
import { SUPPORT_PLACEHOLDER } from './listing';

/**
 * The privacy policy, in English and Dutch: one text for docs/privacy.md, docs/privacy.nl.md
 * (written by `npm run store-listing`, checked for drift by a test) and the extension's own
 * privacy page (entrypoints/privacy), which the options page links to.
 *
 * It describes what the code does; when storage changes, this text changes in the same commit.
 * Storage keys are named as the code names them (components/platform/*-storage.ts).
 */

interface PrivacyItem {
  /** The storage key, shown as code. */
  readonly key?: string;
  readonly text: string;
}

interface PrivacySection {
  readonly heading: string;
  readonly paragraphs?: readonly string[];
  readonly items?: readonly PrivacyItem[];
}

export interface PrivacyPolicy {
  readonly title: string;
  readonly updated: string;
  readonly sections: readonly PrivacySection[];
}

/** The date of the policy's last change, shown on top. */
const PRIVACY_UPDATED = '2026-12-01';

const EN: PrivacyPolicy = {
  title: 'Partner Context Guard: privacy policy',
  updated: `Last changed ${PRIVACY_UPDATED}.`,
  sections: [
    {
      heading: 'In short',
      paragraphs: [
        'Partner Context Guard makes no network requests, ever. Nothing you enter and nothing it reads leaves your computer: there is no server, no analytics, no telemetry and no advertising. It does not sell or share data, because it has none to share.',
        'It reads the Microsoft portal pages it runs on (the hosts in the store listing) to tell which tenant you are in and to find the support form. What it keeps is in your browser’s own storage for this extension, listed below.',
      ],
    },
    {
      heading: 'What it reads on portal pages',
      paragraphs: [
        'The page address, the tenant name and account shown in the portal header, and the fields of the Azure and Microsoft 365 support forms. It never reads cookies, sign-in tokens, passwords, request bodies or any site other than the listed portal hosts.',
        'Only if you turn on “Also read the names (never the values) of the sign-in cache keys” (Options → Detection; off by default), it reads the names, never the values, of the portal’s sign-in cache keys, which name the tenant a sign-in belongs to.',
      ],
    },
    {
      heading: 'What it stores, where and for how long',
      paragraphs: [
        'Everything is stored in the browser’s extension storage on this computer, for this browser profile. Nothing is synced to your account (no sync storage) and nothing is sent anywhere.',
      ],
      items: [
        {
          key: 'local:settings',
          text: 'Your settings: your partner profile (name, tenant IDs, domains, program role, your provider’s contact), your own support contact details, the prefill mode, your display choices (the band, the tab title, the banner’s place and the colours), and your customer directory (per customer: name, tenant ID, domains, GDAP status, end date and roles, whether it has direct subscriptions, and its colour if you chose one). Kept until you change them, delete them or remove the extension.',
        },
        {
          key: 'local:settingsLastGood',
          text: 'A copy of the last valid settings, in force if the stored ones are ever damaged. Replaced on every save.',
        },
        {
          key: 'local:settingsBackup',
          text: 'The settings as they were before your last configuration (JSON) import, so you can restore them. Kept until you restore it, delete it (“Delete this copy”) or import again.',
        },
        {
          key: 'local:settingsRecovery',
          text: 'Stored settings that could not be used (damaged, or written by a newer version), kept aside so nothing you had is lost. Shown under Options → Diagnostics; kept until you delete it (“Delete this copy”).',
        },
        {
          key: 'local:policyLastSeen',
          text: 'The last configuration your organisation set by policy, so its values stay in force while the browser starts. Dropped when the policy is removed.',
        },
        {
          key: 'local:preferences',
          text: 'Your choice about reading the names of the sign-in cache keys.',
        },
        { key: 'local:setupProgress', text: 'Which step of the first-run setup you are at, until you finish it.' },
        {
          key: 'local:diagnosticsSalt',
          text: 'A random value, made once, that makes the tenant ID in a diagnostics report unrecognisable outside this browser. Kept until you remove the extension.',
        },
        {
          key: 'session:tabs',
          text: 'Per open portal tab: its address, the tenant signals the pages showed (tenant IDs, domains, the names in the header, and of the signed-in account only its domain), what the checks need from the support form (which fields were found and which you edited; the values only of the support plan, the email fields and the product, every other field only as filled or empty), your checklist ticks and the last fill’s outcome per field, without the values. Session storage lives in memory: it is deleted when the tab closes, and all of it when the browser quits.',
        },
      ],
    },
    {
      heading: 'Deleting it',
      items: [
        {
          text: 'Remove a customer on the options page and save: it is removed from the settings and also from the last valid copy, the backup and the recovery copy.',
        },
        {
          text: 'Delete the backup (Options → Import and export) or the recovery copy (Options → Diagnostics) with “Delete this copy”.',
        },
        {
          text: 'Removing the extension deletes everything it stored. Values your organisation sets by policy are managed by your organisation.',
        },
      ],
    },
    {
      heading: 'What you take out yourself',
      items: [
        {
          text: 'Export (Options → Import and export) saves your settings, without policy values, to a file you choose. Nothing else is exported.',
        },
        {
          text: 'Copy diagnostics (popup) copies a report to the clipboard, only when you click it. It holds no names, email addresses, phone numbers, tenant names or domains; addresses are reduced to route words, and the tenant ID only appears hashed with this browser’s random value.',
        },
      ],
    },
    {
      heading: 'What it keeps out',
      items: [
        {
          text: 'Customer names from an import (CSV or JSON) are cleaned of control characters and invisible direction marks before they are stored or shown.',
        },
        { text: 'An import file over 5 MB is refused before it is read, and nothing changes.' },
      ],
    },
    {
      heading: 'Contact',
      paragraphs: [`Questions about this policy: ${SUPPORT_PLACEHOLDER}`],
    },
  ],
};

const NL: PrivacyPolicy = {
  title: 'Partner Context Guard: privacybeleid',
  updated: `Laatst gewijzigd ${PRIVACY_UPDATED}.`,
  sections: [
    {
      heading: 'In het kort',
      paragraphs: [
        'Partner Context Guard doet nooit netwerkverzoeken. Niets wat u invoert en niets wat het leest, verlaat uw computer: er is geen server, geen analyse, geen telemetrie en geen reclame. Het verkoopt of deelt geen gegevens, want het heeft er geen om te delen.',
        'Het leest de Microsoft-portalpagina’s waarop het draait (de hosts in de storevermelding) om te bepalen in welke tenant u bent en om het ondersteuningsformulier te vinden. Wat het bewaart, staat in de eigen opslag van uw browser voor deze extensie, hieronder opgesomd.',
      ],
    },
    {
      heading: 'Wat het leest op portalpagina’s',
      paragraphs: [
        'Het adres van de pagina, de tenantnaam en het account in de kop van de portal, en de velden van de ondersteuningsformulieren van Azure en Microsoft 365. Het leest nooit cookies, aanmeldtokens, wachtwoorden, verzoeken of een andere site dan de vermelde portalhosts.',
        'Alleen als u “Ook de namen (nooit de waarden) van de sleutels in de aanmeldcache lezen” aanzet (Opties → Herkenning; standaard uit), leest het de namen, nooit de waarden, van de sleutels in de aanmeldcache van de portal, die de tenant van een aanmelding noemen.',
      ],
    },
    {
      heading: 'Wat het bewaart, waar en hoe lang',
      paragraphs: [
        'Alles staat in de extensieopslag van de browser op deze computer, voor dit browserprofiel. Niets wordt met uw account gesynchroniseerd (geen sync-opslag) en niets wordt ergens heen gestuurd.',
      ],
      items: [
        {
          key: 'local:settings',
          text: 'Uw instellingen: uw partnerprofiel (naam, tenant-ID’s, domeinen, programmarol, het contact van uw provider), uw eigen contactgegevens voor ondersteuning, de invulmodus, uw weergavekeuzes (de band, de tabbladtitel, de plaats van de banner en de kleuren), en uw klantenlijst (per klant: naam, tenant-ID, domeinen, GDAP-status, einddatum en rollen, of de klant directe abonnementen heeft, en de kleur als u er een koos). Bewaard tot u ze wijzigt, verwijdert of de extensie verwijdert.',
        },
        {
          key: 'local:settingsLastGood',
          text: 'Een kopie van de laatste geldige instellingen, die geldt als de opgeslagen instellingen ooit beschadigd raken. Bij elke keer opslaan vervangen.',
        },
        {
          key: 'local:settingsBackup',
          text: 'De instellingen zoals ze waren voor uw laatste import van een configuratie (JSON), zodat u ze kunt terugzetten. Bewaard tot u ze terugzet, verwijdert (“Deze kopie verwijderen”) of opnieuw importeert.',
        },
        {
          key: 'local:settingsRecovery',
          text: 'Opgeslagen instellingen die niet bruikbaar waren (beschadigd, of geschreven door een nieuwere versie), apart bewaard zodat niets verloren gaat. Te zien onder Opties → Diagnose; bewaard tot u ze verwijdert (“Deze kopie verwijderen”).',
        },
        {
          key: 'local:policyLastSeen',
          text: 'De laatste configuratie die uw organisatie via beleid instelde, zodat die waarden gelden terwijl de browser start. Verwijderd als het beleid wordt verwijderd.',
        },
        {
          key: 'local:preferences',
          text: 'Uw keuze over het lezen van de namen van de sleutels in de aanmeldcache.',
        },
        { key: 'local:setupProgress', text: 'Bij welke stap van de eerste instelling u bent, tot u klaar bent.' },
        {
          key: 'local:diagnosticsSalt',
          text: 'Een willekeurige waarde, één keer gemaakt, die de tenant-ID in een diagnoserapport buiten deze browser onherkenbaar maakt. Bewaard tot u de extensie verwijdert.',
        },
        {
          key: 'session:tabs',
          text: 'Per geopend portaltabblad: het adres, de tenantsignalen die de pagina’s toonden (tenant-ID’s, domeinen, de namen in de kop, en van het aangemelde account alleen het domein), wat de controles nodig hebben van het ondersteuningsformulier (welke velden er zijn en welke u bewerkte; de waarden alleen van het ondersteuningsplan, de e-mailvelden en het product, elk ander veld alleen als ingevuld of leeg), uw vinkjes in de controlelijst en per veld de uitkomst van de laatste invulling, zonder de waarden. Sessieopslag staat in het geheugen: verwijderd als het tabblad sluit, en helemaal als de browser stopt.',
        },
      ],
    },
    {
      heading: 'Verwijderen',
      items: [
        {
          text: 'Verwijder een klant op de optiepagina en sla op: hij verdwijnt uit de instellingen en ook uit de laatste geldige kopie, de back-up en de herstelkopie.',
        },
        {
          text: 'Verwijder de back-up (Opties → Importeren en exporteren) of de herstelkopie (Opties → Diagnose) met “Deze kopie verwijderen”.',
        },
        {
          text: 'Als u de extensie verwijdert, verdwijnt alles wat ze bewaarde. Waarden die uw organisatie via beleid instelt, beheert uw organisatie.',
        },
      ],
    },
    {
      heading: 'Wat u zelf meeneemt',
      items: [
        {
          text: 'Exporteren (Opties → Importeren en exporteren) slaat uw instellingen, zonder beleidswaarden, op in een bestand dat u kiest. Verder wordt niets geëxporteerd.',
        },
        {
          text: 'Diagnose kopiëren (pop-up) zet een rapport op het klembord, alleen als u erop klikt. Het bevat geen namen, e-mailadressen, telefoonnummers, tenantnamen of domeinen; adressen worden teruggebracht tot routewoorden, en de tenant-ID staat er alleen in gehasht met de willekeurige waarde van deze browser.',
        },
      ],
    },
    {
      heading: 'Wat het buiten houdt',
      items: [
        {
          text: 'Klantnamen uit een import (CSV of JSON) worden ontdaan van stuurtekens en onzichtbare richtingstekens voor ze worden bewaard of getoond.',
        },
        { text: 'Een importbestand groter dan 5 MB wordt geweigerd voor het wordt gelezen, en er verandert niets.' },
      ],
    },
    {
      heading: 'Contact',
      paragraphs: [`Vragen over dit beleid: ${SUPPORT_PLACEHOLDER}`],
    },
  ],
};

export const PRIVACY: Record<Language, PrivacyPolicy> = { en: EN, nl: NL };

/** The policy as Markdown, as committed in docs/privacy.md (English) and docs/privacy.nl.md. */
export function renderPrivacy(language: Language): string {
  const policy = PRIVACY[language];
  const other = language === 'en' ? '[Nederlands](privacy.nl.md)' : '[English](privacy.md)';
  const lines = [
    `# ${policy.title}`,
    '',
    `<!-- Generated by \`npm run store-listing\` from lib/store/privacy.ts; the extension shows the same text on its privacy page. -->`,
    '',
    `${policy.updated} ${other}`,
    '',
  ];
  for (const section of policy.sections) {
    lines.push(`## ${section.heading}`, '');
    for (const paragraph of section.paragraphs ?? []) lines.push(paragraph, '');
    for (const item of section.items ?? []) lines.push(`- ${item.key ? `\`${item.key}\`: ` : ''}${item.text}`);
    if (section.items?.length) lines.push('');
  }
  return lines.join('\n');
}
