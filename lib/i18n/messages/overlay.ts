import type { MessageTable } from '../types';

/** Texts of the in-page overlay. Keys start with `overlay_`. */
export const overlayMessages = {
  /** The tab title's prefix: `[Own tenant] `, `[Unlisted: woodgrove.com] ` (issue 15). */
  overlay_title_own: { en: 'Own tenant', nl: 'Eigen tenant' },
  overlay_title_unlisted: { en: 'Unlisted', nl: 'Niet in lijst' },
  overlay_banner_label: { en: 'Partner Context Guard: tenant context', nl: 'Partner Context Guard: tenantcontext' },
  overlay_panel_label: {
    en: 'Partner Context Guard: checks for this request',
    nl: 'Partner Context Guard: controles voor deze aanvraag',
  },
  overlay_evidence_label: { en: 'Why the extension thinks so', nl: 'Waarom de extensie dit denkt' },
  overlay_show_why: { en: 'Why?', nl: 'Waarom?' },
  overlay_hide_why: { en: 'Hide', nl: 'Verbergen' },
  overlay_no_evidence: { en: 'No evidence yet.', nl: 'Nog geen aanwijzingen.' },
  overlay_delegated: { en: 'delegated', nl: 'gedelegeerd' },
  overlay_setup_needed: { en: 'Setup needed', nl: 'Instellen nodig' },
  overlay_dismiss: { en: 'Dismiss', nl: 'Negeren' },
  overlay_dismiss_label: { en: 'Dismiss "$1" for this request', nl: '"$1" negeren voor deze aanvraag' },
  overlay_source: { en: 'Source: Partner Center guidance $1', nl: 'Bron: Partner Center-richtlijn $1' },
  overlay_action_fill_contact: { en: 'Fill my contact details', nl: 'Mijn contactgegevens invullen' },
  overlay_action_select_csp_plan: { en: 'Select the CSP plan', nl: 'CSP-plan selecteren' },
  overlay_action_select_own_plan: { en: 'Select my own plan', nl: 'Mijn eigen plan selecteren' },
  overlay_action_undo: { en: 'Undo', nl: 'Ongedaan maken' },
  overlay_link_partner_center_customers: { en: 'Open Partner Center customers', nl: 'Partner Center-klanten openen' },
  overlay_link_partner_center_admin_relationships: {
    en: 'Open Partner Center admin relationships',
    nl: 'Beheerrelaties in Partner Center openen',
  },
  overlay_link_partner_center_service_requests: {
    en: 'Open service requests in Partner Center',
    nl: 'Serviceaanvragen in Partner Center openen',
  },
  overlay_link_indirect_provider_contact: {
    en: 'Contact my indirect provider',
    nl: 'Contact opnemen met mijn indirecte provider',
  },
  overlay_link_indirect_provider_options: {
    en: 'Set my indirect provider in Options',
    nl: 'Mijn indirecte provider instellen in Opties',
  },
  overlay_link_marketplace_publisher_help: {
    en: "Find the publisher's support contact",
    nl: 'Ondersteuningscontact van de uitgever zoeken',
  },
  overlay_link_options_customers: {
    en: 'Add to my customer directory',
    nl: 'Toevoegen aan mijn klantenlijst',
  },
  overlay_fill_summary: {
    en: 'Filled $1 {$1, plural, one {field} other {fields}}.',
    nl: '$1 {$1, plural, one {veld} other {velden}} ingevuld.',
  },
  overlay_fill_problem: { en: '$1: $2', nl: '$1: $2' },
  overlay_outcome_skipped_disabled: { en: 'skipped, the field is locked', nl: 'overgeslagen, het veld is vergrendeld' },
  overlay_outcome_skipped_user_value: {
    en: 'kept what you entered',
    nl: 'uw invoer is behouden',
  },
  overlay_outcome_skipped_hidden: {
    en: 'not filled: the field is not visible to you',
    nl: 'niet ingevuld: het veld is voor u niet zichtbaar',
  },
  overlay_outcome_not_found: { en: 'field not found on this form', nl: 'veld niet gevonden op dit formulier' },
  overlay_outcome_failed: { en: 'could not be filled', nl: 'kon niet worden ingevuld' },
  overlay_outcome_filled: { en: 'filled', nl: 'ingevuld' },
  overlay_outcome_unchanged: { en: 'already right', nl: 'was al juist' },
  overlay_undo_summary: {
    en: 'Undo: restored $1 {$1, plural, one {field} other {fields}}.',
    nl: 'Ongedaan maken: $1 {$1, plural, one {veld} other {velden}} hersteld.',
  },
  overlay_undo_restored: { en: 'restored', nl: 'hersteld' },
  overlay_undo_cannot_clear: {
    en: 'still shows "$1": this list can\'t be emptied again, change it by hand',
    nl: 'toont nog "$1": deze lijst kan niet weer leeg worden gemaakt, wijzig deze zelf',
  },
  overlay_undo_changed_since_fill: {
    en: 'left as you changed it after the fill',
    nl: 'gelaten zoals u het na het invullen wijzigde',
  },
  overlay_undo_not_found: { en: 'no longer on the form', nl: 'staat niet meer op het formulier' },
  overlay_undo_failed: { en: 'could not be restored', nl: 'kon niet worden hersteld' },
  overlay_undo_not_filled: {
    en: 'was not filled (the list did not take the choice), so there is nothing to undo',
    nl: 'is niet ingevuld (de lijst nam de keuze niet over), dus er is niets ongedaan te maken',
  },
  overlay_reason_not_committed: {
    en: 'not filled: the list did not take the choice, so the field is still empty',
    nl: 'niet ingevuld: de lijst nam de keuze niet over, dus het veld is nog leeg',
  },
  overlay_reason_no_option: {
    en: 'not filled: the list has no matching option',
    nl: 'niet ingevuld: de lijst heeft geen passende optie',
  },
  overlay_fix_off: {
    en: 'Prefill is off in the settings: nothing was filled.',
    nl: 'Vooraf invullen staat uit in de instellingen: er is niets ingevuld.',
  },
  overlay_fix_busy: { en: 'A fill is already running.', nl: 'Er wordt al ingevuld.' },
  overlay_fix_failed: {
    en: 'The fill failed; nothing else was changed.',
    nl: 'Invullen is mislukt; verder is niets gewijzigd.',
  },
  overlay_fix_no_form: { en: 'No support form on this page.', nl: 'Geen ondersteuningsformulier op deze pagina.' },
  overlay_fix_nothing_to_undo: { en: 'Nothing to undo.', nl: 'Niets om ongedaan te maken.' },
  overlay_fix_wrong_context: {
    en: 'Not filled: the tenant context does not allow this fill.',
    nl: 'Niet ingevuld: de tenantcontext staat dit niet toe.',
  },
} as const satisfies MessageTable;
