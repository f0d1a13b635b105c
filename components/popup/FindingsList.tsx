import type { Finding } from '../../lib/rules/types';
import { t, tr } from '../platform/i18n';

function titleOf(finding: Finding): string {
  return t(`${finding.message.key}_title`, finding.message.args ?? []);
}

/**
 * Every finding for the tab, as the in-page overlay would show them (the page may have hidden it):
 * blockers open, warnings and notes folded to their title.
 */
export function FindingsList({ findings }: { findings: readonly Finding[] }) {
  if (findings.length === 0) return null;
  return (
    <section className="findings" aria-label={t('popup_findings')}>
      {findings.map((finding) =>
        finding.severity === 'blocker' ? (
          <p
            key={finding.id}
            className="blocker"
            role="alert"
            data-pcg-finding={finding.id}
            data-pcg-severity="blocker"
          >
            {titleOf(finding)}: {tr(finding.message)}
          </p>
        ) : (
          <details
            key={finding.id}
            className={`finding finding-${finding.severity}`}
            data-pcg-finding={finding.id}
            data-pcg-severity={finding.severity}
          >
            <summary>{titleOf(finding)}</summary>
            <p>{tr(finding.message)}</p>
          </details>
        ),
      )}
    </section>
  );
}
