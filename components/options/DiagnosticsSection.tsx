import { underscored } from '../../lib/i18n/keys';
import { t, tr } from '../platform/i18n';
import { useOptionsStore } from './store';

/** Problems with stored or managed settings, and the raw data kept for recovery. */
export function DiagnosticsSection() {
  const problems = useOptionsStore((state) => state.problems);
  const recovery = useOptionsStore((state) => state.recovery);
  const forget = useOptionsStore((state) => state.forget);
  return (
    <section aria-labelledby="diagnostics-heading" className="section" data-testid="settings-diagnostics">
      <h2 id="diagnostics-heading">{t('options_diagnostics')}</h2>
      {problems.length === 0 ? <p>{t('options_no_problems')}</p> : null}
      <ul className="problems">
        {problems.map((problem, index) => (
          <li key={index} data-origin={problem.origin} data-path={problem.path}>
            <strong>{t(`options_origin_${underscored(problem.origin)}`)}</strong>
            {problem.path ? <code> {problem.path}</code> : null}: {tr(problem.message)}
            {problem.raw ? <pre className="raw">{problem.raw}</pre> : null}
          </li>
        ))}
      </ul>
      {recovery ? (
        <details>
          <summary>{t('options_recovery', [new Date(recovery.savedAt).toLocaleString()])}</summary>
          <pre className="raw">{JSON.stringify(recovery.raw, null, 2)}</pre>
          <button
            type="button"
            className="link"
            onClick={() => void navigator.clipboard.writeText(JSON.stringify(recovery.raw, null, 2))}
          >
            {t('options_copy_raw')}
          </button>{' '}
          <button type="button" className="link" onClick={() => void forget('recovery')} data-testid="forget-recovery">
            {t('options_forget_copy')}
          </button>
        </details>
      ) : null}
    </section>
  );
}
