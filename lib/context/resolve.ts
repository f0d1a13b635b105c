/**
 * Signals → TenantContext.
 *
 * Strength ranks how directly a signal names the tenant the portal is acting in:
 * - a GUID in the account menu, an explicit URL form (`#@`, the path form, `delegatedOrg`) and
 *   the user's own word are strong: they name one tenant unambiguously;
 * - Partner Center's entry link and `ctid`/`tid` name the tenant the session was opened for;
 * - a header display name is medium: names are not unique and can be renamed;
 * - the tab's remembered intent is medium-weak: the portal may since have switched directory;
 * - an MSAL realm in cache key names is weak: caches outlive directory switches.
 *
 * What the portal shows *now* beats what a URL said *before*: among the signals, those within
 * FRESHNESS_WINDOW of the newest are current, and the strongest current one wins. Every other
 * signal stays in the evidence, marked as supporting or conflicting.
 */
import type { Customer } from '../settings/schema';
import type { MatchIndex } from './match-index';
import { isPartnerDomain } from './match-index';
import { normalizeDomain, normalizeName, domainOfEmail } from './normalize';
import type { Confidence, ContextKind, Evidence, Signal, SignalSource, TenantContext, TenantRef } from './types';

const STRENGTH: Record<SignalSource, number> = {
  user: 95,
  'dom-account-title': 90,
  'url-hash': 90,
  'url-path': 85,
  'url-delegated-org': 85,
  'url-client-session': 80,
  'url-ctid': 70,
  'dom-tenant-name': 70,
  'dom-directory-name': 65,
  'url-tid': 60,
  'tab-intent': 50,
  'msal-realm': 40,
  'msal-home': 0,
  'dom-username': 0,
};

/** Signals newer than the freshest minus this count as "now". */
export const FRESHNESS_WINDOW_MS = 1500;

type Identity =
  | { readonly kind: 'own'; readonly matchedBy: 'id' | 'domain' | 'name' }
  | { readonly kind: 'customer'; readonly customer: Customer; readonly matchedBy: 'id' | 'domain' | 'name' }
  | { readonly kind: 'foreign' }
  | { readonly kind: 'ambiguous-name'; readonly candidates: number }
  | { readonly kind: 'unmatched-name' };

function identify(tenant: TenantRef, index: MatchIndex): Identity {
  const id = tenant.id?.toLowerCase();
  const domain = tenant.domain ? normalizeDomain(tenant.domain) : undefined;
  if (id && index.partnerTenantIds.has(id)) return { kind: 'own', matchedBy: 'id' };
  if (id) {
    const customer = index.customersById.get(id);
    if (customer) return { kind: 'customer', customer, matchedBy: 'id' };
  }
  if (domain && index.partnerDomainSet.has(domain)) return { kind: 'own', matchedBy: 'domain' };
  if (domain) {
    const customer = index.customersByDomain.get(domain);
    if (customer) return { kind: 'customer', customer, matchedBy: 'domain' };
  }
  if (id || domain) return { kind: 'foreign' };
  const name = normalizeName(tenant.name);
  if (name && index.partnerName && name === index.partnerName) return { kind: 'own', matchedBy: 'name' };
  const byName = name ? (index.customersByName.get(name) ?? []) : [];
  if (byName.length === 1) return { kind: 'customer', customer: byName[0]!, matchedBy: 'name' };
  if (byName.length > 1) return { kind: 'ambiguous-name', candidates: byName.length };
  return { kind: 'unmatched-name' };
}

function identityKey(identity: Identity, tenant: TenantRef): string {
  switch (identity.kind) {
    case 'own':
      return 'own';
    case 'customer':
      return `customer:${identity.customer.tenantId}`;
    case 'foreign':
      return `foreign:${tenant.id ?? normalizeDomain(tenant.domain)}`;
    default:
      return `name:${normalizeName(tenant.name)}`;
  }
}

export function describeTenant(tenant: TenantRef): string {
  return tenant.name ?? tenant.domain ?? tenant.id ?? '?';
}

