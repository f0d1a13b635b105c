import { useEffect, useState } from 'react';
import { t } from '../platform/i18n';
import { watchEffectiveSettings } from '../platform/settings-storage';
import { CustomersSection } from './CustomersSection';
import { DetectionSection } from './DetectionSection';
import { DiagnosticsSection } from './DiagnosticsSection';
import { ImportSection } from './ImportSection';
import { ContactSection, PrefillSection, ProfileSection } from './sections';
import { isDirty, useOptionsStore } from './store';

function SetupSteps() {
  const saved = useOptionsStore((state) => state.saved);
  const profileDone = saved.partner.tenantIds.length > 0 || saved.partner.domains.length > 0;
  const contactDone = saved.contact.email !== '';
  return (
    <section className="setup" aria-labelledby="setup-heading" data-testid="first-run">
      <h2 id="setup-heading">{t('options_setup_heading')}</h2>
      <p>{t('options_setup_intro')}</p>
      <ol>
        <li data-done={profileDone}>{t('options_setup_step_profile')}</li>
        <li data-done={contactDone}>{t('options_setup_step_contact')}</li>
        <li>{t('options_setup_step_import')}</li>
      </ol>
    </section>
  );
}

export function OptionsApp() {
  const state = useOptionsStore();
  const [generation, setGeneration] = useState(0);
  const { load, loaded, save, status, errors, effective } = state;

  useEffect(() => {
    void load().then(() => setGeneration((value) => value + 1));
    return watchEffectiveSettings(() => {
      if (!isDirty(useOptionsStore.getState()))
        void useOptionsStore
          .getState()
          .load()
          .then(() => setGeneration((value) => value + 1));
    });
  }, [load]);

  if (!loaded) return <main className="options" aria-busy="true" />;
  const setupNeeded = effective.partner.tenantIds.length === 0 && effective.partner.domains.length === 0;
  const invalid = Object.keys(errors).length > 0;
  return (
    <main className="options">
      <header className="top">
        <h1>{t('extName')}</h1>
        <div className="save" role="status" aria-live="polite">
          <span data-testid="save-status">
            {status === 'saved' && !isDirty(state) ? t('options_saved') : isDirty(state) ? t('options_unsaved') : ''}
            {status === 'invalid' || invalid ? ` ${t('options_fix_errors')}` : ''}
            {status === 'failed' ? ` ${t('options_save_failed')}` : ''}
          </span>
          <button
            type="button"
            className="button"
            onClick={() => void save().then(() => setGeneration((value) => value + 1))}
            disabled={invalid || !isDirty(state)}
            data-testid="save"
          >
            {t('options_save')}
          </button>
        </div>
      </header>
      {setupNeeded ? <SetupSteps /> : null}
      <ProfileSection generation={generation} />
      <ContactSection generation={generation} />
      <PrefillSection />
      <DetectionSection />
      <CustomersSection />
      <ImportSection />
      <DiagnosticsSection />
    </main>
  );
}
