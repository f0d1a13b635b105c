import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../../lib/i18n/catalog';
import { linkLabelKey } from '../../../lib/overlay/fix-links';
import { RULES, evaluateRules } from '../../../lib/rules/registry';
import type { FillAction } from '../../../lib/model/form';
import type { FindingId, Severity } from '../../../lib/rules/types';
import { situation, type SituationOptions } from './facts-builder';

const emails = fc.oneof(
  fc.constant(''),
  fc.constantFrom(
    'alex@fabrikam.com',
    'a@support.fabrikam.com',
    'it@contoso.com',
    'x@gmail.com',
    'y@fabrikam.com.evil.net',
  ),
  fc.emailAddress(),
);

const options: fc.Arbitrary<SituationOptions> = fc.record({
  context: fc.constantFrom('own', 'customer', 'unlisted', 'unknown'),
  form: fc.constantFrom('azure', 'm365', null),
  fields: fc.record({
    supportPlan: fc.constantFrom(
      '',
      'Cloud Solution Provider',
      'Cloudoplossingsprovider',
      'Partner Cloud Support 5',
      'Basic',
    ),
    email: emails,
    additionalEmail: emails,
    firstName: fc.constantFrom('', 'Alex'),
  }),
  product: fc.option(fc.constantFrom('GitHub Enterprise', 'Virtual Machine', 'Firewall (Marketplace)'), {
    nil: undefined,
  }),
  marketplace: fc.boolean(),
  partner: fc.record({
    programRole: fc.constantFrom('direct-bill', 'indirect-provider', 'indirect-reseller', 'advisor'),
  }),
  customer: fc.option(
    fc.record({
      gdap: fc.record({
        status: fc.constantFrom('active', 'expired', 'none', 'unknown'),
        expiresOn: fc.option(fc.constantFrom('2026-11-01', '2026-11-24', '2026-12-01', '2026-12-20'), {
          nil: undefined,
        }),
        roles: fc.constant([] as string[]),
      }),
      directSubscriptions: fc.constantFrom('none', 'trial', 'paid', 'unknown'),
    }),
    { nil: null },
  ),
  customerIntent: fc.constantFrom(undefined, 'partner-center', 'customer-url', 'user'),
}) as fc.Arbitrary<SituationOptions>;

const CONTRADICTIONS: [FindingId, FindingId][] = [
  ['customer-plan-not-csp', 'own-tenant-csp-plan'],
  ['own-tenant-notice', 'own-tenant-customer-request'],
  ['gdap-expiring', 'gdap-not-active'],
  ['unlisted-tenant', 'gdap-not-active'],
  ['unlisted-tenant', 'gdap-expiring'],
  ['unlisted-tenant', 'customer-direct-trial'],
  ['unlisted-tenant', 'customer-direct-paid'],
  ['context-unknown', 'own-tenant-notice'],
  ['context-unknown', 'own-tenant-csp-plan'],
  ['context-unknown', 'customer-contact-details'],
  ['context-unknown', 'customer-plan-not-csp'],
  ['marketplace-product', 'workload-not-covered'],
  ['reseller-cannot-file-azure', 'customer-plan-not-csp'],
  ['contact-not-filled', 'customer-contact-details'],
];

const ORDER: Record<Severity, number> = { blocker: 0, warning: 1, info: 2 };

describe('the rules engine, over arbitrary situations', () => {
  it('never throws, never contradicts itself, keeps severities and order', () => {
    fc.assert(
      fc.property(options, (given) => {
        const facts = situation(given);
        // The registry skips a rule that throws; each rule on its own must not throw at all.
        for (const rule of RULES) expect(() => rule.evaluate(facts), rule.id).not.toThrow();
        const findings = evaluateRules(facts);
        const ids = new Set(findings.map((finding) => finding.id));
        for (const [a, b] of CONTRADICTIONS) expect(ids.has(a) && ids.has(b), `${a} with ${b}`).toBe(false);
        for (const finding of findings) {
          const declared = RULES.find((rule) => rule.id === finding.id)!.severity;
          if (finding.id === 'customer-plan-not-csp') expect(['warning', 'info']).toContain(finding.severity);
          else expect(finding.severity).toBe(declared);
        }
        const ranks = findings.map((finding) => ORDER[finding.severity]);
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        expect(ids.size).toBe(findings.length);
      }),
      { numRuns: 500 },
    );
  });

  it('offers only fixes that exist, as the rule declares them, and never a fill where the tenant is unknown', () => {
    const FILL_ACTIONS: readonly FillAction[] = ['fill-contact', 'select-csp-plan', 'select-own-plan'];
    fc.assert(
      fc.property(options, (given) => {
        const facts = situation(given);
        for (const finding of evaluateRules(facts)) {
          const rule = RULES.find((candidate) => candidate.id === finding.id)!;
          expect(finding.fix, finding.id).toEqual(rule.fix);
          expect(CATALOG, `${finding.id}: message ${finding.message.key}`).toHaveProperty(finding.message.key);
          if (finding.fix?.kind === 'fill') {
            expect(FILL_ACTIONS).toContain(finding.fix.action);
            expect(facts.form, `${finding.id} fills without a form`).not.toBeNull();
            expect(facts.context.kind, `${finding.id} fills in an unknown tenant`).not.toBe('unknown');
          }
          if (finding.fix?.kind === 'link') {
            expect(CATALOG, `${finding.id}: link label`).toHaveProperty(linkLabelKey(finding.fix.target));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('skips a rule that throws instead of failing the whole evaluation', () => {
    const broken = situation({ context: 'customer' });
    const facts = { ...broken, form: { kind: 'azure', fields: null } } as unknown as typeof broken;
    expect(() => evaluateRules(facts)).not.toThrow();
  });
});