const SOURCE_MESSAGE: Record<SignalSource, string> = {
  user: 'context_evidence_user',
  'dom-account-title': 'context_evidence_account_title',
  'url-hash': 'context_evidence_url_hash',
  'url-path': 'context_evidence_url_path',
  'url-delegated-org': 'context_evidence_url_delegated_org',
  'url-client-session': 'context_evidence_url_client_session',
  'url-ctid': 'context_evidence_url_ctid',
  'url-tid': 'context_evidence_url_tid',
  'dom-tenant-name': 'context_evidence_header_name',
  'dom-directory-name': 'context_evidence_directory_name',
  'tab-intent': 'context_evidence_tab_intent',
  'msal-realm': 'context_evidence_msal_realm',
  'msal-home': 'context_evidence_msal_home',
  'dom-username': 'context_evidence_username',
};

interface Candidate {
  readonly signal: Signal;
  readonly identity: Identity;
  readonly key: string;
  readonly strength: number;
}

function matchEvidence(candidate: Candidate): Evidence | null {
  const { identity, signal } = candidate;
  const base = {
    source: signal.source,
    tenant: signal.tenant,
    observedAt: signal.observedAt,
    verdict: 'supports' as const,
  };
  const name = describeTenant(signal.tenant);
  switch (identity.kind) {
    case 'own':
      return { ...base, message: { key: `context_evidence_own_by_${identity.matchedBy}`, args: [name] } };
    case 'customer':
      return {
        ...base,
        message: { key: `context_evidence_customer_by_${identity.matchedBy}`, args: [name, identity.customer.name] },
      };
    case 'foreign':
      return { ...base, message: { key: 'context_evidence_not_in_directory', args: [name] } };
    case 'ambiguous-name':
      return {
        ...base,
        verdict: 'ignored',
        message: { key: 'context_evidence_ambiguous_name', args: [name, String(identity.candidates)] },
      };
    case 'unmatched-name':
      return { ...base, verdict: 'ignored', message: { key: 'context_evidence_unmatched_name', args: [name] } };
  }
}

function confidenceOf(winner: Candidate, conflicts: number): Confidence {
  if (winner.strength >= 80 && conflicts === 0) return 'high';
  if (winner.strength >= 60) return 'medium';
  return 'low';
}

function kindOf(identity: Identity): ContextKind {
  if (identity.kind === 'own') return 'own';
  if (identity.kind === 'customer') return 'customer';
  if (identity.kind === 'foreign') return 'unlisted';
  return 'unknown';
}

