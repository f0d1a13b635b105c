import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLocked, policyProvidesPartner, resolveSettings, withLockedValues } from '../../../lib/settings/resolve';
import { defaultSettings, settingsSchema } from '../../../lib/settings/schema';
import { scenarioSettings } from '../../e2e/scenario';

const valid = settingsSchema.parse(scenarioSettings());

describe('resolveSettings: local settings', () => {
  it('uses defaults when nothing is stored', () => {
    const result = resolveSettings({ local: undefined });
    expect(result.settings).toEqual(defaultSettings());
    expect(result.localSource).toBe('defaults');
    expect(result.problems).toEqual([]);
  });

  it('uses valid stored settings', () => {
    const result = resolveSettings({ local: scenarioSettings() });
    expect(result.settings).toEqual(valid);
    expect(result.localSource).toBe('stored');
  });

  it.each([
    ['a string', 'corrupted'],
    ['an array', [1, 2, 3]],
    ['a wrong type', { partner: { tenantIds: 'fab00000-0000-4000-8000-000000000001' } }],
    ['an unknown key', { ...scenarioSettings(), surprise: true }],
    ['a bad GUID', { partner: { tenantIds: ['not-a-guid'] } }],
  ])('keeps the last valid settings in force when the stored ones are %s', (_name, local) => {
    const result = resolveSettings({ local, lastGood: scenarioSettings() });
    expect(result.settings).toEqual(valid);
    expect(result.localSource).toBe('last-good');
    expect(result.problems[0]).toMatchObject({ origin: 'local', message: { key: 'settings_error_stored_invalid' } });
    expect(result.problems[0]!.raw).toBeTruthy();
  });

  it('falls back to defaults when neither stored nor last valid settings parse', () => {
    const result = resolveSettings({ local: 42, lastGood: 'also broken' });
    expect(result.settings).toEqual(defaultSettings());
    expect(result.localSource).toBe('defaults');
  });
});

