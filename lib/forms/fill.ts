import { chooseInCombobox } from './combobox';
import { SUPPORT_FORM_SELECTORS } from '../portals/selectors';
import { planTextMatches } from './options';
import { isElement, textOf, waitFor, windowOf } from './dom';
import { locateFields, type LocatedField } from './locate';
import type { FillPlan } from './plans';
import { readControlValue } from './read';
import { type FieldFillResult } from './types';
import { FIELD_IDS, type FieldId } from '../model/form';
import type { SupportFormKind } from '../model/form';

export interface FillOptions {
  /** Fields whose current value may be replaced: the user clicked a fix that names them. */
  readonly overwrite: ReadonlySet<FieldId> | 'none';
  /** Fields the user typed into; never changed unless in `overwrite`. */
  readonly userEdited: ReadonlySet<FieldId>;
  /** Asked before each field: false when the context or page changed under the fill. */
  readonly shouldContinue: () => boolean;
  /** How long to wait for a dropdown's options to appear. */
  readonly optionTimeoutMs?: number;
}

const OPTION_SELECTOR = SUPPORT_FORM_SELECTORS.option;
const TREE_ITEM_SELECTOR = SUPPORT_FORM_SELECTORS.treeItem;

function matchesWanted(shown: string, wanted: readonly string[]): boolean {
  return wanted.some((text) => planTextMatches(shown, text));
}

/** Sets a value the way React (value tracker), Knockout (change/blur) and plain pages notice. */
function setNativeValue(element: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  const view = windowOf(element);
  const prototype =
    element.tagName === 'TEXTAREA'
      ? view.HTMLTextAreaElement.prototype
      : element.tagName === 'SELECT'
        ? view.HTMLSelectElement.prototype
        : view.HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  if (setter) setter.call(element, value);
  else element.value = value;
  element.dispatchEvent(new view.Event('input', { bubbles: true }));
  element.dispatchEvent(new view.Event('change', { bubbles: true }));
  element.dispatchEvent(new view.FocusEvent('blur'));
  element.dispatchEvent(new view.FocusEvent('focusout', { bubbles: true }));
}

function optionText(option: Element): string {
  return textOf(option.querySelector(SUPPORT_FORM_SELECTORS.optionText) ?? option);
}

/**
 * Where a dropdown's options are. An open Fluent dropdown names its list with aria-owns (or
 * aria-controls): only that list counts, not another open dropdown's. Null while the named list
 * has not rendered yet. A Knockout dropdown renders its tree inside its own control host.
 */
function optionScope(field: LocatedField): ParentNode | null {
  const doc = field.element.ownerDocument;
  if (field.control === 'knockout-dropdown')
    return field.element.closest(SUPPORT_FORM_SELECTORS.knockoutControlHost) ?? doc;
  const combobox = field.element.matches(SUPPORT_FORM_SELECTORS.combobox)
    ? field.element
    : (field.element.querySelector(SUPPORT_FORM_SELECTORS.combobox) ?? field.element);
  const listId = (combobox.getAttribute('aria-owns') || combobox.getAttribute('aria-controls'))?.split(/\s+/)[0];
  if (!listId) return doc;
  return doc.getElementById(listId);
}

