import type { CSSProperties } from 'react';
import { resolveFixLink, type FixLink } from '../../lib/overlay/fix-links';
import type { Finding } from '../../lib/rules/types';
import { t } from '../platform/i18n';
import { sendMessage, type FixRequest } from '../platform/messaging';
import { findingTexts, fixLabel } from './finding-texts';
import { onUserAction } from './trusted';

export interface FindingCardProps {
  readonly finding: Finding;
  readonly busy: boolean;
  /** False in the `off` prefill mode: the finding shows, its fill button does not. */
  readonly fillsAllowed: boolean;
  /** The customer's tenant ID, for links into Partner Center. */
  readonly customerTenantId?: string;
  /** The customer's name in the directory: the GDAP list link scrolls to it. */
  readonly customerName?: string | undefined;
  readonly style?: CSSProperties;
  readonly onFix: (fix: FixRequest) => void;
  readonly onDismiss: () => void;
}

/** One finding, with its one-click fix where one exists. Blockers can't be dismissed. */
export function FindingCard({
  finding,
  busy,
  fillsAllowed,
  customerTenantId,
  customerName,
  style,
  onFix,
  onDismiss,
}: FindingCardProps) {
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
        {fix?.kind === 'fill' && fillsAllowed ? (
          <button
            type="button"
            className="pcg-button"
            data-pcg-action={fix.action}
            disabled={busy}
            onClick={onUserAction(() => onFix(fix.action))}
          >
            {fixLabel(fix.action)}
          </button>
        ) : null}
        {fix?.kind === 'link' ? (
          <LinkFix
            link={resolveFixLink({ target: fix.target, message: finding.message, customerTenantId, customerName })}
          />
        ) : null}
        {finding.severity !== 'blocker' ? (
          <button
            type="button"
            className="pcg-link"
            onClick={onUserAction(onDismiss)}
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

function LinkFix({ link }: { link: FixLink | null }) {
  if (!link) return null;
  if (link.kind === 'options') {
    return (
      <button
        type="button"
        className="pcg-button"
        onClick={onUserAction(() => void sendMessage('openOptionsSection', link.section).catch(() => undefined))}
      >
        {t(link.labelKey)}
      </button>
    );
  }
  return (
    <a className="pcg-button pcg-button-link" href={link.href} target="_blank" rel="noreferrer noopener">
      {t(link.labelKey)}
    </a>
  );
}
