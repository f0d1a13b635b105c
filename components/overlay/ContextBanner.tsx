import { useId, useState } from 'react';
import type { TenantContext } from '../../lib/context/types';
import { tenantLabel } from '../../lib/tabs/display';
import type { MessageKey } from '../../lib/i18n/catalog';
import { t, tr } from '../platform/i18n';

export interface ContextBannerProps {
  readonly context: TenantContext;
  readonly setupNeeded: boolean;
  /** Inside the findings column: no floating chip, just the line. */
  readonly compact?: boolean;
  /** The band's colour, for the banner's edge and dot. */
  readonly color?: string;
  /** `display.banner: "top"`: at the top of the viewport, next to the band, instead of the corner. */
  readonly atTop?: boolean;
  /** A note about this portal that "Why?" shows first (a portal that names no tenant in its URL). */
  readonly note?: MessageKey;
}

/** Names the tenant in context and, on demand, the evidence behind that conclusion. */
export function ContextBanner({
  context,
  setupNeeded,
  compact = false,
  color,
  atTop = false,
  note,
}: ContextBannerProps) {
  const [open, setOpen] = useState(false);
  const evidenceId = useId();
  const name = tenantLabel(context);
  const kindText = setupNeeded ? t('overlay_setup_needed') : t(`popup_kind_${context.kind}`);
  return (
    <section
      className={`pcg-banner pcg-kind-${context.kind}${compact ? ' pcg-banner-compact' : ''}${atTop ? ' pcg-banner-top' : ''}`}
      data-pcg-context={context.kind}
      data-pcg-banner-position={compact ? undefined : atTop ? 'top' : 'corner'}
      style={color ? ({ '--pcg-kind-color': color } as React.CSSProperties) : undefined}
      aria-label={t('overlay_banner_label')}
    >
      <div className="pcg-banner-line">
        <span className="pcg-dot" aria-hidden="true" />
        <span className="pcg-kind">{kindText}</span>
        {name ? (
          <bdi className="pcg-tenant" title={name}>
            {name}
          </bdi>
        ) : null}
        {context.delegated ? <span className="pcg-tag">{t('overlay_delegated')}</span> : null}
        <button
          type="button"
          className="pcg-link"
          aria-expanded={open}
          aria-controls={evidenceId}
          onClick={() => setOpen((value) => !value)}
        >
          {open ? t('overlay_hide_why') : t('overlay_show_why')}
        </button>
      </div>
      {open ? (
        <ul id={evidenceId} className="pcg-evidence" aria-label={t('overlay_evidence_label')}>
          {note ? <li data-pcg-evidence="note">{t(note)}</li> : null}
          {context.evidence.length === 0 ? <li>{t('overlay_no_evidence')}</li> : null}
          {context.evidence.map((item, index) => (
            <li key={index} data-pcg-evidence={item.verdict}>
              <bdi>{tr(item.message)}</bdi>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