export function resolveContext(signals: readonly Signal[], index: MatchIndex): TenantContext {
  if (index.setupNeeded) {
    return {
      kind: 'unknown',
      confidence: 'low',
      setupNeeded: true,
      evidence: [
        {
          source: 'user',
          tenant: {},
          verdict: 'ignored',
          observedAt: 0,
          message: { key: 'context_evidence_setup_needed' },
        },
      ],
    };
  }
  const candidates: Candidate[] = signals
    .filter((signal) => STRENGTH[signal.source] > 0 && (signal.tenant.id || signal.tenant.domain || signal.tenant.name))
    .map((signal) => {
      const identity = identify(signal.tenant, index);
      return { signal, identity, key: identityKey(identity, signal.tenant), strength: STRENGTH[signal.source] };
    });
  const decisive = candidates.filter(
    (candidate) => candidate.identity.kind !== 'ambiguous-name' && candidate.identity.kind !== 'unmatched-name',
  );
  const evidence: Evidence[] = [];
  if (decisive.length === 0) {
    for (const candidate of candidates) {
      evidence.push(sourceEvidence(candidate.signal, 'ignored'), matchEvidence(candidate)!);
    }
    if (evidence.length === 0)
      evidence.push({
        source: 'user',
        tenant: {},
        verdict: 'ignored',
        observedAt: 0,
        message: { key: 'context_evidence_none' },
      });
    return {
      kind: 'unknown',
      confidence: 'low',
      evidence: [...evidence, ...delegationEvidence(signals, index, 'unknown').evidence],
    };
  }
  const freshest = Math.max(...decisive.map((candidate) => candidate.signal.observedAt));
  const current = decisive.filter((candidate) => candidate.signal.observedAt >= freshest - FRESHNESS_WINDOW_MS);
  const winner = [...current].sort((a, b) => b.strength - a.strength || b.signal.observedAt - a.signal.observedAt)[0]!;
  const conflicting = decisive.filter((candidate) => candidate.key !== winner.key);

  evidence.push({ ...sourceEvidence(winner.signal, 'decisive') }, matchEvidence(winner)!);
  for (const candidate of candidates) {
    if (candidate === winner) continue;
    if (candidate.key === winner.key) {
      evidence.push(sourceEvidence(candidate.signal, 'supports'));
    } else if (conflicting.includes(candidate)) {
      evidence.push({
        ...sourceEvidence(candidate.signal, 'conflicts'),
        message: {
          key: 'context_evidence_conflict',
          args: [describeTenant(candidate.signal.tenant), describeTenant(winner.signal.tenant)],
        },
      });
    } else {
      evidence.push(sourceEvidence(candidate.signal, 'ignored'), matchEvidence(candidate)!);
    }
  }
  const kind = kindOf(winner.identity);
  const customer = winner.identity.kind === 'customer' ? winner.identity.customer : undefined;
  const delegation = delegationEvidence(signals, index, kind);
  // What agreeing signals add: the URL's domain, the header's name, the account menu's ID.
  // A header name that matches nothing, seen together with an unlisted tenant, is that tenant's name.
  const unnamedForeign = winner.identity.kind === 'foreign' && !winner.signal.tenant.name;
  const supporting = candidates.filter(
    (candidate) =>
      candidate !== winner &&
      (candidate.key === winner.key ||
        (unnamedForeign &&
          candidate.identity.kind === 'unmatched-name' &&
          candidate.signal.observedAt >= freshest - FRESHNESS_WINDOW_MS)),
  );
  const tenant: TenantRef = Object.assign(
    {},
    ...supporting.map((candidate) => candidate.signal.tenant),
    winner.signal.tenant,
    customer && !winner.signal.tenant.id ? { id: customer.tenantId } : {},
  );
  const confidence = confidenceOf(winner, conflicting.length);
  return {
    kind,
    tenant,
    ...(customer ? { customer } : {}),
    confidence,
    ...(delegation.delegated ? { delegated: true } : {}),
    evidence: [...evidence, ...delegation.evidence],
  };
}

function sourceEvidence(signal: Signal, verdict: Evidence['verdict']): Evidence {
  return {
    source: signal.source,
    tenant: signal.tenant,
    observedAt: signal.observedAt,
    verdict,
    message: { key: SOURCE_MESSAGE[signal.source], args: [describeTenant(signal.tenant)] },
  };
}

/** A partner user working in a foreign tenant is delegated (GDAP or guest) access, not the own tenant. */
function delegationEvidence(
  signals: readonly Signal[],
  index: MatchIndex,
  kind: ContextKind,
): { delegated: boolean; evidence: Evidence[] } {
  const user = signals.find((signal) => signal.source === 'dom-username' && signal.userPrincipalName);
  const upn = user?.userPrincipalName ?? '';
  const partnerUser = upn !== '' && isPartnerDomain(index, domainOfEmail(upn));
  if (!user || !partnerUser) return { delegated: false, evidence: [] };
  const foreign = kind === 'customer' || kind === 'unlisted';
  return {
    delegated: foreign,
    evidence: [
      {
        source: 'dom-username',
        tenant: {},
        observedAt: user.observedAt,
        verdict: foreign ? 'supports' : 'ignored',
        message: { key: foreign ? 'context_evidence_delegated' : 'context_evidence_partner_user', args: [upn] },
      },
    ],
  };
}
