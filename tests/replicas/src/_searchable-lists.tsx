import { ComboBox, type IComboBoxOption } from '@fluentui/react';
import { Combobox, Dropdown, FluentProvider, Option, webLightTheme } from '@fluentui/react-components';
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';

/**
 * Searchable lists, as long lists such as Country/region are often built (portal-facts: the
 * portal's own choice of control for the field is unconfirmed, C). Each holds its value in React
 * state, and only a committed option changes it: text typed and never committed leaves it empty,
 * which is what a fill must notice.
 * - `v8-combobox`: Fluent UI v8 `ComboBox`, `allowFreeform` off, `autoComplete` on.
 * - `v9-combobox`: Fluent UI v9 `Combobox` (`@fluentui/react-components`).
 * - `v9-dropdown`: Fluent UI v9 `Dropdown`.
 * - `aria`: a plain ARIA 1.2 combobox with a listbox that stays in the DOM (hidden when closed);
 *   the typed text stays in the box on blur, but only a clicked option or Enter on the active
 *   one commits.
 * - `aria-stubborn`: the same, but it takes no click (a broken or unusual control): nothing the
 *   fill does commits it, so the fill must report it as not filled.
 */
const SEARCHABLE_LIST_KINDS = ['v8-combobox', 'v9-combobox', 'v9-dropdown', 'aria', 'aria-stubborn'] as const;
export type SearchableListKind = (typeof SEARCHABLE_LIST_KINDS)[number];

export function searchableListKind(value: string | null): SearchableListKind | null {
  return SEARCHABLE_LIST_KINDS.find((kind) => kind === value) ?? null;
}

export interface SearchableListProps {
  readonly kind: SearchableListKind;
  readonly label: string;
  readonly placeholder: string;
  readonly options: readonly string[];
  readonly value: string;
  readonly onChange: (value: string) => void;
}

export function SearchableList(props: SearchableListProps) {
  switch (props.kind) {
    case 'v8-combobox':
      return <V8ComboBox {...props} />;
    case 'v9-combobox':
    case 'v9-dropdown':
      return (
        <FluentProvider theme={webLightTheme}>
          {props.kind === 'v9-combobox' ? <V9Combobox {...props} /> : <V9Dropdown {...props} />}
        </FluentProvider>
      );
    case 'aria':
    case 'aria-stubborn':
      return <AriaCombobox {...props} takesClicks={props.kind === 'aria'} />;
  }
}

function V8ComboBox({ label, placeholder, options, value, onChange }: SearchableListProps) {
  const items = useMemo<IComboBoxOption[]>(() => options.map((text) => ({ key: text, text })), [options]);
  return (
    <ComboBox
      label={label}
      required
      placeholder={placeholder}
      allowFreeform={false}
      autoComplete="on"
      options={items}
      selectedKey={value || null}
      onChange={(_event, option) => onChange(option ? String(option.key) : '')}
    />
  );
}

function V9Combobox({ label, placeholder, options, value, onChange }: SearchableListProps) {
  const id = useId();
  // The text is controlled as in Fluent's "controlled" example: typing changes it, choosing an
  // option sets it, and leaving the box puts back the chosen option's text (freeform off).
  const [text, setText] = useState(value);
  return (
    <div>
      <label id={`${id}-label`} htmlFor={`${id}-input`}>
        {label}
      </label>
      <Combobox
        id={`${id}-input`}
        aria-labelledby={`${id}-label`}
        placeholder={placeholder}
        value={text}
        onInput={(event) => setText((event.target as HTMLInputElement).value)}
        onBlur={() => setText(value)}
        selectedOptions={value ? [value] : []}
        onOptionSelect={(_event, data) => {
          onChange(data.optionValue ?? '');
          setText(data.optionText ?? '');
        }}
      >
        {options.map((option) => (
          <Option key={option} value={option}>
            {option}
          </Option>
        ))}
      </Combobox>
    </div>
  );
}

function V9Dropdown({ label, placeholder, options, value, onChange }: SearchableListProps) {
  const id = useId();
  return (
    <div>
      <label id={`${id}-label`}>{label}</label>
      <Dropdown
        aria-labelledby={`${id}-label`}
        placeholder={placeholder}
        value={value}
        selectedOptions={value ? [value] : []}
        onOptionSelect={(_event, data) => onChange(data.optionValue ?? '')}
      >
        {options.map((text) => (
          <Option key={text} value={text}>
            {text}
          </Option>
        ))}
      </Dropdown>
    </div>
  );
}

/** The ARIA 1.2 "combobox with listbox popup" pattern, list autocomplete, written by hand. */
function AriaCombobox({
  label,
  placeholder,
  options,
  value,
  onChange,
  takesClicks,
}: SearchableListProps & { takesClicks: boolean }) {
  const id = useId();
  const [text, setText] = useState(value);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  // Filtered while open; closed, the (hidden) list holds every option, the committed one selected.
  const shown = open ? options.filter((option) => option.toLowerCase().includes(text.trim().toLowerCase())) : options;
  const commit = (option: string) => {
    onChange(option);
    setText(option);
    setOpen(false);
    setActive(-1);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      setOpen(true);
      setActive((index) => Math.min(index + 1, shown.length - 1));
      event.preventDefault();
    } else if (event.key === 'Escape') {
      setOpen(false);
    } else if (event.key === 'Enter' && open && takesClicks) {
      const option = shown[active] ?? (shown.length === 1 ? shown[0] : undefined);
      if (option) commit(option);
      event.preventDefault();
    }
  };
  return (
    <div className="aria-combobox">
      <label id={`${id}-label`} htmlFor={`${id}-input`}>
        {label}
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={`${id}-listbox`}
        aria-activedescendant={open && active >= 0 ? `${id}-option-${active}` : undefined}
        placeholder={placeholder}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={`${id}-listbox`} role="listbox" aria-labelledby={`${id}-label`} hidden={!open}>
        {shown.map((option, index) => (
          <li
            key={option}
            id={`${id}-option-${index}`}
            role="option"
            aria-selected={option === value}
            data-active={index === active || undefined}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              if (takesClicks) commit(option);
            }}
          >
            {option}
          </li>
        ))}
      </ul>
    </div>
  );
}
