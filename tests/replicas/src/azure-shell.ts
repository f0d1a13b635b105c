import { startChurn } from './_churn';
import { HOME_TENANT, REPLICA_TENANTS, SIGNED_IN_USER, tenantByIdOrDomain, type ReplicaTenant } from './_tenants';

/** Replica switches may sit in the query or, as the portal's own view parameters do, after `?` in the hash. */
const params = new URLSearchParams(
  [location.search.slice(1), location.hash.split('?')[1] ?? ''].filter(Boolean).join('&'),
);
const language = params.get('l')?.startsWith('nl') ? 'nl' : 'en';
const SUPPORT_BLADE = /Microsoft_Azure_Support\/(NewSupportRequestV[34]Blade|HelpAndSupportBlade\/newsupportrequest)/i;
const HELP_OVERVIEW = /HelpAndSupportBlade\/~\/overview/i;

const PORTAL_TITLES: Record<string, string> = {
  'entra.microsoft.com': 'Microsoft Entra admin center',
  'intune.microsoft.com': 'Microsoft Intune admin center',
  'portal.azure.us': 'Microsoft Azure Government',
};

/**
 * Served under an unmatched alias (portal.azure.test, for the benchmark), the shell's
 * cross-origin frames use the aliases of their hosts too, so the page is the same page but no
 * part of it runs the extension.
 */
const UNDER_ALIAS = location.hostname.endsWith('.test');
function frameHost(host: string): string {
  // azure.net and azure.com stay different sites under their aliases (see tests/replicas/hosts.mjs).
  return UNDER_ALIAS ? host.replace(/\.azure\.net$/, '.azurenet.test').replace(/\.azure\.com$/, '.azure.test') : host;
}

function tenantNamedByUrl(): ReplicaTenant | undefined {
  const hashTenant = /^#@([^/]+)/.exec(location.hash)?.[1];
  const pathTenant = location.pathname.split('/').filter(Boolean)[0];
  const named = hashTenant ?? pathTenant;
  return named ? tenantByIdOrDomain(decodeURIComponent(named)) : undefined;
}

let currentTenant: ReplicaTenant = tenantNamedByUrl() ?? HOME_TENANT;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function injectStyles(): void {
  const style = document.createElement('style');
  style.textContent = `
    body { margin: 0; font: 14px "Segoe UI", system-ui, sans-serif; }
    .fxs-portal { min-height: 100vh; background: #f3f2f1; color: #323130; }
    .fxs-portal.fxs-mode-dark { background: #1b1a19; color: #f3f2f1; }
    .fxs-topbar { display: flex; align-items: center; gap: 12px; height: 40px; padding: 0 12px; background: #0078d4; color: #fff; }
    .fxs-topbar .brand { font-weight: 600; flex: 1; }
    .fxs-menu-account { display: flex; flex-direction: column; align-items: flex-end; background: none; border: 0; color: inherit; font: inherit; max-width: 320px; overflow: hidden; }
    .fxs-avatarmenu-username { font-size: 12px; }
    .fxs-avatarmenu-tenant { font-size: 10px; text-transform: uppercase; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; max-width: 300px; }
    .directory-menu { position: absolute; right: 12px; top: 44px; background: #fff; color: #323130; border: 1px solid #c8c6c4; padding: 8px; z-index: 5; }
    .directory-menu button { display: block; width: 100%; text-align: left; margin: 2px 0; }
    main { padding: 16px 24px; }
    .fxs-blade { background: #fff; color: #323130; padding: 16px; border: 1px solid #e1dfdd; }
    .fxs-mode-dark .fxs-blade { background: #252423; color: #f3f2f1; }
    iframe.fxs-part-frame { width: 100%; height: 1500px; border: 0; }
    .replica-extension-frames { display: flex; flex-wrap: wrap; gap: 4px; padding: 8px 24px; }
    .replica-extension-frames iframe { width: 120px; height: 48px; border: 1px solid #e1dfdd; }
  `;
  document.head.append(style);
  if (params.get('pcgReplicaOwnAnimation') === '1') injectOwnAnimations();
}

/**
 * With pcgReplicaOwnAnimation=1, the page animates form controls itself, as portals do (a
 * validation pulse, a focus glow): e-mail fields by an unlayered rule, other inputs by a rule in a
 * cascade layer of the page's own. The extension announces new controls by an animation of its own; the
 * e2e test checks that these still run exactly as the page wrote them.
 */
