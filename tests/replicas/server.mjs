import { build } from 'esbuild';
import { createServer } from 'node:https';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import selfsigned from 'selfsigned';
import { REPLICA_HOST_PATTERNS, siteForHost } from './hosts.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const SITES = join(HERE, 'sites');
const SOURCES = join(HERE, 'src');
const DIST = join(HERE, 'dist');

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Bundles every replica app in src/ once per server start. Files named `_*.ts` are shared modules. */
export async function buildReplicaBundles() {
  await mkdir(DIST, { recursive: true });
  const entries = readdirSync(SOURCES).filter((file) => /^[a-z0-9-]+\.tsx?$/.test(file));
  await Promise.all(
    entries.map((file) =>
      build({
        entryPoints: [join(SOURCES, file)],
        bundle: true,
        format: 'iife',
        globalName: `Replica_${file.replace(/\.tsx?$/, '').replace(/-/g, '_')}`,
        platform: 'browser',
        jsx: 'automatic',
        target: 'chrome120',
        minify: true,
        define: { 'process.env.NODE_ENV': '"production"' },
        outfile: join(DIST, file.replace(/\.tsx?$/, '.js')),
        logLevel: 'warning',
      }),
    ),
  );
}

async function certificate() {
  const altNames = [
    ...REPLICA_HOST_PATTERNS.map((host) => ({ type: 2, value: host })),
    { type: 2, value: 'localhost' },
    { type: 7, ip: '127.0.0.1' },
  ];
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'Partner Context Guard replicas' }], {
    keySize: 2048,
    days: 2,
    extensions: [{ name: 'subjectAltName', altNames }],
  });
  return { key: pems.private, cert: pems.cert };
}

/** Server-side redirects of the real portals that the replicas reproduce. */
function redirectFor(host, url) {
  // Replica switch: pcgReplicaRedirectTo=<https URL on a replica host> answers with a server-side
  // redirect there. It stands in for a tenant-naming link that lands on a portal whose own URL
  // names no tenant (the Power Platform admin center); which real links do that is not known (C).
  const target = url.searchParams.get('pcgReplicaRedirectTo');
  if (target) {
    try {
      const parsed = new URL(target);
      if (parsed.protocol === 'https:' && siteForHost(parsed.hostname)) return parsed.href;
    } catch {
      // Not a URL: no redirect.
    }
  }
  // Partner Center's legacy entry: server-side redirect, so no content script ever runs on it
  // (portal-facts: B). The destination no longer names the customer.
  if (siteForHost(host) === 'm365-admin' && /^\/partner\/beginclientsession\.aspx$/i.test(url.pathname)) {
    const destination = (url.searchParams.get('CSDEST') ?? url.searchParams.get('csdest') ?? '').toLowerCase();
    const route = destination === 'support' ? '#/support' : '#/homepage';
    const replicaParams = [...url.searchParams].filter(([name]) => name.startsWith('pcgReplica'));
    const query = new URLSearchParams(replicaParams).toString();
    return `https://${host}/AdminPortal/Home${query ? `?${query}` : ''}${route}`;
  }
  return null;
}

function fileFor(site, pathname) {
  const root = join(SITES, site);
  const requested = normalize(join(root, decodeURIComponent(pathname)));
  if (!requested.startsWith(root)) return null;
  if (existsSync(requested) && statSync(requested).isFile()) return requested;
  // Single-page apps: every route that is not a static asset gets the site's index.html.
  // Tenant path segments such as /contoso.onmicrosoft.com look like file names, hence the allowlist.
  if (CONTENT_TYPES[extname(requested)]) return null;
  const index = join(root, 'index.html');
  return existsSync(index) ? index : null;
}

/**
 * Starts the HTTPS replica server on loopback. Every request is logged with its host,
 * so tests can see what the page asked for.
 */
export async function startReplicaServer({ port = 0, quiet = true } = {}) {
  await buildReplicaBundles();
  const requests = [];
  const server = createServer(await certificate(), async (request, response) => {
    const host = (request.headers.host ?? '').toLowerCase();
    const url = new URL(request.url ?? '/', `https://${host}`);
    requests.push({ host, path: url.pathname, at: Date.now() });
    try {
      const redirect = redirectFor(host, url);
      if (redirect) {
        response.writeHead(302, { location: redirect });
        response.end();
        return;
      }
      let file = null;
      if (url.pathname.startsWith('/__replica/')) {
        const candidate = resolve(DIST, url.pathname.slice('/__replica/'.length));
        file = candidate.startsWith(DIST) && existsSync(candidate) ? candidate : null;
      } else {
        const site = siteForHost(host);
        file = site ? fileFor(site, url.pathname) : null;
      }
      if (!file) {
        response.writeHead(404, { 'content-type': 'text/plain' });
        response.end(`No replica for ${host}${url.pathname}`);
        return;
      }
      response.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      response.end(await readFile(file));
    } catch (error) {
      if (!quiet) console.error(error);
      response.writeHead(500);
      response.end(String(error));
    }
  });
  await new Promise((resolvePromise) => server.listen(port, '127.0.0.1', resolvePromise));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : port,
    requests,
    close: () =>
      new Promise((resolvePromise) => {
        server.closeAllConnections?.();
        server.close(() => resolvePromise());
      }),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const server = await startReplicaServer({ port: Number(process.env.PORT ?? 8443), quiet: false });
  console.log(`Replica portals on https://127.0.0.1:${server.port}`);
}
