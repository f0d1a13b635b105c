/**
 * The Defender, Purview and Power Platform admin center replicas (see sites/security-portals).
 * Their real DOM is unknown (C): a plain single-page app with a top bar, a few routes, and a
 * document title per route, which is what the extension's tab title has to live with.
 */

const PORTALS: Record<string, { name: string; routes: readonly [string, string][] }> = {
  'security.microsoft.com': {
    name: 'Microsoft Defender',
    routes: [
      ['homepage', 'Home'],
      ['incidents', 'Incidents'],
      ['securescore', 'Secure score'],
    ],
  },
  'purview.microsoft.com': {
    name: 'Microsoft Purview',
    routes: [
      ['home', 'Home'],
      ['datalossprevention', 'Data loss prevention'],
      ['audit', 'Audit'],
    ],
  },
  'admin.powerplatform.microsoft.com': {
    name: 'Power Platform admin center',
    routes: [
      ['home', 'Home'],
      ['environments', 'Environments'],
    ],
  },
};
PORTALS['security.microsoft.us'] = PORTALS['security.microsoft.com']!;
PORTALS['compliance.microsoft.com'] = PORTALS['purview.microsoft.com']!;
PORTALS['compliance.microsoft.us'] = PORTALS['purview.microsoft.com']!;

const params = new URLSearchParams(location.search);
const portal = PORTALS[location.hostname] ?? PORTALS['security.microsoft.com']!;
const dark = params.get('pcgReplicaTheme') === 'dark';

function render(root: HTMLElement): void {
  const segment = location.pathname.split('/').filter(Boolean)[0] ?? portal.routes[0]![0];
  const route = portal.routes.find(([path]) => path === segment) ?? portal.routes[0]!;
  const nav = document.createElement('nav');
  nav.setAttribute('aria-label', 'Navigation');
  for (const [path, label] of portal.routes) {
    const link = document.createElement('a');
    link.href = `/${path}${location.search}`;
    link.textContent = label;
    link.dataset.route = path;
    link.style.marginRight = '12px';
    link.style.color = 'inherit';
    link.addEventListener('click', (event) => {
      event.preventDefault();
      history.pushState(null, '', link.href);
      render(root);
    });
    nav.append(link);
  }
  const header = document.createElement('header');
  header.className = 'replica-topbar';
  header.style.cssText = `height:48px;display:flex;align-items:center;gap:16px;padding:0 16px;background:${dark ? '#0f0f0f' : '#0f6cbd'};color:#fff`;
  header.append(Object.assign(document.createElement('strong'), { textContent: portal.name }), nav);
  const main = document.createElement('main');
  main.style.padding = '16px';
  main.append(Object.assign(document.createElement('h1'), { textContent: route[1] }));
  root.replaceChildren(header, main);
  // The portal owns the title and sets it on every route, as single-page portals do.
  document.title = `${route[1]} - ${portal.name}`;
}

function start(): void {
  document.body.style.background = dark ? '#1b1a19' : '#ffffff';
  document.body.style.color = dark ? '#f3f2f1' : '#242424';
  document.body.style.fontFamily = 'Segoe UI, sans-serif';
  const root = document.getElementById('portal')!;
  render(root);
  window.addEventListener('popstate', () => render(root));
}

start();