function injectOwnAnimations(): void {
  const style = document.createElement('style');
  style.textContent = `
    @keyframes replica-pulse { from { outline: 2px solid #0078d4; } to { outline: 2px solid transparent; } }
    @keyframes replica-glow { from { box-shadow: 0 0 4px #0078d4; } to { box-shadow: none; } }
    input[type='email'] { animation: replica-pulse 400ms ease-in 2; }
    @layer replica-base { input { animation: replica-glow 300ms linear 1; } }
  `;
  document.head.append(style);
  const seen: string[] = [];
  (window as unknown as { __replicaAnimations: string[] }).__replicaAnimations = seen;
  for (const type of ['animationstart', 'animationend']) {
    document.addEventListener(type, (event) => seen.push(`${type}:${(event as AnimationEvent).animationName}`));
  }
}

/** Stands in for the portal's app registration (client ID) in the cache key names. */
const PORTAL_CLIENT_ID = 'c44b4083-3bb0-49c1-b47d-974e53cbdf3c';

/**
 * With pcgReplicaMsalRealm=<domain or id>, the shell leaves MSAL.js cache keys in sessionStorage:
 * the signed-in partner user's home tenant and tokens issued for that realm, in the schemas of
 * msal-browser's source (portal-facts, revisions of 2026-12-01: A). pcgReplicaMsalSchema picks
 * them: `2` (5.7+, `msal.2|`, the default, with the older copies still beside it as msal keeps
 * them for days), `1` (4.19+, `msal.1-`), `0` (the unprefixed 3.x – 4.18 shape) or `2only`. The
 * values are dummies: the extension must never read them.
 */
function seedMsalCache(): void {
  const realm = tenantByIdOrDomain(params.get('pcgReplicaMsalRealm') ?? '');
  if (!realm) return;
  const homeAccountId = `0b1ec700-0000-4000-8000-0000000a1e40.${HOME_TENANT.id}`;
  const environment = 'login.microsoftonline.com';
  const scope = 'https://management.core.windows.net//user_impersonation';
  const unprefixed = [
    `${homeAccountId}-${environment}-${realm.id}`,
    `${homeAccountId}-${environment}-idtoken-${PORTAL_CLIENT_ID}-${realm.id}---`,
    `${homeAccountId}-${environment}-accesstoken-${PORTAL_CLIENT_ID}-${realm.id}-${scope}--`,
    `msal.token.keys.${PORTAL_CLIENT_ID}`,
  ];
  const schema1 = [
    `msal.1-${homeAccountId}-${environment}-${realm.id}`,
    `msal.1-${homeAccountId}-${environment}-idtoken-${PORTAL_CLIENT_ID}-${realm.id}----`,
    `msal.1-${homeAccountId}-${environment}-accesstoken-${PORTAL_CLIENT_ID}-${realm.id}-${scope}--bearer`,
    'msal.1.account.keys',
    `msal.1.token.keys.${PORTAL_CLIENT_ID}`,
  ];
  const schema2 = [
    `msal.2|${homeAccountId}|${environment}|${realm.id}`,
    `msal.2|${homeAccountId}|${environment}|idtoken|${PORTAL_CLIENT_ID}|${realm.id}||||`,
    `msal.2|${homeAccountId}|${environment}|accesstoken|${PORTAL_CLIENT_ID}|${realm.id}|${scope}|||bearer`,
    'msal.2.account.keys',
    `msal.2.token.keys.${PORTAL_CLIENT_ID}`,
  ];
  const chosen = params.get('pcgReplicaMsalSchema') ?? '2';
  const keys =
    chosen === '0'
      ? unprefixed
      : chosen === '1'
        ? [...schema1, ...unprefixed]
        : chosen === '2only'
          ? schema2
          : [...schema2, ...schema1, ...unprefixed];
  for (const key of keys) sessionStorage.setItem(key, 'replica-dummy-value-never-read');
}

/**
 * The directory in the account control's title (portal-facts, revisions of 2026-12-01: B−). By
 * default the newer shape: the title of `.fxs-avatarmenu-header`, its second-to-last line
 * "<localised label>: <name> (<GUID>)" (a full-width colon with pcgReplicaTitleColon=full).
 * pcgReplicaAccountTitle=legacy gives the older shape instead, on the account button, its last
 * line "<domain> (<GUID>)"; =0 gives no title at all.
 */
