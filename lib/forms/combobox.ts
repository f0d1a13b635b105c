/**
 * Searchable lists: an editable `input[role="combobox"]` with a listbox, as Fluent UI v8
 * `ComboBox`, Fluent UI v9 `Combobox` and plain ARIA 1.2 comboboxes render them. Their input's
 * text is not their value: the framework holds the chosen option, and text that was typed but
 * never committed is dropped (v8, v9 on blur) or kept while the value stays empty (many plain
 * ones). So they are filled the way a user does (type to filter, pick the option by its
 * accessible name, commit it) and judged by the committed selection, never by the text.
 */
import { computeAccessibleName } from 'dom-accessibility-api';
import { isElement, isHidden, textOf, waitFor, windowOf } from './dom';

/** Where an option's own text sits in Fluent v8 (`.ms-ComboBox-optionText`); else the option's name. */
const OPTION_TEXT = '.ms-ComboBox-optionText, .ms-Dropdown-optionText';
/**
 * Buttons that open a combobox's list (portal-facts: C, from Fluent's own markup): v8's caret
 * button and v9's expand icon; tried only when neither typing nor Alt+ArrowDown opened it.
 */
const EXPAND_BUTTONS = '.ms-ComboBox-CaretDown-button, .fui-Combobox__expandIcon, [data-pcg-expand]';

export function isEditableCombobox(element: Element): boolean {
  return element.tagName === 'INPUT' && element.getAttribute('role') === 'combobox';
}

/** The input of a located combobox: the element itself, or the input inside a Fluent v8 wrapper. */
function comboboxInput(element: HTMLElement): HTMLInputElement | null {
  if (isEditableCombobox(element)) return element as HTMLInputElement;
  return element.querySelector<HTMLInputElement>('input[role="combobox"]');
}

/** The listbox a combobox names (aria-controls, aria-owns on it or its wrapper), if rendered. */
function listboxOf(input: HTMLElement): HTMLElement | null {
  const doc = input.ownerDocument;
  const owners = [input, input.closest('[aria-owns]')].filter((node): node is HTMLElement => node !== null);
  for (const owner of owners) {
    for (const attribute of ['aria-controls', 'aria-owns']) {
      for (const id of (owner.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean)) {
        const list = doc.getElementById(id);
        if (list && (list.getAttribute('role') === 'listbox' || list.querySelector('[role="option"]'))) return list;
      }
    }
  }
  return null;
}

function options(list: ParentNode): HTMLElement[] {
  return [...list.querySelectorAll('[role="option"]')].filter(isElement);
}

/** An option's accessible name, as a screen reader says it. */
function optionName(option: Element): string {
  const inner = option.querySelector(OPTION_TEXT);
  if (inner) return textOf(inner);
  try {
    return computeAccessibleName(option).replace(/\s+/g, ' ').trim() || textOf(option);
  } catch {
    return textOf(option);
  }
}

/** The committed option's name in a rendered listbox: '' when none is selected; null when no list. */
function selectedOptionName(list: HTMLElement | null): string | null {
  if (!list) return null;
  const all = options(list);
  if (all.length === 0) return null;
  const selected = all.find((option) => option.getAttribute('aria-selected') === 'true');
  return selected ? optionName(selected) : '';
}

/**
 * What the combobox holds. While its listbox is in the DOM (ARIA 1.2 comboboxes keep it, hidden),
 * the `aria-selected` option is the value, whatever the text says; otherwise (Fluent unmounts the
 * list when it closes, and drops uncommitted text on blur) the input's text.
 */
export function readComboboxValue(element: HTMLElement): string {
  const input = comboboxInput(element);
  if (!input) return '';
  const expanded = input.getAttribute('aria-expanded') === 'true';
  const committed = expanded ? null : selectedOptionName(listboxOf(input));
  return committed ?? (input.value ?? '').trim();
}

function setText(input: HTMLInputElement, value: string): void {
  const view = windowOf(input);
  const setter = Object.getOwnPropertyDescriptor(view.HTMLInputElement.prototype, 'value')?.set;
  if (setter) setter.call(input, value);
  else input.value = value;
  input.dispatchEvent(new view.InputEvent('input', { bubbles: true, data: value, inputType: 'insertText' }));
}

function key(input: HTMLElement, name: string, init: KeyboardEventInit = {}): void {
  const view = windowOf(input);
  const code = name === ' ' ? 'Space' : name;
  input.dispatchEvent(new view.KeyboardEvent('keydown', { key: name, code, bubbles: true, cancelable: true, ...init }));
  input.dispatchEvent(new view.KeyboardEvent('keyup', { key: name, code, bubbles: true, cancelable: true, ...init }));
}

const expanded = (input: HTMLElement) => input.getAttribute('aria-expanded') === 'true';

/** Moves focus out, as a user tabbing away does; frameworks commit or revert there. */
function leave(input: HTMLInputElement): void {
  if (input.ownerDocument.activeElement === input) input.blur();
  else {
    const view = windowOf(input);
    input.dispatchEvent(new view.FocusEvent('blur'));
    input.dispatchEvent(new view.FocusEvent('focusout', { bubbles: true }));
  }
}

