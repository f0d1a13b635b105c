import { computeAccessibleName } from 'dom-accessibility-api';
import { FIELD_DICTIONARIES, type FieldDictionary } from '../portals/fields';
import { SUPPORT_FORM_SELECTORS } from '../portals/selectors';
import type { SupportFormKind } from '../model/form';
import { isEditableCombobox } from './combobox';
import { isDisabled, isHidden, isReadOnly, normalizeLabel, textOf } from './dom';
import { FIELD_IDS, type ControlKind, type FieldId } from '../model/form';

export interface LocatedField {
  readonly id: FieldId;
  readonly element: HTMLElement;
  readonly control: ControlKind;
  readonly disabled: boolean;
  readonly readOnly: boolean;
}

const CONTROL_SELECTOR = SUPPORT_FORM_SELECTORS.control;
const KNOCKOUT_LABEL = SUPPORT_FORM_SELECTORS.knockoutLabel;
const KNOCKOUT_CONTROL_HOST = SUPPORT_FORM_SELECTORS.knockoutControlHost;

function controlKind(element: HTMLElement): ControlKind {
  if (element.classList.contains(SUPPORT_FORM_SELECTORS.fluentDropdownClass)) return 'fluent-dropdown';
  if (element.getAttribute('role') === 'radiogroup') return 'radio-group';
  if (element.tagName === 'SELECT') return 'native-select';
  if (isEditableCombobox(element)) return 'combobox';
  if (element.getAttribute('role') === 'combobox' && element.tagName !== 'INPUT') {
    return element.closest(KNOCKOUT_CONTROL_HOST) ? 'knockout-dropdown' : 'fluent-dropdown';
  }
  return 'text';
}

/** Maps a normalised label to its field. Exact matches only: "Email" must not take "Additional email…". */
export function labelIndex(dictionary: FieldDictionary): Map<string, FieldId> {
  const index = new Map<string, FieldId>();
  for (const id of FIELD_IDS) {
    const labels = dictionary[id];
    if (!labels) continue;
    for (const label of Object.values<readonly string[]>(labels).flat()) index.set(normalizeLabel(label), id);
  }
  return index;
}

const INDEXES = new Map<SupportFormKind, Map<string, FieldId>>();
function indexFor(kind: SupportFormKind): Map<string, FieldId> {
  let index = INDEXES.get(kind);
  if (!index) {
    index = labelIndex(FIELD_DICTIONARIES[kind]);
    INDEXES.set(kind, index);
  }
  return index;
}

function accessibleName(element: HTMLElement): string {
  try {
    return computeAccessibleName(element);
  } catch {
    return '';
  }
}

/** A Fluent dropdown's inner combobox belongs to its `.ms-Dropdown` wrapper; count it once. */
function canonicalControl(element: HTMLElement): HTMLElement {
  const dropdown = element.closest<HTMLElement>('.ms-Dropdown');
  return dropdown && dropdown !== element && dropdown.contains(element) ? dropdown : element;
}

interface Candidate {
  readonly id: FieldId;
  readonly element: HTMLElement;
}

/**
 * The names a control may be known by. A Fluent dropdown is labelled by its label *and* its shown
 * value (aria-labelledby="<label> <title>"), so the value is taken off again.
 */
function nameCandidates(element: HTMLElement): string[] {
  const names = [accessibleName(element)];
  const shownValue = textOf(element.querySelector(SUPPORT_FORM_SELECTORS.shownValue));
  if (shownValue && names[0]?.endsWith(shownValue)) names.push(names[0].slice(0, -shownValue.length));
  const firstLabelId = element.getAttribute('aria-labelledby')?.split(/\s+/)[0];
  const labelElement = firstLabelId ? element.ownerDocument.getElementById(firstLabelId) : null;
  if (labelElement) names.push(textOf(labelElement));
  const ariaLabel = element.getAttribute('aria-label');
  if (ariaLabel) names.push(ariaLabel);
  return names;
}

