import { describeRule } from '../rule-table';

const expiring = (expiresOn: string) => ({ customer: { gdap: { status: 'active' as const, expiresOn, roles: [] } } });

describeRule('gdap-expiring', [
  {
    name: 'fires 13 days before expiry',
    given: expiring('2026-12-07'),
    expected: { severity: 'info', message: { key: 'rules_gdap_expiring', args: ['2026-12-07', '13'] } },
  },
  { name: 'fires exactly 14 days before expiry', given: expiring('2026-12-08'), expected: { severity: 'info' } },
  { name: 'fires on the day of expiry', given: expiring('2026-11-24'), expected: { severity: 'info' } },
  { name: 'quiet 15 days before expiry', given: expiring('2026-12-09'), expected: null },
  { name: 'quiet once expired (gdap-not-active says it)', given: expiring('2026-11-20'), expected: null },
  { name: 'quiet without an end date', given: { customer: { gdap: { status: 'active', roles: [] } } }, expected: null },
  { name: 'quiet in the own tenant', given: { context: 'own' }, expected: null },
  {
    name: 'quiet in the own tenant, even with a record that expires soon',
    given: { ...expiring('2026-12-07'), context: 'own' },
    expected: null,
  },
  {
    name: 'quiet in an unlisted tenant, even with a record that expires soon',
    given: { ...expiring('2026-12-07'), context: 'unlisted' },
    expected: null,
  },
  {
    name: 'quiet in an unknown tenant, even with a record that expires soon',
    given: { ...expiring('2026-12-07'), context: 'unknown' },
    expected: null,
  },
]);
