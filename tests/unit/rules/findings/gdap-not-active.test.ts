import { describeRule } from '../rule-table';

describeRule('gdap-not-active', [
  {
    name: 'blocks an expired relationship',
    given: { customer: { gdap: { status: 'expired', roles: [] } } },
    expected: { severity: 'blocker', fix: { kind: 'link', target: 'partner-center-admin-relationships' } },
  },
  {
    name: 'blocks a missing relationship',
    given: { customer: { gdap: { status: 'none', roles: [] } } },
    expected: { severity: 'blocker' },
  },
  {
    name: 'blocks an "active" record whose end date has passed',
    given: { customer: { gdap: { status: 'active', expiresOn: '2026-11-23', roles: [] } } },
    expected: { severity: 'blocker' },
  },
  {
    name: 'quiet on the day it expires',
    given: { customer: { gdap: { status: 'active', expiresOn: '2026-11-24', roles: [] } } },
    expected: null,
  },
  { name: 'quiet for an active relationship', given: {}, expected: null },
  {
    name: 'quiet when the status is not recorded',
    given: { customer: { gdap: { status: 'unknown', roles: [] } } },
    expected: null,
  },
  { name: 'quiet in an unlisted tenant', given: { context: 'unlisted' }, expected: null },
  {
    name: 'quiet in the own tenant, even with an expired record',
    given: { context: 'own', customer: { gdap: { status: 'expired', roles: [] } } },
    expected: null,
  },
  {
    name: 'quiet in an unlisted tenant, even with an expired record',
    given: { context: 'unlisted', customer: { gdap: { status: 'expired', roles: [] } } },
    expected: null,
  },
  {
    name: 'quiet in an unknown tenant, even with an expired record',
    given: { context: 'unknown', customer: { gdap: { status: 'expired', roles: [] } } },
    expected: null,
  },
]);
