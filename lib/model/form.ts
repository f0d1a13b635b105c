// The support form as the extension sees it: which form, which fields, what they hold. Shared by
// portals (field data), forms (locate, read, fill), rules and the UI. lib/model imports nothing.

/** Which support form a page shows, if any. */
export type SupportFormKind = 'azure' | 'm365';

/** Every field the extension locates on a support form. */
export const FIELD_IDS = [
  'supportPlan',
  'severity',
  'preferredContactMethod',
  'supportLanguage',
  'firstName',
  'lastName',
  'email',
  'additionalEmail',
  'phone',
  'country',
  'timeZone',
  'description',
  'product',
] as const;
export type FieldId = (typeof FIELD_IDS)[number];

/**
 * `combobox`: a searchable list, an editable `input[role=combobox]` with a listbox (Fluent v8
 * ComboBox, Fluent v9 Combobox, ARIA 1.2); its value is the committed option, not its text.
 */
export const CONTROL_KINDS = [
  'text',
  'combobox',
  'fluent-dropdown',
  'knockout-dropdown',
  'native-select',
  'radio-group',
] as const;
export type ControlKind = (typeof CONTROL_KINDS)[number];

export interface FieldState {
  readonly id: FieldId;
  readonly control: ControlKind;
  /** Current value as the user sees it (text or selected option text). Empty string when empty. */
  readonly value: string;
  readonly disabled: boolean;
  readonly readOnly: boolean;
}

/** What the page's support form holds right now. */
export interface FormState {
  readonly kind: SupportFormKind;
  readonly fields: Partial<Record<FieldId, FieldState>>;
  /** The chosen service or product, as displayed; feeds the marketplace rule. */
  readonly product?: string;
  /** True when the chosen product is recognisably a commercial-marketplace offer. */
  readonly marketplaceProduct?: boolean;
}

/** The fills a fix button or the popup can ask for. */
export type FillAction = 'fill-contact' | 'select-csp-plan' | 'select-own-plan';
