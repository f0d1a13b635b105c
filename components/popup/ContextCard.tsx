import { useId, useState } from 'react';
import { browser } from 'wxt/browser';
import type { TenantContext } from '../../lib/context/types';
import type { PageInfo } from '../../lib/portals/types';
import { BADGE_COLORS, tenantLabel } from '../../lib/tabs/display';
import { displayText } from '../../lib/text/clean';
import { underscored } from '../../lib/i18n/keys';
import { t, tr } from '../platform/i18n';
import { AddCustomerForm } from './AddCustomerForm';

export interface ContextCardProps {
  readonly context: TenantContext;
  readonly page: PageInfo | null;
  readonly setupNeeded: boolean;
  /** The band's and the toolbar badge's colour for this context (a customer's own, say). */
  readonly color: string | null;
  readonly onCustomerAdded: () => void;
}

/**
 * Where am I: the portal, the tenant, its kind, the directory record. The card's border takes the
 * colour of the band and the badge; the kind's label keeps its darker kind colour, which white
 * text reads on (the band colours are chosen for 3:1 against the portal, not for text).
 */
export function ContextCard({ context, page, setupNeeded, color, onCustomerAdded }: ContextCardProps) {
  const [showEvidence, setShowEvidence] = useState(false);
  const [adding, setAdding] = useState(false);
  const evidenceId = useId();
  const customer = context.customer;
  return (
    <section
      className="card context-card"
      data-pcg-context={context.kind}
      style={{ borderColor: color ?? BADGE_COLORS[context.kind] }}
    >
      <p className="portal">{page ? t(`portal_${underscored(page.portal)}`) : t('popup_not_a_portal')}</p>
      <h2>
        <span className="kind" style={{ background: BADGE_COLORS[context.kind] }}>
          {t(`popup_kind_${context.kind}`)}
        </span>{' '}
        <bdi>{tenantLabel(context) || t('popup_no_tenant')}</bdi>
      </h2>
      {context.tenant?.id ? <p className="mono">{context.tenant.id}</p> : null}
      {context.tenant?.domain ? <p className="mono">{context.tenant.domain}</p> : null}
      {setupNeeded ? (
        <p className="notice">
          {t('popup_setup_needed')}{' '}
          <button type="button" className="link" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('popup_open_options')}
          </button>
        </p>
      ) : null}
      {customer ? (
        <dl className="record">
          <dt>{t('popup_customer_record')}</dt>
          <dd>
            <bdi>{displayText(customer.name)}</bdi>
          </dd>
          <dt>{t('popup_gdap')}</dt>
          <dd data-gdap={customer.gdap.status}>
            {t(`popup_gdap_${customer.gdap.status}`)}
            {customer.gdap.expiresOn ? ` · ${t('popup_expires', [customer.gdap.expiresOn])}` : ''}
          </dd>
          <dt>{t('popup_direct_subscriptions')}</dt>
          <dd>{t(`popup_direct_${customer.directSubscriptions}`)}</dd>
        </dl>
      ) : null}
      {context.delegated ? <p className="muted">{t('popup_delegated')}</p> : null}
      <button
        type="button"
        className="link"
        aria-expanded={showEvidence}
        aria-controls={evidenceId}
        onClick={() => setShowEvidence(!showEvidence)}
      >
        {showEvidence ? t('popup_hide_evidence') : t('popup_show_evidence')}
      </button>
      {showEvidence ? (
        <ul id={evidenceId} className="evidence">
          {page?.contextNote ? <li data-evidence="note">{t(page.contextNote)}</li> : null}
          {context.evidence.map((item, index) => (
            <li key={index} data-evidence={item.verdict}>
              <bdi>{tr(item.message)}</bdi>
            </li>
          ))}
        </ul>
      ) : null}
      {context.kind === 'unlisted' && !adding ? (
        <button type="button" className="button" onClick={() => setAdding(true)} data-testid="add-customer">
          {t('popup_add_customer')}
        </button>
      ) : null}
      {context.kind === 'unlisted' && adding ? (
        <AddCustomerForm
          tenant={context.tenant ?? {}}
          onCancel={() => setAdding(false)}
          onAdded={() => {
            setAdding(false);
            onCustomerAdded();
          }}
        />
      ) : null}
    </section>
  );
}
