import type { Signal, TenantRef } from '../model/tenant';

function sameTenantRef(a: TenantRef, b: TenantRef): boolean {
  return a.id === b.id && a.domain === b.domain && a.name === b.name;
}

/** Keeps a signal's first-seen time while it says the same thing, so re-reads don't look fresher. */
export function keepFirstSeen(previous: readonly Signal[], next: readonly Signal[]): Signal[] {
  return next.map((signal) => {
    const same = previous.find((old) => old.source === signal.source && sameTenantRef(old.tenant, signal.tenant));
    return same ? { ...signal, observedAt: same.observedAt } : signal;
  });
}
