import type { FieldFillResult } from '../../lib/forms/types';
import { underscored } from '../../lib/i18n/keys';
import { t } from '../platform/i18n';
import { fixLabel } from './finding-texts';
import { onUserAction } from './trusted';

/** How one field came out of an Undo, as `data-pcg-undo-outcome` names it. */
export type UndoOutcome = 'restored' | 'cannot-clear' | 'changed-since-fill' | 'not-found' | 'failed' | 'not-filled';

/** Reasons a fill report explains; others show the outcome only. */
const REASON_TEXTS = {
  'not-committed': 'overlay_reason_not_committed',
  'no-option': 'overlay_reason_no_option',
} as const;
const reasonText = (reason: string | undefined) =>
  reason && Object.hasOwn(REASON_TEXTS, reason) ? REASON_TEXTS[reason as keyof typeof REASON_TEXTS] : null;

function undoOutcomeOf(result: FieldFillResult): UndoOutcome {
  if (result.outcome === 'filled') return 'restored';
  if (result.reason === 'not-committed') return 'not-filled';
  if (result.outcome === 'not-found') return 'not-found';
  if (result.reason === 'cannot-clear' || result.reason === 'changed-since-fill') return result.reason;
  return 'failed';
}

/** What the last fill did, field by field, with Undo. */
export function FillReport({
  results,
  busy,
  onUndo,
}: {
  results: readonly FieldFillResult[];
  busy: boolean;
  onUndo: () => void;
}) {
  const filled = results.filter((result) => result.outcome === 'filled');
  const problems = results.filter((result) => result.outcome !== 'filled' && result.outcome !== 'unchanged');
  return (
    <div className="pcg-fill-report" role="status">
      <p>{t('overlay_fill_summary', [String(filled.length)])}</p>
      {problems.length > 0 ? (
        <ul>
          {problems.map((result) => (
            <li
              key={result.field}
              data-pcg-fill-field={result.field}
              data-pcg-fill-outcome={result.outcome}
              data-pcg-fill-reason={result.reason}
            >
              {t('overlay_fill_problem', [
                t(`forms_field_${result.field}`),
                t(reasonText(result.reason) ?? `overlay_outcome_${underscored(result.outcome)}`),
              ])}
            </li>
          ))}
        </ul>
      ) : null}
      {filled.length > 0 ? (
        <button
          type="button"
          className="pcg-button pcg-button-secondary"
          data-pcg-action="undo"
          disabled={busy}
          onClick={onUserAction(onUndo)}
        >
          {fixLabel('undo')}
        </button>
      ) : null}
    </div>
  );
}

/** What the last Undo did, field by field: what was restored and, honestly, what was not. */
export function UndoReport({ results }: { results: readonly FieldFillResult[] }) {
  const restored = results.filter((result) => result.outcome === 'filled');
  return (
    <div className="pcg-fill-report" role="status" data-pcg-undo-report="">
      <p>{t('overlay_undo_summary', [String(restored.length)])}</p>
      <ul>
        {results.map((result) => {
          const outcome = undoOutcomeOf(result);
          return (
            <li key={result.field} data-pcg-undo-field={result.field} data-pcg-undo-outcome={outcome}>
              {t('overlay_fill_problem', [
                t(`forms_field_${result.field}`),
                t(`overlay_undo_${underscored(outcome)}`, [result.value ?? result.previousValue ?? '']),
              ])}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
