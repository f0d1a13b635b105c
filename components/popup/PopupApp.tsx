import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import { t } from '../platform/i18n';
import { ChecklistView } from './ChecklistView';
import { ContextCard } from './ContextCard';
import { Diagnostics } from './Diagnostics';
import { FindingsList } from './FindingsList';
import { Guidance } from './Guidance';
import { usePopupStore } from './store';

export function PopupApp() {
  const { view, error, lastFix, load, refresh, confirm, setCustomerRequest, fix } = usePopupStore();

  useEffect(() => {
    void load();
    // The background mirrors tab state to session storage: refresh when it changes.
    const onChanged = (_changes: unknown, area: string) => {
      if (area === 'session' || area === 'local' || area === 'managed') void usePopupStore.getState().refresh();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [load]);

  if (error)
    return (
      <main className="popup">
        <p className="error">{t(error)}</p>
      </main>
    );
  if (!view) return <main className="popup" aria-busy="true" />;
  const verdict = view.verdict;
  const hiddenOverlay = Object.values(view.state?.frames ?? {}).some((frame) => !frame.overlayVisible);
  // The background's checklist says whether the tab is on a support form; the popup does not re-decide it.
  const onForm = verdict?.checklist.onSupportForm ?? false;

  return (
    <main className="popup">
      <header>
        <h1>{t('extName')}</h1>
      </header>
      {verdict ? (
        <ContextCard
          context={verdict.context}
          page={verdict.page}
          setupNeeded={view.setupNeeded}
          color={view.color}
          onCustomerAdded={() => void refresh()}
        />
      ) : (
        <section className="card" data-pcg-context="unknown">
          <p>{t('popup_not_a_portal')}</p>
        </section>
      )}
      {hiddenOverlay ? (
        <p className="notice" role="alert" data-testid="overlay-hidden">
          {t('popup_overlay_hidden')}
        </p>
      ) : null}
      <FindingsList findings={verdict?.findings ?? []} />
      {verdict?.context.kind === 'own' && onForm ? (
        <label className="toggle">
          <input
            type="checkbox"
            checked={Boolean(view.state?.userSaysCustomerRequest)}
            onChange={(event) => void setCustomerRequest(event.target.checked)}
          />
          {t('popup_for_customer')}
        </label>
      ) : null}
      {verdict && onForm ? (
        <ChecklistView
          checklist={verdict.checklist}
          prefillMode={view.prefillMode}
          customerTenantId={verdict.context.customer?.tenantId ?? verdict.context.tenant?.id}
          customerName={verdict.context.customer?.name}
          onConfirm={(checkId, confirmed) => void confirm(checkId, confirmed)}
          onFix={(request) => void fix(request)}
          onOpen={(url) => void browser.tabs.create({ url })}
        />
      ) : (
        <Guidance />
      )}
      {lastFix ? (
        <p role="status" className={lastFix.ok ? 'muted' : 'error'} data-testid="fix-outcome">
          {lastFix.ok
            ? t('popup_fix_done', [String(lastFix.results.filter((result) => result.outcome === 'filled').length)])
            : t(lastFix.reason ?? 'overlay_fix_failed')}
        </p>
      ) : null}
      <Diagnostics view={view} customers={view.customers} />
    </main>
  );
}
