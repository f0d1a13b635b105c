/**
 * Where the Azure portal shows the signed-in directory. Each alternative says where it was seen,
 * with its evidence level from shared/portal-facts.md.
 */
export const AZURE_HEADER_SELECTORS = {
  /** The top bar that holds the account control. B: two public extensions use it today. */
  topbar: '.fxs-topbar',
  /** Directory display name, e.g. "CONTOSO" or "Contoso (contoso.onmicrosoft.com)". B: same two extensions. */
  tenantName: ['.fxs-avatarmenu-tenant'],
  /** The signed-in user, often the UPN. B: same two extensions. */
  username: ['.fxs-avatarmenu-username'],
  /**
   * Elements whose multi-line `title` has a line ending in "(<tenant GUID>)", tried in order.
   * - `.fxs-avatarmenu-header`: B−, a public extension reads the directory from its title;
   * - `#fxs-avatarmenu-button`: B, public tools read the account's title or aria-label there;
   * - `button.fxs-menu-account` (class list `fxs-dropmenu-button fxs-popup-button fxs-menu-account`): B.
   */
  accountButton: ['.fxs-avatarmenu-header', '#fxs-avatarmenu-button', 'button.fxs-menu-account'],
  /** Current directory in the settings blade. C: one public source. */
  directoryName: ['.fxs-settings-currentdirectoryname'],
} as const;

/**
 * The header elements whose appearance or changes can change the context: the top bar, the
 * tenant name and the username (B), the account button by its class alone (B, as `accountButton`)
 * and the settings blade's directory name (C). Watched by the content script and counted as frame
 * content (support-form.ts), so it is listed once.
 */
export const AZURE_HEADER_ELEMENTS = [
  AZURE_HEADER_SELECTORS.topbar,
  ...AZURE_HEADER_SELECTORS.tenantName,
  ...AZURE_HEADER_SELECTORS.username,
  '.fxs-menu-account',
  ...AZURE_HEADER_SELECTORS.directoryName,
] as const;

/** Shell theme classes. C: seen in one public source. */
export const AZURE_THEME_SELECTORS = { dark: '.fxs-mode-dark', light: '.fxs-mode-light' } as const;

/**
 * Elements whose own class names carry the portal theme, watched without their subtree. C: the
 * `.fxs-portal` root is seen in one public source.
 */
export const THEME_ROOT_SELECTOR = '.fxs-portal';

/** The shell's theme class lives on these (portal-facts: .fxs-mode-dark/.fxs-mode-light, C). */
export const THEME_HOLDERS = '.fxs-portal, .fxs-mode-dark, .fxs-mode-light, body, html';

/** Where attribute and text changes are watched besides the support form: the portal header (B, C as above). */
export const DETAIL_ROOT_SELECTOR = [AZURE_HEADER_SELECTORS.topbar, ...AZURE_HEADER_SELECTORS.directoryName].join(',');