function accountTitles(): { header: Record<string, string>; button: Record<string, string> } {
  const shape = params.get('pcgReplicaAccountTitle');
  if (shape === '0') return { header: {}, button: {} };
  if (shape === 'legacy') {
    return {
      header: {},
      button: { title: `${SIGNED_IN_USER}\n${HOME_TENANT.displayName}\n${currentTenant.domain} (${currentTenant.id})` },
    };
  }
  const label = language === 'nl' ? 'Map' : 'Directory';
  const colon = params.get('pcgReplicaTitleColon') === 'full' ? '：' : ':';
  const lines = [
    'Alex Wilber',
    SIGNED_IN_USER,
    `${label}${colon} ${currentTenant.displayName} (${currentTenant.id})`,
    language === 'nl' ? 'Van map wisselen' : 'Switch directory',
  ];
  return { header: { title: lines.join('\n') }, button: {} };
}

function renderHeader(root: HTMLElement): void {
  const existing = root.querySelector('.fxs-topbar');
  const header = element('header', { class: 'fxs-topbar', role: 'banner' });
  const titles = accountTitles();
  const account = element(
    'button',
    {
      class: 'fxs-dropmenu-button fxs-popup-button fxs-menu-account',
      id: 'fxs-avatarmenu-button',
      type: 'button',
      ...titles.button,
    },
    element('div', { class: 'fxs-avatarmenu-header', ...titles.header }),
    element('div', { class: 'fxs-avatarmenu-username' }, SIGNED_IN_USER),
    // pcgReplicaHeaderTenant=0: no directory name under the avatar (as while the header loads).
    ...(params.get('pcgReplicaHeaderTenant') === '0'
      ? []
      : [element('div', { class: 'fxs-avatarmenu-tenant' }, currentTenant.displayName.toUpperCase())]),
  );
  const switchButton = element('button', { type: 'button', id: 'switch-directory' }, 'Switch directory');
  switchButton.addEventListener('click', () => toggleDirectoryMenu(root));
  header.append(
    element('span', { class: 'brand' }, PORTAL_TITLES[location.hostname] ?? 'Microsoft Azure'),
    switchButton,
    account,
  );
  if (existing) existing.replaceWith(header);
  else root.prepend(header);
}

