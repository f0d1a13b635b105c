import { defineRule } from '../define';
import { isAzureForm, isResellerRole } from '../facts';

/** §6: only the Azure subscription's provider may open Azure requests for a customer. */
export const resellerCannotFileAzure = defineRule({
  id: 'reseller-cannot-file-azure',
  severity: 'blocker',
  source: '§6',
  fix: { kind: 'link', target: 'indirect-provider-contact' },
  when: (facts) => {
    if (!isResellerRole(facts) || !isAzureForm(facts) || facts.context.kind === 'own') return false;
    const provider = facts.settings.partner.indirectProvider;
    const contact = [provider.supportUrl, provider.email, provider.phone]
      .filter((part) => part.trim() !== '')
      .join(' · ');
    return { args: [provider.name.trim() || '—', contact || '—'] };
  },
});
