import { useEffect, useId, useState } from 'react';
import type { Preferences } from '../../lib/settings/preferences';
import { t } from '../platform/i18n';
import { loadPreferences, savePreferences, watchPreferences } from '../platform/preferences-storage';

/**
 * The user's own opt-ins for detection. They are stored apart from the settings, saved at once,
 * and neither exported nor set by policy: consent is the user's, not the organization's.
 */
export function DetectionSection() {
  const id = useId();
  const [preferences, setPreferences] = useState<Preferences | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let current = true;
    void loadPreferences().then((loaded) => {
      if (current) setPreferences(loaded);
    });
    const unwatch = watchPreferences((next) => setPreferences(next));
    return () => {
      current = false;
      unwatch();
    };
  }, []);

  const setReadSignInKeyNames = (readSignInKeyNames: boolean) => {
    if (!preferences) return;
    setFailed(false);
    savePreferences({ ...preferences, readSignInKeyNames }).then(setPreferences, () => setFailed(true));
  };

  return (
    <section aria-labelledby="detection-heading" className="section" data-testid="detection">
      <h2 id="detection-heading">{t('options_detection')}</h2>
      <div className="field">
        <label className="toggle">
          <input
            type="checkbox"
            checked={preferences?.readSignInKeyNames ?? false}
            disabled={preferences === null}
            aria-describedby={`${id}-hint`}
            data-testid="read-sign-in-key-names"
            onChange={(event) => setReadSignInKeyNames(event.target.checked)}
          />
          {t('options_detection_sign_in_keys')}
        </label>
        <p id={`${id}-hint`} className="hint">
          {t('options_detection_sign_in_keys_hint')}
        </p>
        {failed ? (
          <p className="error" role="alert">
            {t('options_detection_save_failed')}
          </p>
        ) : null}
      </div>
    </section>
  );
}
