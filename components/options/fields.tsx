import { useId, useState, type ReactNode } from 'react';
import { knownKeyOr } from '../../lib/i18n/keys';
import { t } from '../platform/i18n';

interface BaseProps {
  readonly label: string;
  readonly error?: string;
  readonly locked?: boolean;
  readonly hint?: ReactNode;
}

function Hints({ id, error, locked, hint }: { id: string } & Omit<BaseProps, 'label'>) {
  return (
    <>
      {hint ? <p className="hint">{hint}</p> : null}
      {locked ? <p className="locked">{t('options_locked')}</p> : null}
      {error ? (
        <p id={`${id}-error`} className="error" role="alert">
          {t(knownKeyOr(error, 'settings_error_invalid'))}
        </p>
      ) : null}
    </>
  );
}

export function TextInput(
  props: BaseProps & { value: string; onChange: (value: string) => void; type?: string; testId?: string },
) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type={props.type ?? 'text'}
        value={props.value}
        readOnly={props.locked}
        aria-readonly={props.locked || undefined}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${id}-error` : undefined}
        data-testid={props.testId}
        onChange={(event) => props.onChange(event.target.value)}
      />
      <Hints id={id} {...props} />
    </div>
  );
}

/** A list edited as text, one item per line or comma; the text the user typed is kept as typed. */
export function ListInput(
  props: BaseProps & { values: readonly string[]; onChange: (values: string[]) => void; testId?: string },
) {
  const id = useId();
  // Re-mounted (by key) when the stored settings load, so this only holds the user's typing.
  const [text, setText] = useState(props.values.join('\n'));
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <textarea
        id={id}
        rows={Math.min(6, Math.max(2, props.values.length + 1))}
        value={props.locked ? props.values.join('\n') : text}
        readOnly={props.locked}
        aria-readonly={props.locked || undefined}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${id}-error` : undefined}
        data-testid={props.testId}
        onChange={(event) => {
          setText(event.target.value);
          props.onChange(
            event.target.value
              .split(/[\n,]+/)
              .map((item) => item.trim())
              .filter(Boolean),
          );
        }}
      />
      <Hints id={id} {...props} />
    </div>
  );
}

export function SelectInput<T extends string>(
  props: BaseProps & {
    value: T;
    options: readonly { value: T; label: string }[];
    onChange: (value: T) => void;
    testId?: string;
  },
) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value}
        disabled={props.locked}
        data-testid={props.testId}
        onChange={(event) => props.onChange(event.target.value as T)}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <Hints id={id} {...props} />
    </div>
  );
}
