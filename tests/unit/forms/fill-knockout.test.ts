// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { fillFields } from '../../../lib/forms/fill';
import { buildContactPlan, buildPlanSelection } from '../../../lib/forms/plans';
import { mountKnockoutSupportForm } from '../../replicas/src/azure-support-knockout';
import { partnerContact } from './partner-contact';

const contact = partnerContact({
  country: 'Netherlands',
  timeZone: 'W. Europe Standard Time',
  supportLanguage: 'English',
});
const options = {
  overwrite: 'none' as const,
  userEdited: new Set<never>(),
  shouldContinue: () => true,
  optionTimeoutMs: 200,
};

let mounted: { dispose(): void } | null = null;
afterEach(() => {
  mounted?.dispose();
  document.body.innerHTML = '';
});

function mount(language: 'en' | 'nl', prefillEmail?: string) {
  const container = document.createElement('div');
  document.body.append(container);
  mounted = mountKnockoutSupportForm(container, { language, ...(prefillEmail ? { prefillEmail } : {}) });
  return () => window.__replicaState as Record<string, string>;
}

describe('filling the Knockout blade', () => {
  it.each([
    ['en', 'Cloud Solution Provider', 'Email'],
    ['nl', 'Cloudoplossingsprovider', 'E-mail'],
  ] as const)('updates the Knockout observables (%s)', async (language, cspOption, emailOption) => {
    const state = mount(language);
    await fillFields(document, 'azure', buildPlanSelection('Cloud Solution Provider', { csp: true }), options);
    const results = await fillFields(document, 'azure', buildContactPlan(contact, 'azure'), options);
    expect(state()).toMatchObject({
      supportPlan: cspOption,
      firstName: 'Alex',
      lastName: 'Wilber',
      email: 'alex@fabrikam.com',
      phone: '+31 20 555 0100',
      country: 'Netherlands',
      timeZone: 'W. Europe Standard Time',
      supportLanguage: 'English',
      contactMethod: emailOption,
    });
    expect(results.every((result) => result.outcome === 'filled')).toBe(true);
  });

  it('skips a disabled field and a prefilled one, and changes nothing else', async () => {
    const state = mount('en', 'it@contoso.com');
    const firstName = [...document.querySelectorAll<HTMLElement>('.azc-form-label')].find(
      (label) => label.textContent === 'First name',
    )!;
    firstName.parentElement!.querySelector('input')!.disabled = true;
    const results = await fillFields(document, 'azure', buildContactPlan(contact, 'azure'), options);
    expect(results.find((result) => result.field === 'firstName')?.outcome).toBe('skipped-disabled');
    expect(results.find((result) => result.field === 'email')?.outcome).toBe('skipped-user-value');
    expect(state()).toMatchObject({ firstName: '', email: 'it@contoso.com', lastName: 'Wilber' });
  });
});