async function chooseFromPopup(
  field: LocatedField,
  wanted: readonly string[],
  selector: string,
  timeoutMs: number,
): Promise<string | null> {
  const doc = field.element.ownerDocument;
  field.element.click();
  // The wanted texts in order: the configured or English text before an alias, whatever the
  // list's order (a Dutch list may offer both "Cloud Solution Provider" and "Cloudoplossingsprovider").
  const findOption = () => {
    const scope = optionScope(field);
    if (!scope) return null;
    const options = [...scope.querySelectorAll(selector)].filter(isElement);
    for (const text of wanted) {
      const option = options.find((candidate) => planTextMatches(optionText(candidate), text));
      if (option) return option;
    }
    return null;
  };
  const option = await waitFor(doc, findOption, timeoutMs);
  if (!option) {
    // Close the list again; nothing else is touched.
    const view = windowOf(field.element);
    field.element.dispatchEvent(new view.KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    return 'no-option';
  }
  option.click();
  return null;
}

function chooseRadio(field: LocatedField, wanted: readonly string[]): string | null {
  for (const input of field.element.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
    const label = input.labels?.[0] ?? field.element.querySelector(`label[for="${input.id}"]`);
    if (matchesWanted(textOf(label) || input.value, wanted)) {
      input.click();
      return null;
    }
  }
  for (const radio of field.element.querySelectorAll<HTMLElement>(SUPPORT_FORM_SELECTORS.ariaRadio)) {
    if (matchesWanted(textOf(radio), wanted)) {
      radio.click();
      return null;
    }
  }
  return 'no-option';
}

function chooseNativeOption(field: LocatedField, wanted: readonly string[]): string | null {
  const select = field.element as HTMLSelectElement;
  const option = wanted
    .map((text) => [...select.options].find((candidate) => planTextMatches(textOf(candidate), text)))
    .find((candidate) => candidate !== undefined);
  if (!option) return 'no-option';
  setNativeValue(select, option.value);
  return null;
}

/** Puts `wanted[0]` (or an alias) into the control. Returns a failure reason, or null. */
async function applyValue(
  field: LocatedField,
  wanted: readonly string[],
  timeoutMs: number,
  mayReplace = true,
): Promise<string | null> {
  switch (field.control) {
    case 'text':
      setNativeValue(field.element as HTMLInputElement, wanted[0]!);
      return null;
    case 'combobox':
      return (await chooseInCombobox(field.element, wanted, planTextMatches, timeoutMs, mayReplace)).failure ?? null;
    case 'native-select':
      return chooseNativeOption(field, wanted);
    case 'fluent-dropdown':
      return chooseFromPopup(field, wanted, OPTION_SELECTOR, timeoutMs);
    case 'knockout-dropdown':
      return chooseFromPopup(field, wanted, TREE_ITEM_SELECTOR, timeoutMs);
    case 'radio-group':
      return chooseRadio(field, wanted);
  }
}

function holds(field: LocatedField, wanted: readonly string[]): boolean {
  const shown = readControlValue(field);
  return field.control === 'text' ? shown === wanted[0]!.trim() : matchesWanted(shown, wanted);
}

/** Reads the value back, giving a re-rendering framework a moment to show it. */
async function readBack(field: LocatedField, wanted: readonly string[]): Promise<boolean> {
  if (holds(field, wanted)) return true;
  return (await waitFor(field.element.ownerDocument, () => (holds(field, wanted) ? true : null), 300)) === true;
}

/**
 * Fills the planned fields one by one and reports each. Never fills a disabled or read-only
 * field, never replaces a value without consent, never submits and never clicks anything but
 * the control being filled and its options.
 */
export async function fillFields(
  root: ParentNode,
  kind: SupportFormKind,
  plan: FillPlan,
  options: FillOptions,
): Promise<FieldFillResult[]> {
  const located = new Map(locateFields(root, kind, { includeDisabled: true }).map((field) => [field.id, field]));
  const results: FieldFillResult[] = [];
  let halted = false;
  for (const id of FIELD_IDS) {
    const value = plan.values[id];
    if (value === undefined) continue;
    const wanted = [value, ...(plan.aliases?.[id] ?? [])];
    const field = located.get(id);
    if (!field || !field.element.isConnected) {
      results.push({ field: id, outcome: 'not-found', value });
      continue;
    }
    const previousValue = readControlValue(field);
    if (halted || !options.shouldContinue()) {
      halted = true;
      results.push({ field: id, outcome: 'failed', previousValue, reason: 'context-changed' });
      continue;
    }
    if (field.disabled || field.readOnly) {
      results.push({ field: id, outcome: 'skipped-disabled', previousValue });
      continue;
    }
    if (holds(field, wanted)) {
      results.push({ field: id, outcome: 'unchanged', previousValue, value: previousValue });
      continue;
    }
    const consented = options.overwrite !== 'none' && options.overwrite.has(id);
    if ((previousValue !== '' || options.userEdited.has(id)) && !consented) {
      results.push({ field: id, outcome: 'skipped-user-value', previousValue });
      continue;
    }
    const failure = await applyValue(field, wanted, options.optionTimeoutMs ?? 1000, consented);
    if (failure === 'has-value') {
      results.push({ field: id, outcome: 'skipped-user-value', previousValue });
      continue;
    }
    const confirmed = failure === null && (await readBack(field, wanted));
    results.push(
      confirmed
        ? { field: id, outcome: 'filled', previousValue, value: readControlValue(field) }
        : { field: id, outcome: 'failed', previousValue, reason: failure ?? 'not-accepted' },
    );
  }
  return results;
}

/** A native select with an empty option can go back to it; Fluent and Knockout lists and radios can't. */
function clearNativeSelect(field: LocatedField): boolean {
  if (field.control !== 'native-select') return false;
  const select = field.element as HTMLSelectElement;
  const empty = [...select.options].find((option) => option.value === '');
  if (!empty) return false;
  setNativeValue(select, '');
  return readControlValue(field) === '';
}

/**
 * Restores what the last fill replaced. A field the user changed since is left alone and
 * reported; a dropdown or radio group that was empty can rarely be emptied again (only a native
 * select with an empty option can), and is reported as `cannot-clear` with what it still shows.
 */
export async function undoFill(
  root: ParentNode,
  kind: SupportFormKind,
  filled: readonly FieldFillResult[],
  options: Pick<FillOptions, 'optionTimeoutMs'> = {},
): Promise<FieldFillResult[]> {
  const located = new Map(locateFields(root, kind, { includeDisabled: true }).map((field) => [field.id, field]));
  const results: FieldFillResult[] = [];
  for (const result of filled) {
    if (result.outcome === 'failed' && result.reason === 'not-committed') {
      // The fill took its typed text back already; Undo says so instead of passing over it.
      const field = located.get(result.field);
      results.push({
        field: result.field,
        outcome: 'unchanged',
        reason: 'not-committed',
        ...(result.previousValue !== undefined ? { previousValue: result.previousValue } : {}),
        value: field ? readControlValue(field) : (result.previousValue ?? ''),
      });
      continue;
    }
    if (result.outcome !== 'filled' || result.previousValue === undefined) continue;
    const field = located.get(result.field);
    if (!field) {
      results.push({ field: result.field, outcome: 'not-found' });
      continue;
    }
    const current = readControlValue(field);
    if (current !== (result.value ?? '')) {
      results.push({
        field: result.field,
        outcome: 'skipped-user-value',
        previousValue: current,
        reason: 'changed-since-fill',
      });
      continue;
    }
    if (result.previousValue === '' && field.control !== 'text') {
      const cleared = clearNativeSelect(field);
      results.push(
        cleared
          ? { field: result.field, outcome: 'filled', previousValue: current, value: '' }
          : { field: result.field, outcome: 'failed', previousValue: current, value: current, reason: 'cannot-clear' },
      );
      continue;
    }
    const failure = await applyValue(field, [result.previousValue], options.optionTimeoutMs ?? 1000);
    const restored = failure === null && (await readBack(field, [result.previousValue]));
    results.push({
      field: result.field,
      outcome: restored ? 'filled' : 'failed',
      previousValue: current,
      value: readControlValue(field),
      ...(restored ? {} : { reason: failure ?? 'not-accepted' }),
    });
  }
  return results;
}
