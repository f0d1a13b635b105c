import { CSP_PLAN_ALIASES } from '../portals/fields/plans';

/** Option texts compared the way the user reads them: Unicode-normalised, spaces collapsed, any case. */
function normalizePlanText(text: string | undefined | null): string {
  return (text ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('en');
}

/** True when `value` names the same plan as `label` (exact, or the option text starts with it). */
export function planTextMatches(value: string | undefined | null, label: string | undefined | null): boolean {
  const shown = normalizePlanText(value);
  const wanted = normalizePlanText(label);
  if (!shown || !wanted) return false;
  return shown === wanted || shown.startsWith(`${wanted} `) || shown.startsWith(`${wanted}(`);
}

/** The labels that count as the CSP plan: the configured one plus the known aliases. */
export function cspPlanLabels(configured: string): string[] {
  return [...new Set([configured, ...CSP_PLAN_ALIASES].filter((label) => label.trim() !== ''))];
}

export function isCspPlan(value: string | undefined | null, configured: string): boolean {
  return cspPlanLabels(configured).some((label) => planTextMatches(value, label));
}
