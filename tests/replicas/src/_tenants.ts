/**
 * The directories the replica portals know. The e2e tests configure the extension with
 * the partner (Fabrikam) and its customers from tests/e2e/scenario.ts, which mirrors this.
 */
export interface ReplicaTenant {
  id: string;
  domain: string;
  /** What the Azure top bar shows as the directory name. */
  displayName: string;
}

export const REPLICA_TENANTS: ReplicaTenant[] = [
  {
    id: 'fab00000-0000-4000-8000-000000000001',
    domain: 'fabrikamcsp.onmicrosoft.com',
    displayName: 'Fabrikam Cloud Services',
  },
  { id: 'c0000000-0000-4000-8000-00000000c0de', domain: 'contoso.onmicrosoft.com', displayName: 'Contoso' },
  { id: 'ada00000-0000-4000-8000-000000000004', domain: 'adatum.onmicrosoft.com', displayName: 'Adatum Corporation' },
  { id: 'a0000000-0000-4000-8000-0000000000aa', domain: 'northwind.onmicrosoft.com', displayName: 'Northwind Traders' },
  {
    id: 'bad00000-0000-4000-8000-0000000000ff',
    domain: 'hostile.onmicrosoft.com',
    // Hostile page content (reliability issue): HTML, a script-like string, bidi controls, emoji.
    displayName: '<img src=x onerror="window.__pwned=1">\u202eevil\u202c 🔥 <script>window.__pwned=2</script>',
  },
  {
    id: 'e0000000-0000-4000-8000-00000000100e',
    domain: 'longname.onmicrosoft.com',
    // A 10,000-character name with emoji and a right-to-left mark: the overlay's layout must hold.
    // It starts with its domain's first label, so the extension takes it as this tenant's name.
    displayName: 'Longname Wide World Importers 🌍\u200f '.repeat(350).slice(0, 10_000),
  },
];

export const HOME_TENANT = REPLICA_TENANTS[0]!;
export const SIGNED_IN_USER = 'alex.wilber@fabrikam.com';

export function tenantByIdOrDomain(value: string): ReplicaTenant | undefined {
  const key = value.toLowerCase();
  return REPLICA_TENANTS.find((tenant) => tenant.id === key || tenant.domain === key);
}

declare global {
  interface Window {
    /** What the replica's own framework state holds, for tests to assert against. */
    __replicaState?: Record<string, unknown>;
  }
}
