import type { MessageTable } from '../types';

/**
 * Guidance for each finding (`rules_<id>` is the body, `rules_<id>_title` the title) and the
 * checklist texts. Written from shared/rules.md in our own words.
 */
export const rulesMessages = {
  rules_own_tenant_csp_plan_title: {
    en: 'CSP plan in your own tenant',
    nl: 'CSP-plan in uw eigen tenant',
  },
  rules_own_tenant_csp_plan: {
    en: 'The Cloud Solution Provider plan covers customers, not your own subscriptions. Pick your own support plan.',
    nl: 'Het Cloud Solution Provider-plan dekt klanten, niet uw eigen abonnementen. Kies uw eigen ondersteuningsplan.',
  },
  rules_own_tenant_customer_request_title: {
    en: 'Customer request in your own tenant',
    nl: 'Klantaanvraag in uw eigen tenant',
  },
  rules_own_tenant_customer_request: {
    en: 'Partner Center opened this tab for a customer, but you are signed in to your own tenant. Start again from Partner Center: Customers → the customer → Service requests → New request.',
    nl: 'Partner Center heeft dit tabblad voor een klant geopend, maar u bent aangemeld bij uw eigen tenant. Begin opnieuw in Partner Center: Klanten → de klant → Serviceaanvragen → Nieuwe aanvraag.',
  },
  rules_own_tenant_customer_request_customer_url_title: {
    en: 'Customer request in your own tenant',
    nl: 'Klantaanvraag in uw eigen tenant',
  },
  rules_own_tenant_customer_request_customer_url: {
    en: "This tab's address named a customer's tenant, but you are signed in to your own tenant. Start again from Partner Center: Customers → the customer → Service requests → New request.",
    nl: 'Het adres van dit tabblad noemde de tenant van een klant, maar u bent aangemeld bij uw eigen tenant. Begin opnieuw in Partner Center: Klanten → de klant → Serviceaanvragen → Nieuwe aanvraag.',
  },
  rules_own_tenant_customer_request_user_title: {
    en: 'Customer request in your own tenant',
    nl: 'Klantaanvraag in uw eigen tenant',
  },
  rules_own_tenant_customer_request_user: {
    en: 'You said this request is for a customer, but you are signed in to your own tenant. Start again from Partner Center: Customers → the customer → Service requests → New request.',
    nl: 'U gaf aan dat deze aanvraag voor een klant is, maar u bent aangemeld bij uw eigen tenant. Begin opnieuw in Partner Center: Klanten → de klant → Serviceaanvragen → Nieuwe aanvraag.',
  },
  rules_own_tenant_notice_title: { en: 'Your own tenant', nl: 'Uw eigen tenant' },
  rules_own_tenant_notice: {
    en: 'Requests here are for your own subscriptions and need your own support plan. For a customer, go through Partner Center instead.',
    nl: 'Aanvragen hier gaan over uw eigen abonnementen en vragen om uw eigen ondersteuningsplan. Voor een klant gaat u via Partner Center.',
  },
  rules_customer_plan_not_csp_title: {
    en: 'Choose the Cloud Solution Provider plan',
    nl: 'Kies het Cloud Solution Provider-plan',
  },
  rules_customer_plan_not_csp: {
    en: "For a customer's Azure request, set Support plan to Cloud Solution Provider (under Additional details → Support method).",
    nl: 'Zet bij een Azure-aanvraag voor een klant het ondersteuningsplan op Cloud Solution Provider (onder Aanvullende details → Ondersteuningsmethode).',
  },
  rules_customer_contact_details_title: {
    en: "Contact details aren't yours",
    nl: 'De contactgegevens zijn niet van u',
  },
  rules_customer_contact_details: {
    en: '$1 is not on your partner domain. Microsoft should contact you, not the customer: use your own contact details.',
    nl: '$1 staat niet op uw partnerdomein. Microsoft moet contact opnemen met u, niet met de klant: gebruik uw eigen contactgegevens.',
  },
  rules_contact_not_filled_title: { en: 'Contact details are empty', nl: 'Contactgegevens zijn leeg' },
  rules_contact_not_filled: {
    en: 'Fill in your own contact details, so Microsoft reaches you and not the customer.',
    nl: 'Vul uw eigen contactgegevens in, zodat Microsoft u bereikt en niet de klant.',
  },
  rules_reseller_cannot_file_azure_title: {
    en: 'Only the Azure provider can file this',
    nl: 'Alleen de Azure-provider kan dit indienen',
  },
  rules_reseller_cannot_file_azure: {
    en: "As an indirect reseller or advisor you can't open Azure support requests for a customer. Ask your indirect provider, $1, to file it: $2.",
    nl: 'Als indirecte reseller of adviseur kunt u geen Azure-ondersteuningsaanvragen voor een klant openen. Vraag uw indirecte provider, $1, om deze in te dienen: $2.',
  },
  rules_reseller_cannot_file_azure_no_provider_title: {
    en: 'Only the Azure provider can file this',
    nl: 'Alleen de Azure-provider kan dit indienen',
  },
  rules_reseller_cannot_file_azure_no_provider: {
    en: "As an indirect reseller or advisor you can't open Azure support requests for a customer. Ask your indirect provider to file it. Set your indirect provider and its contact details in Options, so they show here.",
    nl: 'Als indirecte reseller of adviseur kunt u geen Azure-ondersteuningsaanvragen voor een klant openen. Vraag uw indirecte provider om deze in te dienen. Stel uw indirecte provider en diens contactgegevens in bij Opties, zodat ze hier verschijnen.',
  },
  rules_marketplace_product_title: {
    en: 'Marketplace product: the publisher supports it',
    nl: 'Marketplace-product: de uitgever biedt ondersteuning',
  },
  rules_marketplace_product: {
    en: "Microsoft doesn't support $1. Contact its publisher: the product's page in the marketplace lists a support link, email address or phone number.",
    nl: 'Microsoft ondersteunt $1 niet. Neem contact op met de uitgever: de productpagina in de marketplace vermeldt een ondersteuningslink, e-mailadres of telefoonnummer.',
  },
  rules_gdap_not_active_title: { en: 'No active admin relationship', nl: 'Geen actieve beheerrelatie' },
  rules_gdap_not_active: {
    en: 'Your directory says the GDAP relationship with this customer has expired or is missing. Renew it in Partner Center before filing.',
    nl: 'Volgens uw klantenlijst is de GDAP-relatie met deze klant verlopen of ontbreekt deze. Vernieuw hem in Partner Center voordat u een aanvraag indient.',
  },
  rules_gdap_expiring_title: { en: 'Admin relationship expires soon', nl: 'Beheerrelatie verloopt binnenkort' },
  rules_gdap_expiring: {
    en: 'The GDAP relationship expires on $1 (in $2 days). Renew it in time.',
    nl: 'De GDAP-relatie verloopt op $1 (over $2 dagen). Vernieuw hem op tijd.',
  },
  rules_workload_not_covered_title: {
    en: 'Outside the CSP support entitlement',
    nl: 'Buiten het CSP-ondersteuningsrecht',
  },
  rules_workload_not_covered: {
    en: "$1 isn't covered by CSP support, which covers Azure, Microsoft 365, Dynamics 365, Intune and Entra. Use that product's own support channel.",
    nl: '$1 valt niet onder CSP-ondersteuning, die Azure, Microsoft 365, Dynamics 365, Intune en Entra dekt. Gebruik het eigen ondersteuningskanaal van dat product.',
  },
  rules_customer_direct_trial_title: {
    en: 'Customer has direct trial subscriptions',
    nl: 'Klant heeft directe proefabonnementen',
  },
  rules_customer_direct_trial: {
    en: 'With direct trials next to its CSP subscriptions, this customer gets support only through you.',
    nl: 'Met directe proefabonnementen naast de CSP-abonnementen krijgt deze klant alleen via u ondersteuning.',
  },
  rules_customer_direct_paid_title: {
    en: 'Customer has direct paid subscriptions',
    nl: 'Klant heeft directe betaalde abonnementen',
  },
  rules_customer_direct_paid: {
    en: 'This customer may also open requests with Microsoft itself for its direct subscriptions.',
    nl: 'Deze klant kan voor zijn directe abonnementen ook zelf aanvragen bij Microsoft indienen.',
  },
  rules_unlisted_tenant_title: { en: 'Tenant not in your directory', nl: 'Tenant staat niet in uw klantenlijst' },
  rules_unlisted_tenant: {
    en: "This tenant is neither yours nor in your customer directory, so GDAP and subscriptions can't be checked. Add it to your customers if it is one.",
    nl: 'Deze tenant is niet van u en staat niet in uw klantenlijst, dus GDAP en abonnementen kunnen niet worden gecontroleerd. Voeg hem toe aan uw klanten als het een klant is.',
  },
  rules_context_unknown_title: { en: "Can't tell which tenant this is", nl: 'Onbekend in welke tenant u werkt' },
  rules_context_unknown: {
    en: 'Check the directory shown at the top right before you continue. Signing in directly puts you in your own tenant.',
    nl: 'Controleer de map rechtsboven voordat u verdergaat. Wie direct aanmeldt, werkt in de eigen tenant.',
  },

  rules_check_context_known: { en: 'The tenant is known', nl: 'De tenant is bekend' },
  rules_check_context_known_pass: {
    en: 'The extension knows which tenant this is.',
    nl: 'De extensie weet welke tenant dit is.',
  },
  rules_check_context_known_fail: {
    en: "The extension can't tell which tenant this is.",
    nl: 'De extensie kan niet vaststellen welke tenant dit is.',
  },
  rules_check_context_known_unknown: {
    en: 'No tenant signal on this page yet.',
    nl: 'Nog geen tenantsignaal op deze pagina.',
  },
  rules_check_right_tenant: { en: 'Right tenant for this request', nl: 'Juiste tenant voor deze aanvraag' },
  rules_check_right_tenant_pass: {
    en: 'The tenant matches what this request is for.',
    nl: 'De tenant past bij waarvoor deze aanvraag is.',
  },
  rules_check_right_tenant_unknown: {
    en: 'Unknown until the tenant is known.',
    nl: 'Onbekend zolang de tenant onbekend is.',
  },
  rules_check_allowed_to_file: { en: 'You may file this request', nl: 'U mag deze aanvraag indienen' },
  rules_check_allowed_to_file_pass: {
    en: 'Your program role allows this request.',
    nl: 'Uw programmarol staat deze aanvraag toe.',
  },
  rules_check_gdap_active: { en: 'Active GDAP relationship', nl: 'Actieve GDAP-relatie' },
  rules_check_gdap_active_pass: {
    en: 'Your directory lists an active relationship.',
    nl: 'Uw klantenlijst vermeldt een actieve relatie.',
  },
  rules_check_gdap_active_unknown: {
    en: 'Not recorded: check it in Partner Center.',
    nl: 'Niet vastgelegd: controleer het in Partner Center.',
  },
  rules_check_support_plan: { en: 'Right support plan', nl: 'Juist ondersteuningsplan' },
  rules_check_support_plan_pass: {
    en: 'The chosen plan fits this tenant.',
    nl: 'Het gekozen plan past bij deze tenant.',
  },
  rules_check_support_plan_unknown: { en: 'No plan chosen yet.', nl: 'Nog geen plan gekozen.' },
  rules_check_contact_details: { en: 'Your own contact details', nl: 'Uw eigen contactgegevens' },
  rules_check_contact_details_pass: {
    en: 'The contact email is on your partner domain.',
    nl: 'Het contact-e-mailadres staat op uw partnerdomein.',
  },
  rules_check_contact_details_unknown: { en: 'No contact details read yet.', nl: 'Nog geen contactgegevens gelezen.' },
  rules_check_not_marketplace: { en: 'Not a marketplace product', nl: 'Geen marketplace-product' },
  rules_check_not_marketplace_pass: {
    en: 'The chosen product is supported by Microsoft.',
    nl: 'Het gekozen product wordt door Microsoft ondersteund.',
  },
  rules_check_not_marketplace_unknown: { en: 'No product chosen yet.', nl: 'Nog geen product gekozen.' },
  rules_check_admin_agent_role: { en: 'Admin agent role', nl: 'Rol Beheeragent' },
  rules_check_admin_agent_role_help: {
    en: 'You have the Admin agent role in Partner Center and the right GDAP role for this customer.',
    nl: 'U hebt de rol Beheeragent in Partner Center en de juiste GDAP-rol voor deze klant.',
  },
  rules_check_azure_rbac: { en: 'Azure RBAC on the subscription', nl: 'Azure RBAC op het abonnement' },
  rules_check_azure_rbac_help: {
    en: 'You hold a role that may create support tickets on the subscription, e.g. Support Request Contributor.',
    nl: 'U hebt een rol waarmee u supporttickets op het abonnement mag maken, bijvoorbeeld Support Request Contributor.',
  },
  rules_check_support_category: { en: 'Right support category', nl: 'Juiste ondersteuningscategorie' },
  rules_check_support_category_help: {
    en: 'You chose the category that fits the problem (look under "More" too).',
    nl: 'U koos de categorie die bij het probleem past (kijk ook onder "Meer").',
  },
  rules_check_service_health: { en: 'Service health checked first', nl: 'Eerst de servicestatus bekeken' },
  rules_check_service_health_help: {
    en: 'You checked service health for a known incident before escalating.',
    nl: 'U hebt de servicestatus op een bekend incident gecontroleerd voordat u escaleert.',
  },
  rules_follow_up_azure: {
    en: 'Follow up in the Azure portal: Help + support → All support requests.',
    nl: 'Volg de aanvraag op in de Azure-portal: Help + ondersteuning → Alle ondersteuningsaanvragen.',
  },
  rules_follow_up_m365: {
    en: 'Follow up in the Microsoft 365 admin center: Support → View all support tickets.',
    nl: 'Volg de aanvraag op in het Microsoft 365-beheercentrum: Ondersteuning → Alle supporttickets weergeven.',
  },
  rules_follow_up_general: {
    en: 'Azure requests are followed up under All support requests in the Azure portal; Microsoft 365 ones under View all support tickets in the admin center.',
    nl: 'Azure-aanvragen volgt u op onder Alle ondersteuningsaanvragen in de Azure-portal; Microsoft 365-aanvragen onder Alle supporttickets weergeven in het beheercentrum.',
  },
} as const satisfies MessageTable;
