import { useState } from 'react';
import {
  applyCustomerImport,
  previewCustomerImport,
  type CustomerImportPreview,
} from '../../lib/settings/customer-csv';
import { exportSettings, parseSettingsImport, type ImportResult } from '../../lib/settings/import-export';
import { importTooLarge } from '../../lib/settings/import-limits';
import { isLocked } from '../../lib/settings/resolve';
import { t, tr } from '../platform/i18n';
import { isDirty, useOptionsStore } from './store';
import { useShallow } from 'zustand/react/shallow';
import { displayText } from '../../lib/text/clean';

function readFile(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsText(file);
  });
}

/** Long lists show their first rows; the rest is one click away, never hidden for good. */
const FIRST_ROWS = 200;

function CsvPreview({
  preview,
  onConfirm,
  onCancel,
}: {
  preview: CustomerImportPreview;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const [showAll, setShowAll] = useState(false);
  const shown = <T,>(rows: readonly T[]) => (showAll ? rows : rows.slice(0, FIRST_ROWS));
  const longest = Math.max(preview.rejected.length, preview.toAdd.length, preview.toUpdate.length);
  return (
    <div className="preview" data-testid="csv-preview">
      {preview.errors.map((error, index) => (
        <p key={index} className="error" role="alert">
          {tr(error)}
        </p>
      ))}
      <p role="status">
        {t('options_import_summary', [
          String(preview.toAdd.length),
          String(preview.toUpdate.length),
          String(preview.rejected.length),
          String(preview.unchanged.length),
        ])}
      </p>
      {preview.rejected.length > 0 ? (
        <details open>
          <summary>{t('options_import_rejected', [String(preview.rejected.length)])}</summary>
          <ul className="rejected" data-testid="csv-rejected">
            {shown(preview.rejected).map((row) => (
              <li key={row.line}>
                {t('options_import_line', [String(row.line)])}: {row.reasons.map((reason) => tr(reason)).join('; ')}
              </li>
            ))}
          </ul>
          {!showAll && preview.rejected.length > FIRST_ROWS ? (
            <p>{t('options_import_more', [String(preview.rejected.length - FIRST_ROWS)])}</p>
          ) : null}
        </details>
      ) : null}
      {preview.toAdd.length > 0 ? (
        <details>
          <summary>{t('options_import_to_add', [String(preview.toAdd.length)])}</summary>
          <ul>
            {shown(preview.toAdd).map((customer) => (
              <li key={customer.tenantId}>
                <bdi>{displayText(customer.name)}</bdi> · {customer.tenantId}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {preview.toUpdate.length > 0 ? (
        <details>
          <summary>{t('options_import_to_update', [String(preview.toUpdate.length)])}</summary>
          <ul data-testid="csv-updates">
            {shown(preview.toUpdate).map((update) => (
              <li key={update.after.tenantId}>
                <bdi>{displayText(update.before.name)}</bdi> · {update.after.tenantId}
                {update.name ? (
                  <>
                    {' · '}
                    {t('options_import_name_changed', [update.name.before, update.name.after])}
                  </>
                ) : null}
                {update.domainsAdded.length > 0 ? (
                  <>
                    {' · '}
                    {t('options_import_domains_added', [update.domainsAdded.join(', ')])}
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {!showAll && longest > FIRST_ROWS ? (
        <button type="button" className="link" onClick={() => setShowAll(true)} data-testid="csv-show-all">
          {t('options_import_show_all')}
        </button>
      ) : null}
      <div className="actions">
        <button
          type="button"
          className="button"
          disabled={preview.toAdd.length + preview.toUpdate.length === 0}
          onClick={onConfirm}
          data-testid="csv-confirm"
        >
          {t('options_import_confirm')}
        </button>
        <button type="button" className="link" onClick={onCancel} data-testid="csv-cancel">
          {t('popup_cancel')}
        </button>
      </div>
    </div>
  );
}

function JsonPreview({
  result,
  unsavedEdits,
  onApply,
  onCancel,
}: {
  result: ImportResult;
  /** The form holds edits that are not saved yet: applying would replace them, so it waits. */
  unsavedEdits: boolean;
  onApply: () => void;
  onCancel: () => void;
}) {
  if (!result.ok) {
    return (
      <div className="preview" role="alert" data-testid="json-errors">
        {result.errors.map((error, index) => (
          <p key={index} className="error">
            {tr(error)}
          </p>
        ))}
        <button type="button" className="link" onClick={onCancel}>
          {t('options_close')}
        </button>
      </div>
    );
  }
  const { diff } = result;
  return (
    <div className="preview" data-testid="json-diff">
      <p>
        {t('options_json_changes', [
          String(diff.changed.length),
          String(diff.customersAdded.length),
          String(diff.customersChanged.length),
          String(diff.customersRemoved.length),
        ])}
      </p>
      {diff.changed.length > 0 ? (
        <ul>
          {diff.changed.map((path) => (
            <li key={path} className="mono">
              {path}
            </li>
          ))}
        </ul>
      ) : null}
      {unsavedEdits ? (
        <p className="error" role="alert" data-testid="json-unsaved">
          {t('options_json_unsaved')}
        </p>
      ) : null}
      <div className="actions">
        <button type="button" className="button" onClick={onApply} disabled={unsavedEdits} data-testid="json-apply">
          {t('options_json_apply')}
        </button>
        <button type="button" className="link" onClick={onCancel}>
          {t('popup_cancel')}
        </button>
      </div>
    </div>
  );
}

export function ImportSection() {
  const { saved, customers, locks, edit, importSettings, restore, forget, backupSavedAt, unsavedEdits } =
    useOptionsStore(
      useShallow((state) => ({
        saved: state.saved,
        customers: state.draft.customers,
        locks: state.locks,
        edit: state.edit,
        importSettings: state.importSettings,
        restore: state.restore,
        forget: state.forget,
        backupSavedAt: state.backupSavedAt,
        unsavedEdits: isDirty(state),
      })),
    );
  const [csv, setCsv] = useState<CustomerImportPreview | null>(null);
  const [json, setJson] = useState<ImportResult | null>(null);
  const customersLocked = isLocked({ locks }, 'customers');

  const download = () => {
    const blob = new Blob([exportSettings(saved)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = 'partner-context-guard-settings.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <section aria-labelledby="import-heading" className="section">
      <h2 id="import-heading">{t('options_import')}</h2>
      <h3>{t('options_import_csv')}</h3>
      <p className="hint">{t('options_import_csv_hint')}</p>
      <input
        type="file"
        accept=".csv,text/csv"
        aria-label={t('options_import_csv')}
        disabled={customersLocked}
        data-testid="csv-file"
        onChange={async (event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (!file) return;
          // A file over the limit is not even read: the message says so, and nothing changes.
          const tooLarge = importTooLarge(file.size);
          if (tooLarge) setCsv({ toAdd: [], toUpdate: [], unchanged: [], rejected: [], errors: [tooLarge] });
          else setCsv(previewCustomerImport(await readFile(file), customers));
        }}
      />
      {csv ? (
        <CsvPreview
          preview={csv}
          onCancel={() => setCsv(null)}
          onConfirm={() => {
            const preview = csv;
            edit((settings) => ({ ...settings, customers: applyCustomerImport(settings.customers, preview) }));
            setCsv(null);
          }}
        />
      ) : null}
      <h3>{t('options_json')}</h3>
      <p className="hint">{t('options_json_hint')}</p>
      <div className="actions">
        <button type="button" className="button" onClick={download} data-testid="json-export">
          {t('options_json_export')}
        </button>
        <input
          type="file"
          accept=".json,application/json"
          aria-label={t('options_json_import')}
          data-testid="json-file"
          onChange={async (event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (!file) return;
            const tooLarge = importTooLarge(file.size);
            setJson(tooLarge ? { ok: false, errors: [tooLarge] } : parseSettingsImport(await readFile(file), saved));
          }}
        />
      </div>
      {json ? (
        <JsonPreview
          result={json}
          unsavedEdits={unsavedEdits}
          onCancel={() => setJson(null)}
          onApply={() => {
            if (json.ok) void importSettings(json.settings);
            setJson(null);
          }}
        />
      ) : null}
      {backupSavedAt ? (
        <p>
          {t('options_backup_from', [new Date(backupSavedAt).toLocaleString()])}{' '}
          <button type="button" className="link" onClick={() => void restore()} data-testid="restore-backup">
            {t('options_restore_backup')}
          </button>{' '}
          <button type="button" className="link" onClick={() => void forget('backup')} data-testid="forget-backup">
            {t('options_forget_copy')}
          </button>
        </p>
      ) : null}
    </section>
  );
}
