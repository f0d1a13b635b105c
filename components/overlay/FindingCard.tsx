import type { CSSProperties } from 'react';
import type { Finding } from '../../lib/rules/types';
import { t } from '../platform/i18n';
import type { FixRequest } from '../platform/messaging';
import { findingTexts, fixLabel } from './finding-texts';

export interface FindingCardProps {
  readonly finding: Finding;
  readonly busy: boolean;
  readonly style?: CSSProperties;
  readonly onFix: (fix: FixRequest) => void;
  readonly onDismiss: () => void;
}

/** One finding, with its one-click fix where one exists. Blockers can't be dismissed. */
export function FindingCard({ finding, busy, style, onFix, onDismiss }: FindingCardProps) {
  const { title, body } = findingTexts(finding);
  const fix = finding.fix;
  return (
    <div
      id={`pcg-card-${finding.id}`}
      className={`pcg-card pcg-severity-${finding.severity}`}
      data-pcg-finding={finding.id}
      data-pcg-severity={finding.severity}
      role={finding.severity === 'info' ? 'status' : 'alert'}
      style={style}
    >
      <p className="pcg-card-title">{title}</p>
      <p className="pcg-card-body">
        <bdi>{body}</bdi>
      </p>
      <div className="pcg-card-actions">
        {fix?.kind === 'fill' ? (
          <button
            type="button"
            className="pcg-button"
            data-pcg-action={fix.action}
            disabled={busy}
            onClick={() => onFix(fix.action)}
          >
            {fixLabel(fix.action)}
          </button>
        ) : null}
        {fix?.kind === 'link' ? <LinkFix target={fix.target} /> : null}
        {finding.severity !== 'blocker' ? (
          <button
            type="button"
            className="pcg-link"
            onClick={onDismiss}
            aria-label={t('overlay_dismiss_label', [title])}
          >
            {t('overlay_dismiss')}
          </button>
        ) : null}
      </div>
      <p className="pcg-card-source">{t('overlay_source', [finding.source])}</p>
    </div>
  );
}

const LINKS: Record<string, string> = {
  'partner-center-customers': 'https://partner.microsoft.com/dashboard/v2/customers/list',
  'partner-center-admin-relationships': 'https://partner.microsoft.com/dashboard/v2/customers/list',
};

function LinkFix({ target }: { target: string }) {
  const href = LINKS[target];
  if (!href) return null;
  return (
    <a className="pcg-button pcg-button-link" href={href} target="_blank" rel="noreferrer noopener">
      {t(`overlay_link_${target.replace(/-/g, '_')}`)}
    </a>
  );
}
