import { knownKeyOr, underscored } from '../i18n/keys';
import type { MessageRef } from '../i18n/types';
import { fieldValue, hasField, isAzureForm, isForeignContext, isSupportForm, supportFormKind } from './facts';
import type { Facts, Finding, FindingId, FixAction } from './types';

export type ChecklistStatus = 'pass' | 'fail' | 'unknown' | 'manual';

export const MANUAL_CHECK_IDS = ['admin-agent-role', 'azure-rbac', 'support-category', 'service-health'] as const;
export type ManualCheckId = (typeof MANUAL_CHECK_IDS)[number];

/** Ready only on a support form, with a known tenant, nothing failing and every manual item confirmed. */
function readiness(
  items: readonly ChecklistItem[],
  onSupportForm: boolean,
  tenantKnown: boolean,
): Pick<Checklist, 'ready' | 'onSupportForm' | 'failing' | 'unconfirmed'> {
  const failing = items.filter((item) => item.status === 'fail').length;
  const unconfirmed = items.filter((item) => item.status === 'manual').length;
  return {
    ready: onSupportForm && tenantKnown && failing === 0 && unconfirmed === 0,
    onSupportForm,
    failing,
    unconfirmed,
  };
}

/**
 * The checklist with one manual item ticked or unticked, judged by the same rule as
 * `buildChecklist`: the popup shows the tick at once, before the background's answer confirms it.
 */
export function withManualStatus(
  checklist: Checklist,
  checkId: string,
  confirmed: boolean,
  tenantKnown: boolean,
): Checklist {
  const items = checklist.items.map((item) =>
    item.id === checkId && item.kind === 'manual'
      ? { ...item, status: confirmed ? ('pass' as const) : ('manual' as const) }
      : item,
  );
  return { ...checklist, items, ...readiness(items, checklist.onSupportForm, tenantKnown) };
}

export function isManualCheckId(checkId: string): checkId is ManualCheckId {
  return (MANUAL_CHECK_IDS as readonly string[]).includes(checkId);
}

export type AutoCheckId =
  | 'context-known'
  | 'right-tenant'
  | 'allowed-to-file'
  | 'gdap-active'
  | 'support-plan'
  | 'contact-details'
  | 'not-marketplace';

export interface ChecklistItem {
  readonly id: AutoCheckId | ManualCheckId;
  readonly kind: 'auto' | 'manual';
  readonly status: ChecklistStatus;
  readonly label: MessageRef;
  readonly reason: MessageRef;
  readonly fix?: FixAction;
  readonly source: string;
}

export interface Checklist {
  readonly items: readonly ChecklistItem[];
  /** True only on a support form where nothing fails and every applicable manual item is confirmed. */
  readonly ready: boolean;
  /** The tab shows a support form (or its page): the checklist applies. */
  readonly onSupportForm: boolean;
  readonly failing: number;
  readonly unconfirmed: number;
  /** Where to follow up on the request after submitting (§8, §9). */
  readonly followUp: MessageRef;
}

const key = <Id extends AutoCheckId | ManualCheckId>(id: Id) => `rules_check_${underscored(id)}` as const;

function auto(
  id: AutoCheckId,
  status: Exclude<ChecklistStatus, 'manual'>,
  source: string,
  finding?: Finding,
): ChecklistItem {
  return {
    id,
    kind: 'auto',
    status,
    label: { key: key(id) },
    // Only `context-known` can fail without a finding to explain it; the others have no `_fail` text.
    reason: finding ? finding.message : { key: knownKeyOr(`${key(id)}_${status}`, key(id)) },
    ...(finding?.fix ? { fix: finding.fix } : {}),
    source,
  };
}

function firstOf(findings: readonly Finding[], ids: readonly FindingId[]): Finding | undefined {
  return findings.find((finding) => ids.includes(finding.id));
}