function toggleDirectoryMenu(root: HTMLElement): void {
  const open = root.querySelector('.directory-menu');
  if (open) {
    open.remove();
    return;
  }
  const menu = element('div', { class: 'directory-menu', role: 'menu', 'aria-label': 'Directories' });
  for (const tenant of REPLICA_TENANTS) {
    const option = element(
      'button',
      { type: 'button', role: 'menuitem', 'data-tenant': tenant.domain },
      tenant.displayName,
    );
    option.addEventListener('click', () => {
      currentTenant = tenant;
      menu.remove();
      // The portal rewrites the #@ part when the URL named the old directory. Whether it always
      // does is not known (portal-facts: the hash form is optional, C): with pcgReplicaSwitchKeepsUrl
      // the address keeps naming the old directory, and the extension must weigh it against the header.
      if (/^#@/.test(location.hash) && params.get('pcgReplicaSwitchKeepsUrl') !== '1') {
        history.replaceState(null, '', location.hash.replace(/^#@[^/]+/, `#@${tenant.domain}`));
      }
      renderHeader(root);
    });
    menu.append(option);
  }
  root.append(menu);
}

function forwardedQuery(): string {
  const forwarded = new URLSearchParams();
  forwarded.set('l', language);
  for (const [name, value] of params) if (name.startsWith('pcgReplica')) forwarded.set(name, value);
  return forwarded.toString();
}

function supportBlade(): HTMLElement {
  const blade = element(
    'section',
    { class: 'fxs-blade', 'aria-label': 'New support request' },
    element('h2', {}, 'New support request'),
  );
  if (params.get('pcgReplicaVariant') === 'knockout') {
    const container = element('div', { class: 'fxs-blade-content', id: 'knockout-support-form' });
    blade.append(container);
    const script = element('script', { src: '/__replica/azure-support-knockout.js' });
    script.addEventListener('load', () => {
      const api = (
        window as unknown as Record<string, { mountKnockoutSupportForm?: (el: HTMLElement, o: object) => void }>
      ).Replica_azure_support_knockout;
      api?.mountKnockoutSupportForm?.(container, {
        language,
        prefillEmail: params.get('pcgReplicaEmail') ?? undefined,
      });
    });
    document.body.append(script);
  } else {
    const frame = element('iframe', {
      class: 'fxs-part-frame',
      name: 'NewSupportRequestV3Blade.ReactView',
      title: 'New support request',
      src: `https://${frameHost('sandbox-1.reactblade.portal.azure.net')}/?${forwardedQuery()}`,
    });
    blade.append(frame);
  }
  return blade;
}

function homeBlade(): HTMLElement {
  const links = element(
    'ul',
    {},
    element(
      'li',
      {},
      element('a', { href: '#view/Microsoft_Azure_Support/HelpAndSupportBlade/~/overview' }, 'Help + support'),
    ),
    element(
      'li',
      {},
      element('a', { href: '#view/Microsoft_Azure_Support/NewSupportRequestV3Blade' }, 'New support request'),
    ),
  );
  return element('section', { class: 'fxs-blade', 'aria-label': 'Home' }, element('h2', {}, 'Azure services'), links);
}

function helpOverviewBlade(): HTMLElement {
  return element(
    'section',
    { class: 'fxs-blade', 'aria-label': 'Help + support' },
    element('h2', {}, 'Help + support'),
    element('a', { href: '#view/Microsoft_Azure_Support/NewSupportRequestV3Blade' }, 'Create a support request'),
  );
}

function renderRoute(main: HTMLElement): void {
  const route = location.hash;
  const blade = SUPPORT_BLADE.test(route)
    ? supportBlade()
    : HELP_OVERVIEW.test(route)
      ? helpOverviewBlade()
      : homeBlade();
  main.replaceChildren(blade);
  // The portal sets the document title per blade, "<blade> - Microsoft Azure" (C: inferred from
  // how the tab reads); the extension's tab-title prefix has to survive it.
  document.title = `${blade.getAttribute('aria-label') ?? 'Home'} - ${PORTAL_TITLES[location.hostname] ?? 'Microsoft Azure'}`;
}

interface QuietFramesStats {
  frames: number;
  loaded: number;
  /** Each frame's load event, in ms since the shell's navigation started. */
  loadedAt: number[];
}

declare global {
  interface Window {
    __replicaQuietFrames?: QuietFramesStats;
  }
}

/**
 * With pcgReplicaQuietFrames=<n>, the shell embeds n cross-origin portal extension frames, as the
 * real portal does (dozens on a dashboard, portal-facts: hosts B), alternating between
 * *.hosting.portal.azure.net and *.ext.azure.com. Each is a small page that never shows a form or
 * a header. The benchmark times their load events.
 */
function embedQuietFrames(root: HTMLElement, count: number): void {
  const stats: QuietFramesStats = { frames: count, loaded: 0, loadedAt: [] };
  window.__replicaQuietFrames = stats;
  const strip = element('section', { class: 'replica-extension-frames', 'aria-label': 'Extensions' });
  for (let index = 0; index < count; index += 1) {
    const host = index % 2 === 0 ? `ext${index}.hosting.portal.azure.net` : `ext${index}.ext.azure.com`;
    const frame = element('iframe', { title: `Extension ${index}`, src: `https://${frameHost(host)}/?n=${index}` });
    frame.addEventListener('load', () => {
      stats.loaded += 1;
      stats.loadedAt.push(performance.now());
    });
    strip.append(frame);
  }
  root.append(strip);
}

function start(): void {
  seedMsalCache();
  injectStyles();
  const root = element('div', {
    class: `fxs-portal ${params.get('pcgReplicaTheme') === 'dark' ? 'fxs-mode-dark' : 'fxs-mode-light'}`,
  });
  const main = element('main', { role: 'main' });
  root.append(main);
  document.getElementById('shell')?.append(root);
  const headerDelay = Number(params.get('pcgReplicaHeaderDelay') ?? 0);
  if (headerDelay > 0) setTimeout(() => renderHeader(root), headerDelay);
  else renderHeader(root);
  renderRoute(main);
  const quietFrames = Number(params.get('pcgReplicaQuietFrames') ?? 0);
  if (quietFrames > 0) embedQuietFrames(root, quietFrames);
  const churn = Number(params.get('pcgReplicaChurn') ?? 0);
  if (churn > 0) {
    const begin = () =>
      startChurn(root, {
        nodesPerSecond: churn,
        seconds: Number(params.get('pcgReplicaChurnSeconds') ?? 10),
        throwEvery: Number(params.get('pcgReplicaThrow') ?? 0),
      });
    // The benchmark starts the churn itself once the page has settled, so its measuring window
    // holds only the churn.
    if (params.get('pcgReplicaChurnStart') === 'manual') window.__replicaStartChurn = begin;
    else begin();
  }
  let lastRoute = location.hash.replace(/^#@[^/]+/, '');
  window.addEventListener('hashchange', () => {
    const route = location.hash.replace(/^#@[^/]+/, '');
    const named = tenantNamedByUrl();
    if (named && named !== currentTenant) {
      currentTenant = named;
      renderHeader(root);
    }
    if (route !== lastRoute) {
      lastRoute = route;
      renderRoute(main);
    }
  });
}

start();