function candidatesByName(root: ParentNode, index: Map<string, FieldId>): Candidate[] {
  const found: Candidate[] = [];
  for (const element of root.querySelectorAll<HTMLElement>(CONTROL_SELECTOR)) {
    const control = canonicalControl(element);
    for (const name of nameCandidates(element)) {
      const id = index.get(normalizeLabel(name));
      if (id) {
        found.push({ id, element: control });
        break;
      }
    }
  }
  return found;
}

function candidatesByKnockoutLabel(root: ParentNode, index: Map<string, FieldId>): Candidate[] {
  const found: Candidate[] = [];
  for (const label of root.querySelectorAll<HTMLElement>(KNOCKOUT_LABEL)) {
    const id = index.get(normalizeLabel(textOf(label)));
    if (!id) continue;
    // Walk up a few levels to the row that holds both the label and the control.
    let row: HTMLElement | null = label.parentElement;
    for (let depth = 0; row && depth < 4; depth += 1, row = row.parentElement) {
      const control = row.querySelector<HTMLElement>(`${KNOCKOUT_CONTROL_HOST} :is(${CONTROL_SELECTOR})`);
      if (control) {
        found.push({ id, element: control });
        break;
      }
    }
  }
  return found;
}

export interface LocateOptions {
  /** Include disabled or read-only controls (flagged), so a fill can report them instead of "not found". */
  readonly includeDisabled?: boolean;
}

/**
 * Finds the support form's fields by accessible name. Hidden controls are never returned;
 * with several candidates for one field the visible, enabled one wins; disabled ones only on request.
 */
export function locateFields(root: ParentNode, kind: SupportFormKind, options: LocateOptions = {}): LocatedField[] {
  const index = indexFor(kind);
  const candidates = [...candidatesByName(root, index), ...candidatesByKnockoutLabel(root, index)];
  const byField = new Map<FieldId, LocatedField>();
  for (const { id, element } of candidates) {
    if (isHidden(element)) continue;
    const located: LocatedField = {
      id,
      element,
      control: controlKind(element),
      disabled: isDisabled(element),
      readOnly: isReadOnly(element),
    };
    if (located.disabled && !options.includeDisabled) continue;
    const existing = byField.get(id);
    const usable = (field: LocatedField) => !field.disabled && !field.readOnly;
    if (!existing || (!usable(existing) && usable(located))) byField.set(id, located);
  }
  return FIELD_IDS.flatMap((id) => {
    const field = byField.get(id);
    return field ? [field] : [];
  });
}

export interface DetectOptions {
  /**
   * The page is an Azure support request, or a blade frame that may hold one. There the product
   * picker alone marks the form: it is all the first step shows. The background drops such a
   * form when the tab turns out not to be on a support request.
   */
  readonly productMarksAzureForm?: boolean;
}

/** Which support form the DOM shows, if any. */
export function detectSupportForm(root: ParentNode, options: DetectOptions = {}): SupportFormKind | null {
  return locateSupportForm(root, options)?.kind ?? null;
}

/** The support form the DOM shows, with its fields (disabled ones included), each located once. */
export function locateSupportForm(
  root: ParentNode,
  options: DetectOptions = {},
): { kind: SupportFormKind; fields: LocatedField[] } | null {
  const azureFields = locateFields(root, 'azure', { includeDisabled: true });
  const azure = new Set(azureFields.map((field) => field.id));
  if (
    azure.has('supportPlan') ||
    azure.has('severity') ||
    (azure.has('firstName') && azure.has('lastName')) ||
    (options.productMarksAzureForm === true && azure.has('product'))
  ) {
    return { kind: 'azure', fields: azureFields };
  }
  const m365Fields = locateFields(root, 'm365', { includeDisabled: true });
  const m365 = new Set(m365Fields.map((field) => field.id));
  if (m365.has('description') && (m365.has('phone') || m365.has('email'))) return { kind: 'm365', fields: m365Fields };
  return null;
}
