import { describeRule } from '../rule-table';

const provider = {
  name: 'Tailspin',
  supportUrl: 'https://support.tailspin.example',
  email: 'csp@tailspin.example',
  phone: '+1 555',
};

describeRule('reseller-cannot-file-azure', [
  {
    name: 'blocks an indirect reseller and names the provider and its contact',
    given: { partner: { programRole: 'indirect-reseller', indirectProvider: provider } },
    expected: {
      severity: 'blocker',
      message: {
        key: 'rules_reseller_cannot_file_azure',
        args: ['Tailspin', 'https://support.tailspin.example · csp@tailspin.example · +1 555'],
      },
    },
  },
  {
    name: 'blocks an advisor without a provider and asks to set one in Options',
    given: { partner: { programRole: 'advisor' } },
    expected: { severity: 'blocker', message: { key: 'rules_reseller_cannot_file_azure_no_provider' } },
  },
  {
    name: 'blocks in an unlisted tenant',
    given: { context: 'unlisted', partner: { programRole: 'indirect-reseller' } },
    expected: { severity: 'blocker' },
  },
  {
    name: 'allows a reseller filing in its own tenant',
    given: { context: 'own', partner: { programRole: 'indirect-reseller' } },
    expected: null,
  },
  {
    name: 'allows a reseller on the Microsoft 365 form',
    given: { form: 'm365', partner: { programRole: 'indirect-reseller' } },
    expected: null,
  },
  { name: 'allows an indirect provider', given: { partner: { programRole: 'indirect-provider' } }, expected: null },
  { name: 'allows a direct-bill partner', given: {}, expected: null },
]);