describe('resolveSettings: managed policy', () => {
  it('merges policy leaves over local values and reports them as locked', () => {
    const result = resolveSettings({
      local: scenarioSettings(),
      managed: { partner: { name: 'Policy Partner', programRole: 'indirect-provider' }, prefill: { mode: 'off' } },
    });
    expect(result.settings.partner.name).toBe('Policy Partner');
    expect(result.settings.partner.programRole).toBe('indirect-provider');
    expect(result.settings.partner.domains).toEqual(valid.partner.domains);
    expect(result.settings.prefill.mode).toBe('off');
    expect([...result.locks].sort()).toEqual(['partner.name', 'partner.programRole', 'prefill.mode']);
    expect(isLocked(result, 'partner.name')).toBe(true);
    expect(isLocked(result, 'partner.domains')).toBe(false);
    expect(result.problems).toEqual([]);
  });

  it('replaces arrays whole and locks them', () => {
    const result = resolveSettings({
      local: scenarioSettings(),
      managed: { partner: { domains: ['Policy.example'] } },
    });
    expect(result.settings.partner.domains).toEqual(['policy.example']);
    expect(isLocked(result, 'partner.domains')).toBe(true);
  });

  it('reports an invalid policy value and still applies the rest', () => {
    const result = resolveSettings({
      local: scenarioSettings(),
      managed: { partner: { name: 'Policy Partner', tenantIds: ['not-a-guid'] }, contact: { email: 'nope' } },
    });
    expect(result.settings.partner.name).toBe('Policy Partner');
    expect(result.settings.partner.tenantIds).toEqual(valid.partner.tenantIds);
    expect(result.settings.contact.email).toBe(valid.contact.email);
    expect(result.locks).toEqual(['partner.name']);
    const paths = result.problems.map((problem) => problem.path);
    expect(paths).toContain('partner.tenantIds.0');
    expect(paths).toContain('contact.email');
    expect(result.problems.every((problem) => problem.origin === 'managed')).toBe(true);
  });

  it('applies valid customer entries and reports each invalid one', () => {
    const result = resolveSettings({
      local: scenarioSettings(),
      managed: {
        customers: [
          { name: 'Good', tenantId: 'aaaaaaaa-0000-4000-8000-000000000001' },
          { name: '', tenantId: 'bad' },
          { name: 'Twin', tenantId: 'aaaaaaaa-0000-4000-8000-000000000001' },
        ],
      },
    });
    expect(result.settings.customers.map((customer) => customer.name)).toEqual(['Good']);
    expect(result.locks).toContain('customers');
    expect(result.problems.map((problem) => problem.path)).toEqual(
      expect.arrayContaining(['customers.1.name', 'customers.1.tenantId', 'customers.2.tenantId']),
    );
  });

  it('reports unknown keys and a policy that is not an object', () => {
    expect(resolveSettings({ local: undefined, managed: { colour: 'blue' } }).problems[0]).toMatchObject({
      path: 'colour',
      message: { key: 'settings_error_policy_unknown_key' },
    });
    expect(resolveSettings({ local: undefined, managed: 'oops' }).problems[0]).toMatchObject({
      message: { key: 'settings_error_policy_not_object' },
    });
    expect(resolveSettings({ local: undefined, managed: { partner: 'oops' } }).problems[0]).toMatchObject({
      path: 'partner',
      message: { key: 'settings_error_policy_value' },
    });
  });

  it('never throws, whatever is stored or pushed by policy', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (local, lastGood, managed) => {
        const result = resolveSettings({ local, lastGood, managed });
        expect(settingsSchema.safeParse(result.settings).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('resolveSettings: unexpected failures', () => {
  const throwingOnRead = () =>
    new Proxy(
      {},
      {
        get() {
          throw new Error('dead object');
        },
        ownKeys() {
          throw new Error('dead object');
        },
      },
    );

  it('keeps the last valid settings in force when reading the stored ones throws', () => {
    const result = resolveSettings({ local: throwingOnRead(), lastGood: scenarioSettings() });
    expect(result.settings).toEqual(valid);
    expect(result.localSource).toBe('last-good');
    expect(result.problems[0]!.message.key).toBe('settings_error_stored_invalid');
  });

  it('keeps the stored settings in force when reading the policy throws', () => {
    const result = resolveSettings({ local: scenarioSettings(), managed: throwingOnRead() });
    expect(result.settings).toEqual(valid);
    expect(result.localSource).toBe('stored');
    expect(result.locks).toEqual([]);
  });
});

describe('policyProvidesPartner: whether a fleet install needs the first-run setup', () => {
  const partnerTenant = 'fab00000-0000-4000-8000-000000000001';

  it.each([
    ['tenant IDs', { partner: { tenantIds: [partnerTenant] } }],
    ['domains', { partner: { domains: ['fabrikam.com'] } }],
  ])('is true when the policy sets the partner %s', (_name, managed) => {
    expect(policyProvidesPartner(resolveSettings({ local: undefined, managed }))).toBe(true);
  });

  it.each([
    ['no policy', undefined],
    ['a policy without the partner tenant', { partner: { name: 'Fabrikam' }, prefill: { mode: 'off' } }],
    ['an empty list', { partner: { tenantIds: [] } }],
    ['an invalid tenant ID', { partner: { tenantIds: ['not-a-guid'] } }],
  ])('is false with %s, even when the local settings name the partner', (_name, managed) => {
    expect(policyProvidesPartner(resolveSettings({ local: scenarioSettings(), managed }))).toBe(false);
  });
});

describe('withLockedValues: what the options form shows', () => {
  it('shows the policy value on locked paths and the draft everywhere else', () => {
    const resolved = resolveSettings({
      local: scenarioSettings(),
      managed: { partner: { name: 'Fabrikam (policy)' }, customers: [] },
    });
    const draft = structuredClone(valid);
    draft.contact.phone = '+31 6 1234 5678';
    const shown = withLockedValues(draft, resolved.settings, resolved.locks);
    expect(shown.partner.name).toBe('Fabrikam (policy)');
    expect(shown.customers).toEqual([]);
    expect(shown.contact.phone).toBe('+31 6 1234 5678');
    expect(draft.partner.name).toBe(valid.partner.name);
  });

  it('copies only the objects on a locked path', () => {
    const resolved = resolveSettings({
      local: scenarioSettings(),
      managed: { partner: { name: 'Fabrikam (policy)' } },
    });
    const shown = withLockedValues(valid, resolved.settings, resolved.locks);
    expect(shown.partner.name).toBe('Fabrikam (policy)');
    expect(shown.partner.tenantIds).toBe(valid.partner.tenantIds);
    expect(shown.customers).toBe(valid.customers);
    expect(shown.contact).toBe(valid.contact);
  });

  it('returns the draft itself when nothing is locked', () => {
    expect(withLockedValues(valid, defaultSettings(), [])).toBe(valid);
  });
});
