import { useState } from 'react';
import { t } from '../platform/i18n';
import type { MessageKey } from '../../lib/i18n/catalog';
import { partnerIsKnown } from '../../lib/settings/partner';
import { ImportSection } from './ImportSection';
import { ContactSection, ProfileSection } from './sections';
import { SETUP_STEPS, type SetupProgress, type SetupStep } from './setup-progress';
import { isDirty, useOptionsStore } from './store';

/** Saves pending edits; false when they could not be saved (invalid or failed), so the step stays. */
async function saveIfDirty(): Promise<boolean> {
  const store = useOptionsStore.getState();
  if (isDirty(store)) await store.save();
  const after = useOptionsStore.getState();
  return !isDirty(after) && after.status !== 'invalid' && after.status !== 'failed';
}

const SECTION_OF_STEP: Readonly<Record<SetupStep, string>> = {
  profile: 'partner',
  contact: 'contact',
  import: 'customers',
};

function partnerKnown(): boolean {
  return partnerIsKnown(useOptionsStore.getState().effective);
}

/** The first-run setup, one step at a time: profile, contact details, then an optional import. */
export function SetupWizard({
  step,
  generation,
  onStep,
  onShowAll,
}: {
  step: SetupStep;
  generation: number;
  onStep: (next: SetupProgress) => void;
  onShowAll: () => void;
}) {
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const index = SETUP_STEPS.indexOf(step);
  const go = (next: SetupProgress) => {
    setProblem(null);
    onStep(next);
  };
  const saveAndGo = async (next: SetupProgress, needsPartner = false) => {
    if (!(await saveIfDirty())) {
      // Show the step whose fields are wrong: a skipped step may hold edits that don't validate.
      const paths = Object.keys(useOptionsStore.getState().errors);
      const wrong = SETUP_STEPS.find((each) =>
        paths.some((path) => path === SECTION_OF_STEP[each] || path.startsWith(`${SECTION_OF_STEP[each]}.`)),
      );
      if (wrong && wrong !== step) onStep(wrong);
      setProblem('options_fix_errors');
      return;
    }
    if (needsPartner && !partnerKnown()) {
      setProblem('options_setup_need_partner');
      return;
    }
    go(next);
  };

  return (
    <section className="setup" aria-labelledby="setup-heading" data-testid="first-run" data-step={step}>
      <h2 id="setup-heading">{t('options_setup_heading')}</h2>
      <p>{t('options_setup_intro')}</p>
      <ol className="steps">
        {SETUP_STEPS.map((each, position) => (
          <li
            key={each}
            aria-current={each === step ? 'step' : undefined}
            data-done={position < index}
            data-testid={`setup-step-${each}`}
          >
            {t(`options_setup_step_${each}`)}
          </li>
        ))}
      </ol>
      {step === 'profile' ? <ProfileSection generation={generation} /> : null}
      {step === 'contact' ? <ContactSection generation={generation} /> : null}
      {step === 'import' ? <ImportSection /> : null}
      {problem ? (
        <p className="error" role="alert" data-testid="setup-problem">
          {t(problem)}
        </p>
      ) : null}
      <div className="actions">
        {index > 0 ? (
          <button type="button" className="link" onClick={() => go(SETUP_STEPS[index - 1]!)} data-testid="setup-back">
            {t('options_setup_back')}
          </button>
        ) : null}
        {step !== 'profile' ? (
          <button
            type="button"
            className="link"
            onClick={() => go(SETUP_STEPS[index + 1] ?? 'done')}
            data-testid="setup-skip"
          >
            {t('options_setup_skip')}
          </button>
        ) : null}
        {step === 'import' ? (
          <button type="button" className="button" onClick={() => void saveAndGo('done')} data-testid="setup-done">
            {t('options_setup_done')}
          </button>
        ) : (
          <button
            type="button"
            className="button"
            onClick={() => void saveAndGo(SETUP_STEPS[index + 1]!, step === 'profile')}
            data-testid="setup-next"
          >
            {t('options_setup_next')}
          </button>
        )}
        <button type="button" className="link" onClick={onShowAll} data-testid="setup-show-all">
          {t('options_setup_show_all')}
        </button>
      </div>
    </section>
  );
}
