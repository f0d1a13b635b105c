import type { SettingsInput } from '../../lib/settings/schema';
import scenario from '../fixtures/scenario-settings.json';

/**
 * The partner and customer directory the e2e tests and the demo configure
 * (tests/fixtures/scenario-settings.json). It mirrors the directories the replica portals know
 * (tests/replicas/src/_tenants.ts): Fabrikam is the partner, Contoso (GDAP active) and Adatum
 * (GDAP expired, direct trial) are customers, Northwind is deliberately not in the directory.
 */
export const PARTNER_TENANT_ID = 'fab00000-0000-4000-8000-000000000001';
export const CONTOSO_TENANT_ID = 'c0000000-0000-4000-8000-00000000c0de';
export const ADATUM_TENANT_ID = 'ada00000-0000-4000-8000-000000000004';
export const NORTHWIND_TENANT_ID = 'a0000000-0000-4000-8000-0000000000aa';

export function scenarioSettings(overrides: Partial<SettingsInput> = {}): SettingsInput {
  const base = structuredClone(scenario) as SettingsInput;
  return { ...base, ...overrides };
}

export function withPartner(overrides: Partial<NonNullable<SettingsInput['partner']>>): SettingsInput {
  const base = scenarioSettings();
  return { ...base, partner: { ...base.partner, ...overrides } };
}
