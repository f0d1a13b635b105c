// Context resolution at directory scale: 5,000 customers with 20,000 domains. Bundled by
// tests/bench/run.mjs with esbuild and run in Node, so it measures the same code the background runs.
import { buildMatchIndex } from '../../lib/context/match-index';
import { resolveContext } from '../../lib/context/resolve';
import type { Signal } from '../../lib/model/tenant';
import { settingsSchema } from '../../lib/settings/schema';

function tenantId(n: number): string {
  return `${n.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

export function runScaleBenchmark(options: { customers: number; domainsPerCustomer: number; resolutions: number }) {
  const customers = Array.from({ length: options.customers }, (_, n) => ({
    name: `Customer ${n} B.V.`,
    tenantId: tenantId(n + 1),
    domains: Array.from({ length: options.domainsPerCustomer }, (_, d) =>
      d === 0 ? `customer${n}.onmicrosoft.com` : `c${n}-brand${d}.example`,
    ),
  }));
  const settings = settingsSchema.parse({
    partner: { name: 'Fabrikam', tenantIds: [tenantId(0xfab)], domains: ['fabrikam.com'] },
    customers,
  });
  const indexStarted = performance.now();
  const index = buildMatchIndex(settings);
  const indexMs = performance.now() - indexStarted;

  // A realistic mix: by domain, by tenant ID, by display name, unlisted, and a header/URL conflict.
  const signalSets: Signal[][] = [];
  for (let n = 0; n < 1_000; n += 1) {
    const customer = customers[(n * 7919) % customers.length]!;
    const now = 1_700_000_000_000 + n;
    switch (n % 5) {
      case 0:
        signalSets.push([{ source: 'url-hash', tenant: { domain: customer.domains.at(-1)! }, observedAt: now }]);
        break;
      case 1:
        signalSets.push([{ source: 'url-tid', tenant: { id: customer.tenantId }, observedAt: now }]);
        break;
      case 2:
        signalSets.push([
          { source: 'dom-tenant-name', tenant: { name: customer.name.toUpperCase() }, observedAt: now },
        ]);
        break;
      case 3:
        signalSets.push([{ source: 'url-hash', tenant: { domain: `unlisted${n}.onmicrosoft.com` }, observedAt: now }]);
        break;
      default:
        signalSets.push([
          { source: 'url-hash', tenant: { domain: customer.domains[0]! }, observedAt: now - 5_000 },
          { source: 'dom-tenant-name', tenant: { name: 'Fabrikam' }, observedAt: now },
          {
            source: 'dom-username',
            tenant: { domain: 'fabrikam.com' },
            userPrincipalName: 'alex@fabrikam.com',
            observedAt: now,
          },
        ]);
    }
  }
  const kinds: Record<string, number> = {};
  for (let n = 0; n < 2_000; n += 1) resolveContext(signalSets[n % signalSets.length]!, index); // warm-up
  const samples: number[] = [];
  const batch = 100;
  for (let done = 0; done < options.resolutions; done += batch) {
    const started = performance.now();
    for (let n = 0; n < batch; n += 1) {
      const context = resolveContext(signalSets[(done + n) % signalSets.length]!, index);
      kinds[context.kind] = (kinds[context.kind] ?? 0) + 1;
    }
    samples.push((performance.now() - started) / batch);
  }
  samples.sort((a, b) => a - b);
  return {
    customers: customers.length,
    domains: customers.length * options.domainsPerCustomer,
    indexBuildMs: indexMs,
    resolutions: options.resolutions,
    perResolutionMs: {
      p50: samples[Math.floor(samples.length * 0.5)]!,
      p95: samples[Math.min(samples.length - 1, Math.floor(samples.length * 0.95))]!,
    },
    kinds,
  };
}
