import type { SupportFormKind } from '../model/form';
import { readComboboxValue } from './combobox';
import { SUPPORT_FORM_SELECTORS } from '../portals/selectors';
import { textOf } from './dom';
import { locateFields, type LocatedField } from './locate';
import { isMarketplaceProduct } from './marketplace';
import type { FieldId, FieldState, FormState } from '../model/form';

/** Fluent marks the placeholder shown in an empty dropdown (portal-facts: C). */
const PLACEHOLDER_CLASSES = ['ms-Dropdown-titleIsPlaceHolder', 'azc-placeholder'];

/**
 * Placeholder texts of an empty Fluent v9 Dropdown, which marks it only by a generated class
 * (C: the portal's texts are not public; the Fluent docs' and the replicas' wording).
 */
const PLACEHOLDER_TEXTS = [
  'select…',
  'select...',
  'select an option',
  'selecteren…',
  'selecteer een optie',
  'kies een optie',
];
const isPlaceholderText = (text: string) => PLACEHOLDER_TEXTS.includes(text.toLocaleLowerCase('en'));

/** The value a control shows, as the user sees it; '' when empty. */
export function readControlValue(field: Pick<LocatedField, 'element' | 'control'>): string {
  const { element, control } = field;
  switch (control) {
    case 'text':
      return ((element as HTMLInputElement).value ?? '').trim();
    case 'combobox':
      return readComboboxValue(element);
    case 'native-select': {
      const select = element as HTMLSelectElement;
      const option = select.selectedOptions[0];
      return option && option.value !== '' ? textOf(option) : '';
    }
    case 'fluent-dropdown':
    case 'knockout-dropdown': {
      const title = element.querySelector(SUPPORT_FORM_SELECTORS.shownValue) ?? element;
      if (PLACEHOLDER_CLASSES.some((name) => title.classList.contains(name))) return '';
      // Fluent v9's Dropdown button shows its placeholder as plain text (no class says so).
      const shown = textOf(title);
      return element.classList.contains('fui-Dropdown__button') && isPlaceholderText(shown) ? '' : shown;
    }
    case 'radio-group': {
      const checkedInput = element.querySelector<HTMLInputElement>('input[type="radio"]:checked');
      if (checkedInput) {
        const label = checkedInput.labels?.[0] ?? element.querySelector(`label[for="${checkedInput.id}"]`);
        return textOf(label) || checkedInput.value;
      }
      return textOf(element.querySelector(SUPPORT_FORM_SELECTORS.checkedAriaRadio));
    }
  }
}

export function readFormState(root: ParentNode, kind: SupportFormKind): FormState {
  return formStateOf(kind, locateFields(root, kind, { includeDisabled: true }));
}

/** The form's state from fields already located (disabled ones included). */
export function formStateOf(kind: SupportFormKind, located: readonly LocatedField[]): FormState {
  const fields: Partial<Record<FieldId, FieldState>> = {};
  for (const field of located) {
    fields[field.id] = {
      id: field.id,
      control: field.control,
      value: readControlValue(field),
      disabled: field.disabled,
      readOnly: field.readOnly,
    };
  }
  const product = fields.product?.value || undefined;
  return {
    kind,
    fields,
    ...(product ? { product, marketplaceProduct: isMarketplaceProduct(product) } : {}),
  };
}
