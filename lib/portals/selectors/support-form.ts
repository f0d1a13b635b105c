/**
 * The support form's controls, in both renderings: Fluent UI v8 in the React view and Knockout in
 * the classic blade. Each alternative says where it was seen, with its evidence level from
 * shared/portal-facts.md. Plain HTML and ARIA (input, select, role="…") is the platform, not a
 * portal fact; it is listed here only where it is part of a portal's control.
 */
export const SUPPORT_FORM_SELECTORS = {
  /** Every control a field can be, in either rendering. */
  control: [
    'input:not([type="hidden"]):not([type="radio"]):not([type="checkbox"]):not([type="button"]):not([type="submit"])',
    'textarea',
    'select',
    '.ms-Dropdown', // Fluent v8 Dropdown (C: Fluent's own markup; the portal's use of it is unconfirmed)
    '[role="combobox"]', // Fluent and Knockout dropdowns (ARIA)
    '[role="radiogroup"]', // Fluent ChoiceGroup, Knockout li[role=radio] lists (ARIA)
  ].join(','),
  /** The Fluent dropdown's host element (C). */
  fluentDropdownClass: 'ms-Dropdown',
  /** A dropdown's shown value: Fluent's title (C), Knockout's value element (C: one public source). */
  shownValue: '.ms-Dropdown-title, .azc-dropdown-value',
  /** Knockout labels are not tied to their control; the control sits in the same row (C). */
  knockoutLabel: '.azc-form-label',
  /** The Knockout control's host, which also holds its option tree (C). */
  knockoutControlHost: '.fxc-weave-pccontrol',
  /** A dropdown's options: Fluent items (C), Fluent buttons in a callout, any ARIA listbox option. */
  option: '.ms-Dropdown-item[role="option"], button[role="option"], [role="listbox"] [role="option"]',
  /** The text of a Fluent option, without its check mark (C). */
  optionText: '.ms-Dropdown-optionText',
  /** A Knockout dropdown's options are tree items (C). */
  treeItem: '[role="treeitem"]',
  /** A dropdown's focusable part (ARIA). */
  combobox: '[role="combobox"]',
  /** A Knockout radio list's items and the checked one (ARIA, C for the Knockout markup). */
  ariaRadio: '[role="radio"]',
  checkedAriaRadio: '[role="radio"][aria-checked="true"]',
} as const;

/**
 * Which DOM changes can change what the content script reports: form controls, their labels and
 * the portal header. Portal classes as above; `.fxs-*` from azure-shell.ts (topbar and avatar menu
 * B, account button and directory name C).
 */
export const RELEVANT_SELECTOR = [
  'input',
  'select',
  'textarea',
  'label',
  'form',
  'iframe',
  '[role="combobox"]',
  '[role="listbox"]',
  '[role="option"]',
  '[role="radio"]',
  '[role="radiogroup"]',
  '[role="treeitem"]',
  '[role="dialog"]',
  '.ms-Dropdown',
  '.ms-Dropdown-title',
  '.azc-form-label',
  '.fxc-weave-pccontrol',
  '.fxs-topbar',
  '.fxs-avatarmenu-tenant',
  '.fxs-avatarmenu-username',
  '.fxs-menu-account',
  '.fxs-settings-currentdirectoryname',
].join(',');

/** Text or attribute changes count only inside these: a label, a control's shown value, the header. */
export const WATCHED_CONTAINERS = [
  'label',
  'option',
  'select',
  'input',
  'textarea',
  '[role="combobox"]',
  '[role="option"]',
  '[role="radio"]',
  '[role="treeitem"]',
  '.ms-Dropdown',
  '.azc-form-label',
  '.fxc-weave-pccontrol',
  '.fxs-topbar',
  '.fxs-settings-currentdirectoryname',
].join(',');

/**
 * What makes a frame other than the top one worth reporting: a form control, a dropdown root or a
 * portal header (real or imitated). The portal loads dozens of cross-origin extension frames
 * (*.hosting.portal.azure.net, *.ext.azure.com: hosts B) that never show any of these (their
 * content: C); they run only the small bootstrap (components/overlay/bootstrap.ts). Hidden inputs
 * (tokens) are not content. Portal classes as in RELEVANT_SELECTOR.
 */
export const FRAME_CONTENT_SELECTOR = [
  'input:not([type="hidden"])',
  'select',
  'textarea',
  '[role="combobox"]',
  '[role="listbox"]',
  '[role="radiogroup"]',
  '.ms-Dropdown',
  '.azc-form-label',
  '.fxc-weave-pccontrol',
  '.fxs-topbar',
  '.fxs-avatarmenu-tenant',
  '.fxs-avatarmenu-username',
  '.fxs-menu-account',
  '.fxs-settings-currentdirectoryname',
].join(',');

/**
 * The few elements a new support form or header always brings, announced as they render by an
 * animation (components/overlay/appearances.ts), so a form is found in the next frame even while
 * the page churns: text controls, frames, dropdown roots (Fluent `.ms-Dropdown`, Knockout
 * `.azc-form-label`: C) and the header (`.fxs-topbar`, `.fxs-avatarmenu-tenant`: B; directory
 * name: C). A subset of RELEVANT_SELECTOR.
 */
export const APPEARING_SELECTOR = [
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'iframe',
  '[role="combobox"]',
  '[role="listbox"]',
  '.ms-Dropdown',
  '.azc-form-label',
  '.fxs-topbar',
  '.fxs-avatarmenu-tenant',
  '.fxs-settings-currentdirectoryname',
].join(',');
