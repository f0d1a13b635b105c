import { contactNotFilled } from './findings/contact-not-filled';
import { contextUnknown } from './findings/context-unknown';
import { customerContactDetails } from './findings/customer-contact-details';
import { customerDirectPaid } from './findings/customer-direct-paid';
import { customerDirectTrial } from './findings/customer-direct-trial';
import { customerPlanNotCsp } from './findings/customer-plan-not-csp';
import { gdapExpiring } from './findings/gdap-expiring';
import { gdapNotActive } from './findings/gdap-not-active';
import { marketplaceProduct } from './findings/marketplace-product';
import { ownTenantCspPlan } from './findings/own-tenant-csp-plan';
import { ownTenantCustomerRequest } from './findings/own-tenant-customer-request';
import { ownTenantNotice } from './findings/own-tenant-notice';
import { resellerCannotFileAzure } from './findings/reseller-cannot-file-azure';
import { unlistedTenant } from './findings/unlisted-tenant';
import { workloadNotCovered } from './findings/workload-not-covered';
import type { Facts, Finding, Rule, Severity } from './types';

/** Every finding of the catalogue in shared/rules.md, one rule per file in findings/. */
export const RULES: readonly Rule[] = [
  resellerCannotFileAzure,
  gdapNotActive,
  ownTenantCustomerRequest,
  ownTenantCspPlan,
  customerPlanNotCsp,
  customerContactDetails,
  contextUnknown,
  marketplaceProduct,
  contactNotFilled,
  ownTenantNotice,
  gdapExpiring,
  workloadNotCovered,
  customerDirectTrial,
  customerDirectPaid,
  unlistedTenant,
];

const SEVERITY_ORDER: Record<Severity, number> = { blocker: 0, warning: 1, info: 2 };

/**
 * Runs every rule. A rule that throws on odd facts is skipped, so one bad rule never hides
 * the others' findings; blockers come first, then warnings, then info, in catalogue order.
 */
export function evaluateRules(facts: Facts): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    try {
      const finding = rule.evaluate(facts);
      if (finding) findings.push(finding);
    } catch {
      // Skipped: the rule's tests cover its inputs; odd page data must not break the rest.
    }
  }
  return findings.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
