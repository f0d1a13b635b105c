import type { Checklist, ChecklistItem } from '../../lib/rules/checklist';
import type { FixAction, LinkTarget } from '../../lib/rules/types';
import { t, tr } from '../platform/i18n';
import type { FixRequest } from '../platform/messaging';

export const LINK_URLS: Partial<Record<LinkTarget, string>> = {
  'partner-center-customers': 'https://partner.microsoft.com/dashboard/v2/customers/list',
  'partner-center-admin-relationships': 'https://partner.microsoft.com/dashboard/v2/customers/list',
};

export interface ChecklistViewProps {
  readonly checklist: Checklist;
  readonly onConfirm: (checkId: string, confirmed: boolean) => void;
  readonly onFix: (fix: FixRequest) => void;
  readonly onOpen: (url: string) => void;
}

function FixButton({
  fix,
  onFix,
  onOpen,
}: {
  fix: FixAction;
  onFix: (fix: FixRequest) => void;
  onOpen: (url: string) => void;
}) {
  if (fix.kind === 'fill') {
    return (
      <button type="button" className="button small" data-pcg-action={fix.action} onClick={() => onFix(fix.action)}>
        {t(`overlay_action_${fix.action.replace(/-/g, '_')}`)}
      </button>
    );
  }
  const url = LINK_URLS[fix.target];
  if (fix.target === 'options-customers') {
    return null;
  }
  return url ? (
    <button type="button" className="button small" onClick={() => onOpen(url)}>
      {t(`overlay_link_${fix.target.replace(/-/g, '_')}`)}
    </button>
  ) : null;
}

function Item({ item, onConfirm, onFix, onOpen }: { item: ChecklistItem } & Omit<ChecklistViewProps, 'checklist'>) {
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
        {item.status === 'fail' && item.fix ? <FixButton fix={item.fix} onFix={onFix} onOpen={onOpen} /> : null}
      </div>
    </li>
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
      <p className="muted">{tr(checklist.followUp)}</p>
    </section>
  );
}
