/**
 * Signals → TenantContext.
 *
 * Strength ranks how directly a signal names the tenant the portal is acting in:
 * - an explicit URL form (`#@`, the path form, `delegatedOrg`) and the user's own word are
 *   strong: they name one tenant unambiguously;
 * - Partner Center's entry link names the tenant the session was opened for;
 * - the account menu's GUID (evidence C), `ctid` and a header display name are medium: the first
 *   is one public source's reading of a title, names are not unique and can be renamed;
 * - a directory name from the settings blade and `tid` are a little weaker;
 * - the tab's remembered intent and an MSAL realm in cache key names are weak: the portal may
 *   since have switched directory, and caches outlive directory switches;
 * - the Microsoft 365 admin center opened directly (`admin-direct`) is the partner's own
 *   organisation at medium strength, but only as a fallback: any other signal naming another
 *   tenant, or a header name that does not fit the partner, overrules it (see FALLBACK_SOURCES).
 * The README's signal table states these values; a test keeps the two in step.
 *
 * What the portal shows *now* beats what a URL said *before*: among the signals, those within
 * FRESHNESS_WINDOW of the newest are current, and the strongest current one wins. Every other
 * signal stays in the evidence, marked as supporting or conflicting. A conflict among current
 * signals leaves the winner at low confidence; two equally strong current signals naming
 * different tenants leave the context unknown, and so does a header name, newer than the
 * winner, that fits neither it nor any single tenant in the settings.
 */
import type { MessageKey } from '../i18n/catalog';
import type { Customer } from '../settings/schema';
import type { MatchIndex } from './match-index';
import { isPartnerDomain } from './match-index';
import { normalizeDomain, normalizeName, domainOfEmail } from './normalize';
import type { Confidence, ContextKind, Evidence, TenantContext } from './types';
import type { Signal, SignalSource, TenantRef } from '../model/tenant';

export const STRENGTH: Readonly<Record<SignalSource, number>> = {
  user: 95,
  'url-hash': 90,
  'url-path': 85,
  'url-delegated-org': 85,
  'url-client-session': 80,
  'url-client-session-domain': 75,
  'dom-account-title': 70,
  'url-ctid': 70,
  'dom-tenant-name': 70,
  'dom-directory-name': 65,
  'dom-m365-org-name': 65,
  'url-tid': 60,
  'admin-direct': 60,
  'tab-intent': 50,
  'msal-realm': 40,
  'msal-home': 0,
  'dom-username': 0,
};

/** Strength from which a signal is called strong, and from which it is at least medium. */
export const STRONG = 80;
export const MEDIUM = 60;

/** Signals newer than the freshest minus this count as "now". */
export const FRESHNESS_WINDOW_MS = 1500;

type Identity =
  | { readonly kind: 'own'; readonly matchedBy: 'id' | 'domain' | 'name' | 'portal' }
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

export function describeTenant(tenant: TenantRef): string {
  return tenant.name ?? tenant.domain ?? tenant.id ?? '?';
}

const SOURCE_MESSAGE: Record<SignalSource, MessageKey> = {
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
  'dom-m365-org-name': 'context_evidence_m365_org_name',
  'url-client-session-domain': 'context_evidence_url_client_session_domain',
  'admin-direct': 'context_evidence_admin_direct',
  'tab-intent': 'context_evidence_tab_intent',
  'msal-realm': 'context_evidence_msal_realm',
  'msal-home': 'context_evidence_msal_home',
  'dom-username': 'context_evidence_username',
};

interface Candidate {
  readonly signal: Signal;
  readonly identity: Identity;
  readonly strength: number;
}

function isDecisive(candidate: Candidate): boolean {
  const { kind } = candidate.identity;
  return kind === 'own' || kind === 'customer' || kind === 'foreign';
}

/**
 * Whether two decisive candidates name the same tenant: both the partner's own, the same customer
 * record, or two foreign ones that share an ID or a domain. The URL's domain and the account
 * menu's GUID of one unlisted tenant are one tenant, not a conflict.
 */
