import type { FieldFillResult } from '../../lib/forms/types';
import { t } from '../platform/i18n';
import { fixLabel } from './finding-texts';

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
            <li key={result.field} data-pcg-fill-outcome={result.outcome}>
              {t('overlay_fill_problem', [
                t(`forms_field_${result.field}`),
                t(`overlay_outcome_${result.outcome.replace(/-/g, '_')}`),
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
          onClick={onUndo}
        >
          {fixLabel('undo')}
        </button>
      ) : null}
    </div>
  );
}
