import { ChoiceGroup, TextField } from '@fluentui/react';
import { useEffect } from 'react';

// Shared by the tests that fill real Fluent UI React forms (fill-react, broken-pages): React's
// own state, and the support form's contact controls.

/**
 * Lets React render between the fill's steps, as it does in a browser, instead of batching
 * everything until an act() scope ends: the fill reads every value back while it runs.
 */
export function renderLikeABrowser(): void {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
}

/** What React itself holds, not what the DOM shows: the state the form last rendered with. */
export const reactState: { current: Record<string, string> } = { current: {} };

export function useReportState(values: Record<string, string>): void {
  useEffect(() => {
    reactState.current = values;
  });
}

/** The support form's "Preferred contact method" choice (Fluent ChoiceGroup). */
export function ContactMethodChoice({ value, onChange }: { value: string; onChange: (method: string) => void }) {
  return (
    <ChoiceGroup
      label="Preferred contact method"
      selectedKey={value || null}
      options={[
        { key: 'Email', text: 'Email' },
        { key: 'Phone', text: 'Phone' },
      ]}
      onChange={(_event, option) => onChange(String(option?.key ?? ''))}
    />
  );
}

/** A labelled Fluent text field. */
export function ContactText({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return <TextField label={label} value={value} onChange={(_event, next) => onChange(next ?? '')} />;
}