const settle = (doc: Document, ms: number) =>
  new Promise<void>((resolve) => {
    doc.defaultView!.setTimeout(resolve, ms);
  });

function findOption(input: HTMLInputElement, wanted: string, matches: (shown: string, wanted: string) => boolean) {
  const list = listboxOf(input);
  if (!list) return null;
  return options(list).find((option) => !isHidden(option) && matches(optionName(option), wanted)) ?? null;
}

/** Opens the list without typing: a click, then Alt+ArrowDown (ARIA), then an expand button. */
async function open(input: HTMLInputElement, timeoutMs: number): Promise<boolean> {
  const doc = input.ownerDocument;
  const isOpen = () => (expanded(input) || listboxOf(input) !== null ? true : null);
  input.focus();
  input.click();
  if (await waitFor(doc, isOpen, Math.min(timeoutMs, 150))) return true;
  key(input, 'ArrowDown', { altKey: true });
  if (await waitFor(doc, isOpen, Math.min(timeoutMs, 150))) return true;
  const root = input.closest('.ms-ComboBox, .fui-Combobox') ?? input.parentElement;
  const button = root?.querySelector<HTMLElement>(EXPAND_BUTTONS);
  button?.click();
  return (await waitFor(doc, isOpen, timeoutMs)) === true;
}

type CommitFailure = 'no-option' | 'not-committed' | 'has-value';

export interface ComboboxChoice {
  /** The option chosen and committed, by its accessible name; absent on failure. */
  readonly chosen?: string;
  readonly failure?: CommitFailure;
}

/**
 * Chooses the first of `wanted` (in order: the English text before an alias) that the list
 * offers, and commits it. Typing filters the list as the user would; the option is then clicked
 * (the commit every one of these controls takes), with Enter as the fallback for a control that
 * commits the active option by key. Success is the committed selection: the option's
 * `aria-selected` where the list stays rendered, and the value after the list closed and focus
 * left. When the commit can't be confirmed, the text typed is taken back.
 */
export async function chooseInCombobox(
  element: HTMLElement,
  wanted: readonly string[],
  matches: (shown: string, wanted: string) => boolean,
  timeoutMs: number,
  mayReplace = false,
): Promise<ComboboxChoice> {
  const input = comboboxInput(element);
  if (!input) return { failure: 'no-option' };
  const doc = input.ownerDocument;
  const before = input.value;
  input.focus();
  let option: HTMLElement | null = null;
  let typed = '';
  for (const text of wanted) {
    typed = text;
    setText(input, text);
    option = await waitFor(doc, () => findOption(input, text, matches), Math.min(timeoutMs, 400));
    if (option) break;
  }
  if (!option) {
    // Typing found nothing (a list that does not filter, or opens only by click): open it and look.
    setText(input, '');
    if (await open(input, timeoutMs)) {
      for (const text of wanted) {
        typed = text;
        option = findOption(input, text, matches);
        if (option) break;
      }
    }
  }
  if (!option) {
    await takeBack(input, before);
    return { failure: 'no-option' };
  }
  // The box showed no text, but the list says another option is committed: a value after all,
  // which is only replaced with consent.
  const selected = selectedOptionName(listboxOf(input));
  if (!mayReplace && selected && !matches(selected, optionName(option))) {
    await takeBack(input, before);
    return { failure: 'has-value' };
  }
  const name = optionName(option);
  option.click();
  let confirmed = await committed(input, option, name, matches);
  if (!confirmed) {
    // A control that commits its active option by key: type the text again and press Enter.
    input.focus();
    setText(input, typed);
    await waitFor(doc, () => findOption(input, typed, matches), Math.min(timeoutMs, 400));
    key(input, 'Enter');
    confirmed = await committed(input, findOption(input, typed, matches), name, matches);
  }
  if (!confirmed) {
    await takeBack(input, before);
    return { failure: 'not-committed' };
  }
  return { chosen: readComboboxValue(input) };
}

/** Whether the choice of `name` stuck: selected in the list, and still the value once focus left. */
async function committed(
  input: HTMLInputElement,
  option: HTMLElement | null,
  name: string,
  matches: (shown: string, wanted: string) => boolean,
): Promise<boolean> {
  const doc = input.ownerDocument;
  await settle(doc, 0);
  // While the option is still rendered, it must say it is the selected one.
  if (option?.isConnected && option.getAttribute('aria-selected') !== 'true') {
    const stillOpen = expanded(input);
    if (stillOpen) return false;
  }
  if (expanded(input)) key(input, 'Escape');
  leave(input);
  const holds = () => {
    if (expanded(input)) return null;
    const value = readComboboxValue(input);
    return value !== '' && matches(value, name) ? true : null;
  };
  return (await waitFor(doc, holds, 300)) === true;
}

/** Puts back the text that was there, so a failed choice leaves no half-typed value behind. */
async function takeBack(input: HTMLInputElement, before: string): Promise<void> {
  if (expanded(input)) key(input, 'Escape');
  if (input.value !== before) setText(input, before);
  leave(input);
  await settle(input.ownerDocument, 0);
}