function sameTenant(a: Candidate, b: Candidate): boolean {
  if (a.identity.kind === 'own' || b.identity.kind === 'own') return a.identity.kind === b.identity.kind;
  if (a.identity.kind === 'customer' && b.identity.kind === 'customer') {
    return a.identity.customer.tenantId.toLowerCase() === b.identity.customer.tenantId.toLowerCase();
  }
  if (a.identity.kind !== 'foreign' || b.identity.kind !== 'foreign') return false;
  const [x, y] = [a.signal.tenant, b.signal.tenant];
  const sharedId = !!x.id && !!y.id && x.id.toLowerCase() === y.id.toLowerCase();
  const sharedDomain = !!x.domain && !!y.domain && normalizeDomain(x.domain) === normalizeDomain(y.domain);
  if (sharedId || sharedDomain) return true;
  // The account title names an unlisted directory by ID and display name ("Northwind Traders
  // (<GUID>)"), the URL by domain (#@northwind.onmicrosoft.com): one tenant when the name fits
  // the domain, as a header name does. Only two unlisted tenants merge so; nothing becomes known.
  const fits = (named: TenantRef, other: TenantRef) =>
    !!named.id &&
    !other.id &&
    !!other.domain &&
    looselyMatches(named.name, { names: [], domains: [normalizeDomain(other.domain)] });
  return fits(x, y) || fits(y, x);
}

/** The winner and every decisive candidate naming the same tenant, directly or through another one. */
function tenantGroup(winner: Candidate, decisive: readonly Candidate[]): Set<Candidate> {
  const group = new Set([winner]);
  for (let grew = true; grew;) {
    grew = false;
    for (const candidate of decisive) {
      if (!group.has(candidate) && [...group].some((member) => sameTenant(member, candidate))) {
        group.add(candidate);
        grew = true;
      }
    }
  }
  return group;
}

/** Names and domains known for the winning tenant: its directory record plus what its signals said. */
interface KnownTenant {
  readonly names: readonly string[];
  readonly domains: readonly string[];
}

function knownTenant(group: ReadonlySet<Candidate>, index: MatchIndex): KnownTenant {
  const names: string[] = [];
  const domains: string[] = [];
  for (const { identity, signal } of group) {
    if (identity.kind === 'own') {
      names.push(index.partnerName);
      domains.push(...index.partnerDomains);
    } else if (identity.kind === 'customer') {
      names.push(normalizeName(identity.customer.name));
      domains.push(...identity.customer.domains.map(normalizeDomain));
    }
    if (signal.tenant.name) names.push(normalizeName(signal.tenant.name));
    if (signal.tenant.domain) domains.push(normalizeDomain(signal.tenant.domain));
  }
  return { names: names.filter(Boolean), domains: domains.filter(Boolean) };
}

const compact = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '');

/**
 * Whether a display name that identifies no tenant by itself fits the winning tenant loosely:
 * the same normalised name, one name the start of the other ("Contoso" and "Contoso Ltd"), or the
 * name's first word or the whole name equal to the first label of a known domain ("CONTOSO" and
 * contoso.onmicrosoft.com). Loose on purpose: a directory record rarely spells the name the
 * portal shows.
 */
function looselyMatches(rawName: string | undefined, known: KnownTenant): boolean {
  const name = normalizeName(rawName);
  if (!name) return false;
  const firstWord = name.split(' ')[0]!;
  const byName = known.names.some(
    (other) =>
      other === name ||
      other.startsWith(`${name} `) ||
      name.startsWith(`${other} `) ||
      (compact(other).length > 0 && compact(other) === compact(name)),
  );
  const byDomain = known.domains.some((domain) => {
    const label = domain.split('.')[0]!;
    return label === compact(name) || label === firstWord;
  });
  return byName || byDomain;
}

/** Whether a name-only candidate agrees with the winning tenant. */
function nameAgrees(candidate: Candidate, winner: Candidate, known: KnownTenant): boolean {
  if (looselyMatches(candidate.signal.tenant.name, known)) return true;
  // An unlisted tenant known only by its ID has no name to compare; a name that matches nothing
  // in the settings fits it, and is the best name there is for it.
  return (
    winner.identity.kind === 'foreign' &&
    known.names.length === 0 &&
    known.domains.length === 0 &&
    candidate.identity.kind === 'unmatched-name'
  );
}

