import { useEffect, useState } from 'react';
import { partnerIsKnown } from '../../lib/settings/partner';
import { policyProvidesPartner } from '../../lib/settings/resolve';
import { t } from '../platform/i18n';
import { watchEffectiveSettings } from '../platform/settings-storage';
import { CustomersSection } from './CustomersSection';
import { DetectionSection } from './DetectionSection';
import { DiagnosticsSection } from './DiagnosticsSection';
import { ImportSection } from './ImportSection';
import { ContactSection, PrefillSection, ProfileSection } from './sections';
import { loadSetupProgress, saveSetupProgress, type SetupProgress } from './setup-progress';
import { SetupWizard } from './SetupWizard';
import { isDirty, useOptionsStore } from './store';

/** During the setup its steps save (Next, Done), so the step the user is on is never skipped. */
function SaveBar({ onSaved, canSave }: { onSaved: () => void; canSave: boolean }) {
  const status = useOptionsStore((state) => state.status);
  const invalid = useOptionsStore((state) => Object.keys(state.errors).length > 0);
  const dirty = useOptionsStore(isDirty);
  const save = useOptionsStore((state) => state.save);
  return (
    <div className="save" role="status" aria-live="polite">
      <span data-testid="save-status">
        {status === 'saved' && !dirty ? t('options_saved') : dirty ? t('options_unsaved') : ''}
        {status === 'invalid' || invalid ? ` ${t('options_fix_errors')}` : ''}
        {status === 'failed' ? ` ${t('options_save_failed')}` : ''}
      </span>
      {canSave ? (
        <button
          type="button"
          className="button"
          onClick={() => void save().then(onSaved)}
          disabled={invalid || !dirty}
          data-testid="save"
        >
          {t('options_save')}
        </button>
      ) : null}
    </div>
  );
}

export function OptionsApp() {
  const loaded = useOptionsStore((state) => state.loaded);
  const load = useOptionsStore((state) => state.load);
  const partnerKnown = useOptionsStore((state) => partnerIsKnown(state.effective));
  // Chromium may deliver the policy only after the page has started the setup; once it names the
  // partner tenant, this browser needs no setup from its user.
  const policySetsPartner = useOptionsStore((state) =>
    policyProvidesPartner({ settings: state.effective, locks: state.locks }),
  );
  const hasProblems = useOptionsStore((state) => state.problems.length > 0);
  const [generation, setGeneration] = useState(0);
  /** undefined until read from storage; null when the setup never started. */
  const [progress, setProgress] = useState<SetupProgress | null | undefined>(undefined);
  const [showAll, setShowAll] = useState(false);
  const reloaded = () => setGeneration((value) => value + 1);

  useEffect(() => {
    void Promise.all([load(), loadSetupProgress()]).then(([, stored]) => {
      setProgress(stored);
      reloaded();
    });
    return watchEffectiveSettings(() => {
      if (!isDirty(useOptionsStore.getState())) void useOptionsStore.getState().load().then(reloaded);
    });
  }, [load]);

  if (!loaded || progress === undefined) return <main className="options" aria-busy="true" />;
  // The setup starts while the partner tenant is unknown. Once the user acts in it, where they are
  // is stored, so it stays until finished, even after the tenant is saved: that is only step 1.
  // A setup nobody touched leaves nothing behind, so configuring by other means ends it.
  const step = progress ?? (partnerKnown ? 'done' : 'profile');
  const toStep = (next: SetupProgress) => {
    setProgress(next);
    void saveSetupProgress(next);
    if (next === 'done') setShowAll(false);
  };
  const wizard = step !== 'done' && !showAll && !policySetsPartner;
  return (
    <main className="options">
      <header className="top">
        <h1>{t('extName')}</h1>
        <SaveBar onSaved={reloaded} canSave={!wizard} />
      </header>
      {wizard ? (
        <>
          <SetupWizard
            step={step}
            generation={generation}
            onStep={toStep}
            onShowAll={() => {
              toStep(step);
              setShowAll(true);
            }}
          />
          {hasProblems ? <DiagnosticsSection /> : null}
        </>
      ) : (
        <>
          {step !== 'done' && !policySetsPartner ? (
            <p className="setup" data-testid="setup-resume">
              {t('options_setup_unfinished')}{' '}
              <button type="button" className="link" onClick={() => setShowAll(false)}>
                {t('options_setup_resume')}
              </button>
            </p>
          ) : null}
          <ProfileSection generation={generation} />
          <ContactSection generation={generation} />
          <PrefillSection />
          <DetectionSection />
          <CustomersSection />
          <ImportSection />
          <DiagnosticsSection />
        </>
      )}
      <footer className="privacy-link">
        {/* The extension's own page (entrypoints/privacy): no network, no new permission. */}
        <a href="/privacy.html" target="_blank" rel="noopener" data-testid="privacy-link">
          {t('options_privacy_link')}
        </a>
      </footer>
    </main>
  );
}
