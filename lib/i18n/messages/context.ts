import type { MessageTable } from '../types';

/** Texts of the context area: the evidence behind each conclusion. Keys start with `context_`. */
export const contextMessages = {
  context_evidence_user: { en: 'You said this request is for $1.', nl: 'U gaf aan dat deze aanvraag voor $1 is.' },
  context_evidence_account_title: {
    en: 'The account menu names directory $1.',
    nl: 'Het accountmenu noemt map $1.',
  },
  context_evidence_url_hash: { en: 'The address names $1 (#@ form).', nl: 'Het adres noemt $1 (#@-vorm).' },
  context_evidence_url_path: { en: 'The address path names $1.', nl: 'Het pad van het adres noemt $1.' },
  context_evidence_url_delegated_org: {
    en: 'The address names $1 as the delegated organization.',
    nl: 'Het adres noemt $1 als gedelegeerde organisatie.',
  },
  context_evidence_url_client_session: {
    en: 'Partner Center opened this session for tenant $1.',
    nl: 'Partner Center opende deze sessie voor tenant $1.',
  },
  context_evidence_url_ctid: {
    en: 'The address carries customer tenant $1 (ctid).',
    nl: 'Het adres bevat klanttenant $1 (ctid).',
  },
  context_evidence_url_tid: { en: 'The address carries tenant $1 (tid).', nl: 'Het adres bevat tenant $1 (tid).' },
  context_evidence_header_name: {
    en: 'The portal header shows directory $1.',
    nl: 'De kop van de portal toont map $1.',
  },
  context_evidence_directory_name: {
    en: 'The portal settings show current directory $1.',
    nl: 'De portalinstellingen tonen huidige map $1.',
  },
  context_note_no_url_tenant: {
    en: 'This portal does not name the tenant in its address: the context comes from the address this tab was opened with.',
    nl: 'Deze portal noemt de tenant niet in het adres: de context komt van het adres waarmee dit tabblad is geopend.',
  },
  context_evidence_tab_intent: {
    en: 'This tab was opened for $1; the portal has since rewritten the address.',
    nl: 'Dit tabblad is geopend voor $1; de portal heeft het adres daarna herschreven.',
  },
  context_evidence_msal_realm: {
    en: 'The sign-in cache holds tokens for tenant $1.',
    nl: 'De aanmeldcache bevat tokens voor tenant $1.',
  },
  context_evidence_msal_home: {
    en: 'The sign-in cache says the account comes from tenant $1.',
    nl: 'De aanmeldcache zegt dat het account uit tenant $1 komt.',
  },
  context_evidence_username: { en: 'Signed in as $1.', nl: 'Aangemeld als $1.' },
  context_evidence_own_by_id: {
    en: '$1 is your own tenant (tenant ID matches).',
    nl: '$1 is uw eigen tenant (tenant-ID komt overeen).',
  },
  context_evidence_own_by_domain: {
    en: '$1 is your own tenant (domain matches).',
    nl: '$1 is uw eigen tenant (domein komt overeen).',
  },
  context_evidence_own_by_name: {
    en: '$1 is your own tenant (name matches).',
    nl: '$1 is uw eigen tenant (naam komt overeen).',
  },
  context_evidence_customer_by_id: {
    en: '$1 is customer $2 in your directory (tenant ID matches).',
    nl: '$1 is klant $2 in uw klantenlijst (tenant-ID komt overeen).',
  },
  context_evidence_customer_by_domain: {
    en: '$1 is customer $2 in your directory (domain matches).',
    nl: '$1 is klant $2 in uw klantenlijst (domein komt overeen).',
  },
  context_evidence_customer_by_name: {
    en: '$1 is customer $2 in your directory (name matches).',
    nl: '$1 is klant $2 in uw klantenlijst (naam komt overeen).',
  },
  context_evidence_not_in_directory: {
    en: '$1 is neither your own tenant nor in your customer directory.',
    nl: '$1 is niet uw eigen tenant en staat niet in uw klantenlijst.',
  },
  context_evidence_ambiguous_name: {
    en: 'The name $1 matches $2 customers, so it does not tell which one.',
    nl: 'De naam $1 past bij $2 klanten en zegt dus niet welke.',
  },
  context_evidence_frame_ignored: {
    en: 'A frame from $2 shows $1 like the portal’s header does; only the portal’s own top page counts, so it was ignored.',
    nl: 'Een frame van $2 toont $1 zoals de kop van de portal; alleen de eigen bovenste pagina van de portal telt, dus dit is genegeerd.',
  },
  context_evidence_unmatched_name: {
    en: 'The name $1 matches nothing in your settings; a name alone proves no tenant.',
    nl: 'De naam $1 komt niet voor in uw instellingen; een naam alleen bewijst geen tenant.',
  },
  context_evidence_conflict: {
    en: 'Conflicting signal: it names $1, but the newer or stronger signal names $2.',
    nl: 'Tegenstrijdig signaal: dit noemt $1, maar het nieuwere of sterkere signaal noemt $2.',
  },
  context_evidence_tie: {
    en: 'Equally strong signals name different tenants, $1 and $2, so the tenant is unknown.',
    nl: 'Even sterke signalen noemen verschillende tenants, $1 en $2, dus de tenant is onbekend.',
  },
  context_evidence_superseded: {
    en: 'The portal now shows directory $1: not $2, named before, and no single tenant in your settings. The tenant is unknown.',
    nl: 'De portal toont nu map $1: niet $2, dat eerder werd genoemd, en geen enkele tenant uit uw instellingen. De tenant is onbekend.',
  },
  context_evidence_delegated: {
    en: 'You are signed in as $1, a user of your own organization: this is delegated (GDAP) access, not your own tenant.',
    nl: 'U bent aangemeld als $1, een gebruiker van uw eigen organisatie: dit is gedelegeerde (GDAP-)toegang, niet uw eigen tenant.',
  },
  context_evidence_partner_user: {
    en: 'Signed in as $1, a user of your own organization.',
    nl: 'Aangemeld als $1, een gebruiker van uw eigen organisatie.',
  },
  context_evidence_setup_needed: {
    en: 'Your partner tenant is not set up yet, so your own tenant cannot be told apart. Open the options to set it up.',
    nl: 'Uw partnertenant is nog niet ingesteld, dus uw eigen tenant is niet te herkennen. Open de opties om dit in te stellen.',
  },
  context_evidence_m365_org_name: {
    en: 'The admin center header shows organization $1.',
    nl: 'De kop van het beheercentrum toont organisatie $1.',
  },
  context_evidence_url_client_session_domain: {
    en: "Partner Center's link also names the customer's domain, $1.",
    nl: 'De link van Partner Center noemt ook het domein van de klant, $1.',
  },
  context_evidence_admin_direct: {
    en: 'The Microsoft 365 admin center was opened directly: no delegatedOrg in the address and no customer this tab was opened for.',
    nl: 'Het Microsoft 365-beheercentrum is rechtstreeks geopend: geen delegatedOrg in het adres en geen klant waarvoor dit tabblad is geopend.',
  },
  context_evidence_own_by_portal: {
    en: 'Opened directly, the admin center shows your own organization (Partner Center documentation).',
    nl: 'Rechtstreeks geopend toont het beheercentrum uw eigen organisatie (documentatie van Partner Center).',
  },
  context_evidence_admin_direct_overruled: {
    en: 'Opened directly, the admin center would be your own organization, but another signal names a different tenant.',
    nl: 'Rechtstreeks geopend zou het beheercentrum uw eigen organisatie zijn, maar een ander signaal noemt een andere tenant.',
  },
  context_evidence_none: {
    en: 'Nothing on this page names a tenant yet.',
    nl: 'Niets op deze pagina noemt al een tenant.',
  },
} as const satisfies MessageTable;