function matchEvidence(candidate: Candidate, verdict: Evidence['verdict'] = 'supports'): Evidence {
  const { identity, signal } = candidate;
  const base = { source: signal.source, tenant: signal.tenant, observedAt: signal.observedAt, verdict };
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

function conflictEvidence(candidate: Candidate, winner: Candidate): Evidence {
  return {
    ...sourceEvidence(candidate.signal, 'conflicts'),
    message: {
      key: 'context_evidence_conflict',
      args: [describeTenant(candidate.signal.tenant), describeTenant(winner.signal.tenant)],
    },
  };
}

function confidenceOf(group: ReadonlySet<Candidate>, currentConflicts: number, olderConflicts: number): Confidence {
  if (currentConflicts > 0) return 'low';
  const strength = Math.max(...[...group].map((candidate) => candidate.strength));
  if (strength >= STRONG && olderConflicts === 0) return 'high';
  if (strength >= MEDIUM) return 'medium';
  return 'low';
}

function kindOf(identity: Identity): ContextKind {
  if (identity.kind === 'own') return 'own';
  if (identity.kind === 'customer') return 'customer';
  if (identity.kind === 'foreign') return 'unlisted';
  return 'unknown';
}

const NO_SIGNAL: Evidence = {
  source: 'user',
  tenant: {},
  verdict: 'ignored',
  observedAt: 0,
  message: { key: 'context_evidence_none' },
};

/**
 * The signals disagree and nothing settles it: `unknown`, with the disagreeing signals listed as
 * conflicts and the headline saying why.
 */
function undecided(
  headline: Evidence,
  parties: readonly Candidate[],
  candidates: readonly Candidate[],
  signals: readonly Signal[],
  index: MatchIndex,
): TenantContext {
  const evidence: Evidence[] = [headline];
  for (const candidate of candidates) {
    if (parties.includes(candidate)) {
      evidence.push(sourceEvidence(candidate.signal, 'conflicts'), matchEvidence(candidate, 'conflicts'));
    } else {
      evidence.push(sourceEvidence(candidate.signal, 'ignored'));
    }
  }
  return {
    kind: 'unknown',
    confidence: 'low',
    evidence: [...evidence, ...delegationEvidence(signals, index, 'unknown').evidence],
  };
}

/**
 * Signals that name the partner's own organisation only because nothing else names a tenant: the
 * Microsoft 365 admin center opened directly (A: Partner Center's article). A `delegatedOrg`, a
 * client-session intent or a header naming a customer (anything decisive that is not the
 * partner's own), and a header name that does not fit the partner, overrule them; they are then
 * listed as overruled, never as a conflict.
 */
const FALLBACK_SOURCES: ReadonlySet<SignalSource> = new Set<SignalSource>(['admin-direct']);

const namesSomething = (signal: Signal) => !!(signal.tenant.id || signal.tenant.domain || signal.tenant.name);

function toCandidate(signal: Signal, index: MatchIndex): Candidate {
  const identity: Identity = FALLBACK_SOURCES.has(signal.source)
    ? { kind: 'own', matchedBy: 'portal' }
    : identify(signal.tenant, index);
  return { signal, identity, strength: STRENGTH[signal.source] };
}

/** Whether anything but a fallback points away from the partner's own organisation. */
function overrulesFallback(others: readonly Candidate[], index: MatchIndex): boolean {
  const ownTenant: KnownTenant = { names: [index.partnerName].filter(Boolean), domains: index.partnerDomains };
  return others.some((candidate) => {
    if (candidate.identity.kind === 'own') return false;
    if (isDecisive(candidate)) return true;
    return !looselyMatches(candidate.signal.tenant.name, ownTenant);
  });
}

export function resolveContext(signals: readonly Signal[], index: MatchIndex): TenantContext {
  const fallbacks = signals.filter((signal) => FALLBACK_SOURCES.has(signal.source));
  if (fallbacks.length === 0 || index.setupNeeded) return resolveSignals(signals, index);
  const others = signals.filter((signal) => !FALLBACK_SOURCES.has(signal.source));
  const otherCandidates = others
    .filter((signal) => STRENGTH[signal.source] > 0 && namesSomething(signal))
    .map((signal) => toCandidate(signal, index));
  if (!overrulesFallback(otherCandidates, index)) return resolveSignals(signals, index);
  const context = resolveSignals(others, index);
  const overruled = fallbacks.map((signal): Evidence => ({
    source: signal.source,
    tenant: signal.tenant,
    observedAt: signal.observedAt,
    verdict: 'ignored',
    message: { key: 'context_evidence_admin_direct_overruled' },
  }));
  const evidence = context.evidence.filter((item) => item.message.key !== 'context_evidence_none');
  return { ...context, evidence: [...evidence, ...overruled] };
}

function resolveSignals(signals: readonly Signal[], index: MatchIndex): TenantContext {
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
    .filter((signal) => STRENGTH[signal.source] > 0 && (namesSomething(signal) || FALLBACK_SOURCES.has(signal.source)))
    .map((signal) => toCandidate(signal, index));
  const decisive = candidates.filter(isDecisive);
  if (decisive.length === 0) {
    const evidence = candidates.flatMap((candidate) => [
      sourceEvidence(candidate.signal, 'ignored'),
      matchEvidence(candidate),
    ]);
    return {
      kind: 'unknown',
      confidence: 'low',
      evidence: [
        ...(evidence.length > 0 ? evidence : [NO_SIGNAL]),
        ...delegationEvidence(signals, index, 'unknown').evidence,
      ],
    };
  }
  const newestOf = (list: Iterable<Candidate>) =>
    Math.max(...[...list].map((candidate) => candidate.signal.observedAt));
  const freshest = newestOf(candidates);
  const isCurrent = (candidate: Candidate) => candidate.signal.observedAt >= freshest - FRESHNESS_WINDOW_MS;
  const freshestDecisive = newestOf(decisive);
  const contenders = decisive.filter(
    (candidate) => candidate.signal.observedAt >= freshestDecisive - FRESHNESS_WINDOW_MS,
  );
  const topStrength = Math.max(...contenders.map((candidate) => candidate.strength));
  const strongest = contenders
    .filter((candidate) => candidate.strength === topStrength)
    .sort((a, b) => b.signal.observedAt - a.signal.observedAt);
  const winner = strongest[0]!;
  const group = tenantGroup(winner, decisive);

  // Equally strong signals of the same moment naming different tenants: array order must not decide.
  const tied = strongest.filter((candidate) => !group.has(candidate));
  if (tied.length > 0) {
    const parties = [...group, ...tied].filter((candidate) => strongest.includes(candidate));
    return undecided(
      {
        ...sourceEvidence(winner.signal, 'conflicts'),
        message: {
          key: 'context_evidence_tie',
          args: [describeTenant(winner.signal.tenant), describeTenant(tied[0]!.signal.tenant)],
        },
      },
      parties,
      candidates,
      signals,
      index,
    );
  }

  const known = knownTenant(group, index);
  const names = candidates.filter((candidate) => !isDecisive(candidate));
  const agreeingNames = names.filter((candidate) => nameAgrees(candidate, winner, known));
  const conflictingNames = names.filter((candidate) => !agreeingNames.includes(candidate) && isCurrent(candidate));
  const conflicting = decisive.filter((candidate) => !group.has(candidate));

  // The page now shows a name that fits neither the winner nor anything in the settings, and it
  // is newer than every signal naming the winner: the portal moved on (an in-page directory
  // switch) to a tenant no signal identifies.
  const groupSeenAt = newestOf(group);
  const newer = conflictingNames.filter((candidate) => candidate.signal.observedAt > groupSeenAt + FRESHNESS_WINDOW_MS);
  if (newer.length > 0) {
    return undecided(
      {
        ...sourceEvidence(newer[0]!.signal, 'conflicts'),
        message: {
          key: 'context_evidence_superseded',
          args: [describeTenant(newer[0]!.signal.tenant), describeTenant(winner.signal.tenant)],
        },
      },
      [...group, ...newer],
      candidates,
      signals,
      index,
    );
  }

  const evidence: Evidence[] = [sourceEvidence(winner.signal, 'decisive'), matchEvidence(winner)];
  for (const candidate of candidates) {
    if (candidate === winner) continue;
    if (group.has(candidate) || agreeingNames.includes(candidate)) {
      evidence.push(sourceEvidence(candidate.signal, 'supports'));
    } else if (conflicting.includes(candidate) || conflictingNames.includes(candidate)) {
      evidence.push(conflictEvidence(candidate, winner));
    } else {
      evidence.push(sourceEvidence(candidate.signal, 'ignored'), matchEvidence(candidate));
    }
  }
  const kind = kindOf(winner.identity);
  const customer = winner.identity.kind === 'customer' ? winner.identity.customer : undefined;
  const delegation = delegationEvidence(signals, index, kind);
  // What agreeing signals add: the URL's domain, the header's name, the account menu's ID; the
  // winner's own reading last, so it counts over theirs.
  const supporting = [...group, ...agreeingNames]
    .filter((candidate) => candidate !== winner)
    .sort((a, b) => a.signal.observedAt - b.signal.observedAt);
  const tenant: TenantRef = Object.assign(
    {},
    ...supporting.map((candidate) => candidate.signal.tenant),
    winner.signal.tenant,
    customer && !winner.signal.tenant.id ? { id: customer.tenantId } : {},
  );
  // Opened directly, the admin center names no tenant: it is the partner's own, by its first ID.
  const byPortal = winner.identity.kind === 'own' && winner.identity.matchedBy === 'portal';
  const ownId = byPortal && !tenant.id && !tenant.domain ? [...index.partnerTenantIds][0] : undefined;
  if (ownId) Object.assign(tenant, { id: ownId });
  const currentConflicts = conflicting.filter(isCurrent).length + conflictingNames.length;
  const confidence = confidenceOf(group, currentConflicts, conflicting.length);
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
