/**
 * Support-plan option texts that name the CSP plan. The option's text in the real portal is not
 * confirmed: it is matched by the configured label, case-insensitively, and by these aliases.
 * - 'Cloud Solution Provider': Microsoft's docs say to choose it (A for the docs, which describe the
 *   older Basics step; the current option text is C). The Dutch edition keeps it untranslated (C).
 * - 'Cloudoplossingsprovider': a guess at a Dutch option text from portal-facts' first edition (C);
 *   the revision of 2026-12-01 found the Dutch docs untranslated, so this alias is the weaker one.
 */
export const CSP_PLAN_ALIASES = ['Cloud Solution Provider', 'Cloudoplossingsprovider'] as const;
