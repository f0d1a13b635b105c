import { browser } from 'wxt/browser';
import { underscored } from '../../lib/i18n/keys';
import type { MessageRef } from '../../lib/i18n/types';
import { optionsPagePath, resolveFixLink } from '../../lib/overlay/fix-links';
import type { Checklist, ChecklistItem } from '../../lib/rules/checklist';
import type { FixAction } from '../../lib/rules/types';
import type { PrefillMode } from '../../lib/settings/schema';
import { t, tr } from '../platform/i18n';
import type { FixRequest } from '../platform/messaging';

export interface ChecklistViewProps {
  readonly checklist: Checklist;
  /** With prefill off the page refuses fills, so none are offered; links still are. */
  readonly prefillMode: PrefillMode;
  /** The tab's tenant, when the context names it: links lead to that customer's pages. */
  readonly customerTenantId?: string | undefined;
  /** The customer's name in the directory: the GDAP list link scrolls to it. */
  readonly customerName?: string | undefined;
  readonly onConfirm: (checkId: string, confirmed: boolean) => void;
  readonly onFix: (fix: FixRequest) => void;
  readonly onOpen: (url: string) => void;
}

function FixButton({
  fix,
  reason,
  prefillMode,
  customerTenantId,
  customerName,
  onFix,
  onOpen,
}: {
  fix: FixAction;
  reason: MessageRef;
  prefillMode: PrefillMode;
  customerTenantId: string | undefined;
  customerName: string | undefined;
  onFix: (fix: FixRequest) => void;
  onOpen: (url: string) => void;
}) {
  if (fix.kind === 'fill') {
    if (prefillMode === 'off') {
      return (
        <span className="muted" data-pcg-prefill-off="">
          {t('popup_prefill_off')}
        </span>
      );
    }
    return (
      <button type="button" className="button small" data-pcg-action={fix.action} onClick={() => onFix(fix.action)}>
        {t(`overlay_action_${underscored(fix.action)}`)}
      </button>
    );
  }
  const link = resolveFixLink({ target: fix.target, message: reason, customerTenantId, customerName });
  if (!link) return null;
  const open = () =>
    onOpen(link.kind === 'url' ? link.href : browser.runtime.getURL(optionsPagePath(link.section) as '/options.html'));
  return (
    <button type="button" className="button small" onClick={open}>
      {t(link.labelKey)}
    </button>
  );
}

function Item({
  item,
  prefillMode,
  customerTenantId,
  customerName,
  onConfirm,
  onFix,
  onOpen,
}: { item: ChecklistItem } & Omit<ChecklistViewProps, 'checklist'>) {
  const label = tr(item.label);
  if (item.kind === 'manual') {
    const id = `check-${item.id}`;
    return (
      <li className={`check check-${item.status}`} data-pcg-check={item.id} data-pcg-status={item.status}>
        <input
          id={id}
          type="checkbox"
          checked={item.status === 'pass'}
          onChange={(event) => onConfirm(item.id, event.target.checked)}
        />
        <label htmlFor={id}>
          <strong>{label}</strong>
          <span className="reason">{tr(item.reason)}</span>
        </label>
      </li>
    );
  }
  return (
    <li className={`check check-${item.status}`} data-pcg-check={item.id} data-pcg-status={item.status}>
      <span className="status-icon" aria-hidden="true">
        {item.status === 'pass' ? '✓' : item.status === 'fail' ? '✕' : '?'}
      </span>
      <div>
        <strong>{label}</strong>
        <span className="visually-hidden">{t(`popup_status_${item.status}`)}</span>
        <span className="reason">{tr(item.reason)}</span>
        {item.status === 'fail' && item.fix ? (
          <FixButton
            fix={item.fix}
            reason={item.reason}
            prefillMode={prefillMode}
            customerTenantId={customerTenantId}
            customerName={customerName}
            onFix={onFix}
            onOpen={onOpen}
          />
        ) : null}
      </div>
    </li>
  );
}

/** Where the partner follows up on requests filed for customers: Partner Center's service requests (A). */
function FollowUp({ checklist, onOpen }: { checklist: Checklist; onOpen: (url: string) => void }) {
  const link = resolveFixLink({ target: 'partner-center-service-requests' });
  return (
    <p className="muted" data-pcg-follow-up="">
      {tr(checklist.followUp)}{' '}
      {link?.kind === 'url' ? (
        <a
          href={link.href}
          data-pcg-follow-up-link=""
          onClick={(event) => {
            event.preventDefault();
            onOpen(link.href);
          }}
        >
          {t(link.labelKey)}
        </a>
      ) : null}
    </p>
  );
}

/** What is left before submitting; "ready" only when nothing fails and every confirmation is given. */
export function ChecklistView({ checklist, ...handlers }: ChecklistViewProps) {
  const left = checklist.failing + checklist.unconfirmed;
  return (
    <section className="card" aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">{t('popup_checklist')}</h2>
      <p className={checklist.ready ? 'ready' : 'not-ready'} role="status" data-pcg-ready={checklist.ready}>
        {checklist.ready ? t('popup_ready') : t('popup_left', [String(left)])}
      </p>
      <ul className="checklist">
        {checklist.items.map((item) => (
          <Item key={item.id} item={item} {...handlers} />
        ))}
      </ul>
      <FollowUp checklist={checklist} onOpen={handlers.onOpen} />
    </section>
  );
}
