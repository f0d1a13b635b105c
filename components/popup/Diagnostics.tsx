import { useState } from 'react';
import { browser } from 'wxt/browser';
import { buildDiagnostics } from '../../lib/popup/diagnostics';
import { installSalt } from '../platform/diagnostics-salt';
import { t } from '../platform/i18n';
import type { TabView } from '../platform/messaging';

async function sha256Short(value: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(value));
  return [...new Uint8Array(digest)]
    .slice(0, 4)
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('');
}

/** What was recognised on the page, and a report without personal data to send us when a page changed. */
export function Diagnostics({ view, customers }: { view: TabView; customers: number }) {
  const [copied, setCopied] = useState<'idle' | 'done' | 'failed'>('idle');
  const frames = Object.values(view.state?.frames ?? {});
  const copy = async () => {
    const report = await buildDiagnostics(
      {
        extensionVersion: browser.runtime.getManifest().version,
        browser: navigator.userAgent.replace(/\s*\([^)]*\)/g, ''),
        state: view.state,
        verdict: view.verdict,
        fieldsFound: view.fieldsFound,
        settingsProblems: view.settingsProblems,
        customers,
        installSalt: await installSalt(),
      },
      sha256Short,
    );
    try {
      await navigator.clipboard.writeText(report);
      setCopied('done');
    } catch {
      setCopied('failed');
    }
  };
  return (
    <details className="card diagnostics">
      <summary>{t('popup_diagnostics')}</summary>
      <dl>
        <dt>{t('popup_diag_page')}</dt>
        <dd>{view.verdict?.page ? `${view.verdict.page.portal} · ${view.verdict.page.page}` : '—'}</dd>
        <dt>{t('popup_diag_fields')}</dt>
        <dd>{view.fieldsFound.length > 0 ? view.fieldsFound.join(', ') : '—'}</dd>
        <dt>{t('popup_diag_signals')}</dt>
        <dd>
          {[...new Set(frames.flatMap((frame) => frame.signals.map((signal) => signal.source)))].join(', ') || '—'}
        </dd>
        <dt>{t('popup_diag_settings')}</dt>
        <dd>{String(view.settingsProblems)}</dd>
      </dl>
      <button type="button" className="button small" onClick={() => void copy()} data-testid="copy-diagnostics">
        {t('popup_copy_diagnostics')}
      </button>
      {copied !== 'idle' ? <p role="status">{copied === 'done' ? t('popup_copied') : t('popup_copy_failed')}</p> : null}
    </details>
  );
}
