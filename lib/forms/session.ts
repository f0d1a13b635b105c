import type { SupportFormKind } from '../model/form';
import type { FillAction } from '../model/form';
import type { ContactDetails } from '../settings/schema';
import { buildContactPlan, buildPlanSelection, type FillPlan } from './plans';
import { FIELD_IDS, type FieldId } from '../model/form';
import type { FieldFillResult } from './types';

/** What a fill needs from the settings; only the fields the fixes use. */
export interface FillValues {
  readonly contact: ContactDetails;
  readonly cspPlanLabel: string;
  readonly ownSupportPlan: string;
}

/** The plan one fix fills. */
export function planFor(fix: FillAction, values: FillValues, kind: SupportFormKind): FillPlan {
  if (fix === 'fill-contact') return buildContactPlan(values.contact, kind);
  if (fix === 'select-csp-plan') return buildPlanSelection(values.cspPlanLabel, { csp: true });
  return buildPlanSelection(values.ownSupportPlan);
}

/** The plan restricted to some fields. */
export function onlyFields(plan: FillPlan, fields: ReadonlySet<FieldId>): FillPlan {
  return {
    ...plan,
    values: Object.fromEntries(Object.entries(plan.values).filter(([id]) => fields.has(id as FieldId))),
  };
}

/** One result per field: a later pass replaces an earlier one, but never a fill with a non-fill. */
export function mergeFillResults(
  earlier: readonly FieldFillResult[],
  later: readonly FieldFillResult[],
): FieldFillResult[] {
  const byField = new Map(earlier.map((result) => [result.field, result]));
  for (const result of later) {
    if (byField.get(result.field)?.outcome === 'filled' && result.outcome !== 'filled') continue;
    byField.set(result.field, result);
  }
  return [...byField.values()];
}

/** What the user chooses about the request itself; edits there don't end `auto` mode. */
const REQUEST_FIELDS: ReadonlySet<FieldId> = new Set<FieldId>(['severity', 'description', 'product']);
/** The fields the fixes fill; a user's edit in one of them ends `auto` mode for the request. */
export const FILLABLE_FIELDS: ReadonlySet<FieldId> = new Set(FIELD_IDS.filter((id) => !REQUEST_FIELDS.has(id)));

/** The fields whose value differs between two readings (a field that appears or goes is no change). */
export function changedFields(before: ReadonlyMap<FieldId, string>, after: ReadonlyMap<FieldId, string>): FieldId[] {
  return [...after].flatMap(([id, value]) => (before.has(id) && before.get(id) !== value ? [id] : []));
}

/**
 * Identifies the request a form belongs to within one frame, for `auto` bookkeeping: the
 * frame's host, path and hash route without its query.
 */
export function frameRequestKey(location: Pick<Location, 'host' | 'pathname' | 'hash'>): string {
  return `${location.host}${location.pathname}${location.hash.split('?')[0]}`;
}
