import { useId } from 'react';
import { isHexColor, weakThemes } from '../../lib/display/contrast';
import { contrastRatio, THEME_SURFACES } from '../../lib/display/contrast';
import { knownKeyOr } from '../../lib/i18n/keys';
import { t } from '../platform/i18n';

/**
 * A colour setting: a swatch (the native colour picker), the `#rrggbb` text, and a live warning
 * when the colour is too faint against the light or the dark portal theme (3:1, WCAG 1.4.11).
 * Empty means "the default", which the swatch shows.
 */
export function ColorInput(props: {
  label: string;
  value: string | undefined;
  fallback: string;
  hint?: string;
  error?: string;
  locked?: boolean;
  onChange: (value: string | undefined) => void;
  testId?: string;
}) {
  const id = useId();
  const text = props.value ?? '';
  const shown = isHexColor(text) ? text.toLowerCase() : props.fallback;
  const weak = weakThemes(shown);
  return (
    <div className="field color-field" data-testid={props.testId}>
      <label htmlFor={id}>{props.label}</label>
      <div className="color-row">
        <input
          type="color"
          className="swatch"
          value={shown}
          disabled={props.locked}
          aria-label={t('options_color_pick', [props.label])}
          data-testid={props.testId ? `${props.testId}-swatch` : undefined}
          onChange={(event) => props.onChange(event.target.value)}
        />
        <input
          id={id}
          type="text"
          value={text}
          placeholder={props.fallback}
          spellCheck={false}
          readOnly={props.locked}
          aria-readonly={props.locked || undefined}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={`${id}-status`}
          data-testid={props.testId ? `${props.testId}-text` : undefined}
          onChange={(event) => props.onChange(event.target.value.trim() === '' ? undefined : event.target.value)}
        />
        {!props.locked && props.value !== undefined ? (
          <button type="button" className="link" onClick={() => props.onChange(undefined)}>
            {t('options_color_default')}
          </button>
        ) : null}
      </div>
      <div id={`${id}-status`}>
        {props.hint ? <p className="hint">{props.hint}</p> : null}
        {props.locked ? <p className="locked">{t('options_locked')}</p> : null}
        {props.error ? (
          <p className="error" role="alert">
            {t(knownKeyOr(props.error, 'settings_error_invalid'))}
          </p>
        ) : null}
        {weak.map((theme) => (
          <p key={theme} className="warning" role="status" data-pcg-contrast={theme}>
            {t('options_color_weak', [
              t(`options_theme_${theme}`),
              contrastRatio(shown, THEME_SURFACES[theme][0]!).toFixed(1),
            ])}
          </p>
        ))}
      </div>
    </div>
  );
}
