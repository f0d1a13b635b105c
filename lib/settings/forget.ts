/**
 * Deleting a customer removes it everywhere the extension keeps settings: the settings, the
 * last valid copy, the backup kept before the last import, and the damaged data kept for
 * recovery. Those copies may be in any shape (the recovery copy is data that failed to load),
 * so a customer is recognised only by a `tenantId` string in a `customers` list, in any case.
 */
export function withoutCustomers<T>(value: T, tenantIds: ReadonlySet<string>): T {
  if (tenantIds.size === 0 || !value || typeof value !== 'object' || Array.isArray(value)) return value;
  const record = value as Record<string, unknown>;
  if (!Array.isArray(record.customers)) return value;
  const kept = record.customers.filter((customer) => {
    const id = (customer as { tenantId?: unknown } | null)?.tenantId;
    return !(typeof id === 'string' && tenantIds.has(id.trim().toLowerCase()));
  });
  return kept.length === record.customers.length ? value : ({ ...record, customers: kept } as T);
}

/** The tenant IDs (lower case) of the customers in `before` that `after` no longer has. */
export function removedTenantIds(
  before: readonly { readonly tenantId: string }[],
  after: readonly { readonly tenantId: string }[],
): Set<string> {
  const kept = new Set(after.map((customer) => customer.tenantId.toLowerCase()));
  return new Set(before.map((customer) => customer.tenantId.toLowerCase()).filter((tenantId) => !kept.has(tenantId)));
}
