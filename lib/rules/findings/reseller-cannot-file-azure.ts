import { defineRule } from '../define';
import { isAzureForm, isResellerRole } from '../facts';
import type { Facts, Rule } from '../types';

function providerContact(facts: Facts): string {
  const provider = facts.settings.partner.indirectProvider;
  return [provider.supportUrl, provider.email, provider.phone].filter((part) => part.trim() !== '').join(' · ');
}

/** §6: only the Azure subscription's provider may open Azure requests for a customer. */
const rule = defineRule({
  id: 'reseller-cannot-file-azure',
  severity: 'blocker',
  source: '§6',
  fix: { kind: 'link', target: 'indirect-provider-contact' },
  when: (facts) => {
    if (!isResellerRole(facts) || !isAzureForm(facts) || facts.context.kind === 'own') return false;
    return { args: [facts.settings.partner.indirectProvider.name.trim() || '—', providerContact(facts) || '—'] };
  },
});

/** Without the provider's contact details there is no one to name: the text asks to set them in Options. */
export const resellerCannotFileAzure: Rule = {
  id: rule.id,
  severity: rule.severity,
  source: rule.source,
  ...(rule.fix ? { fix: rule.fix } : {}),
  evaluate(facts) {
    const finding = rule.evaluate(facts);
    if (!finding || providerContact(facts) !== '') return finding;
    return { ...finding, message: { key: 'rules_reseller_cannot_file_azure_no_provider' } };
  },
};