function automaticItems(facts: Facts, findings: readonly Finding[]): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  const kind = facts.context.kind;
  const onForm = isSupportForm(facts);

  items.push(
    auto(
      'context-known',
      kind === 'unknown' ? (onForm ? 'fail' : 'unknown') : 'pass',
      '§12',
      firstOf(findings, ['context-unknown']),
    ),
  );

  const wrongTenant = firstOf(findings, ['own-tenant-customer-request']);
  items.push(
    auto('right-tenant', wrongTenant ? 'fail' : kind === 'unknown' ? 'unknown' : 'pass', '§4, §12', wrongTenant),
  );

  const blocked = firstOf(findings, ['reseller-cannot-file-azure']);
  items.push(auto('allowed-to-file', blocked ? 'fail' : 'pass', '§1, §6', blocked));

  if (kind === 'customer' || kind === 'unlisted') {
    const gdapProblem = firstOf(findings, ['gdap-not-active']);
    const status = gdapProblem
      ? 'fail'
      : kind === 'customer' && facts.customer?.gdap.status === 'active'
        ? 'pass'
        : 'unknown';
    items.push(auto('gdap-active', status, '§4, §7, §9', gdapProblem));
  }

  if (isAzureForm(facts)) {
    const planProblem = firstOf(findings, ['own-tenant-csp-plan', 'customer-plan-not-csp']);
    const plan = fieldValue(facts, 'supportPlan');
    const status = planProblem
      ? 'fail'
      : !hasField(facts, 'supportPlan') || plan === '' || kind === 'unknown'
        ? 'unknown'
        : 'pass';
    items.push(auto('support-plan', status, kind === 'own' ? '§13' : '§8', planProblem));
  }

  if (onForm && isForeignContext(facts)) {
    const contactProblem = firstOf(findings, ['customer-contact-details', 'contact-not-filled']);
    const status = contactProblem ? 'fail' : fieldValue(facts, 'email') === '' ? 'unknown' : 'pass';
    items.push(auto('contact-details', status, '§8, §9', contactProblem));
  }

  if (onForm) {
    const marketplace = firstOf(findings, ['marketplace-product']);
    items.push(
      auto('not-marketplace', marketplace ? 'fail' : facts.form?.product ? 'pass' : 'unknown', '§11', marketplace),
    );
  }
  return items;
}

const MANUAL_SOURCES: Record<ManualCheckId, string> = {
  'admin-agent-role': '§3',
  'azure-rbac': '§7',
  'support-category': '§9',
  'service-health': '§5',
};

/** Which confirmations the situation asks for: only a customer request needs GDAP-side checks. */
function applicableManualChecks(facts: Facts): ManualCheckId[] {
  const form = supportFormKind(facts);
  if (!form || !isForeignContext(facts)) return [];
  const checks: ManualCheckId[] = ['admin-agent-role'];
  if (form === 'azure') checks.push('azure-rbac');
  if (form === 'm365') checks.push('support-category');
  checks.push('service-health');
  return checks;
}

export function buildChecklist(
  facts: Facts,
  findings: readonly Finding[],
  confirmations: ReadonlySet<string> | readonly string[],
): Checklist {
  const confirmed = new Set(confirmations);
  const manual: ChecklistItem[] = applicableManualChecks(facts).map((id) => ({
    id,
    kind: 'manual',
    status: confirmed.has(id) ? 'pass' : 'manual',
    label: { key: key(id) },
    reason: { key: `${key(id)}_help` },
    source: MANUAL_SOURCES[id],
  }));
  const items = [...automaticItems(facts, findings), ...manual];
  const form = supportFormKind(facts);
  return {
    items,
    ...readiness(items, form !== null, facts.context.kind !== 'unknown'),
    followUp: {
      key:
        form === 'm365'
          ? 'rules_follow_up_m365'
          : form === 'azure'
            ? 'rules_follow_up_azure'
            : 'rules_follow_up_general',
    },
  };
}
