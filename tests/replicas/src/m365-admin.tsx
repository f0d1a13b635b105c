import { tenantByIdOrDomain } from './_tenants';
import { ChoiceGroup, DefaultButton, Panel, PrimaryButton, Stack, Text, TextField } from '@fluentui/react';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { replicaLanguage } from './_support-texts';

/**
 * Microsoft 365 admin center replica. Documented flow (A): Help & support → describe the problem →
 * Contact support; the pane asks for a description, "confirm your contact number and email address"
 * and the preferred contact method, then "Contact me". Bought through a partner, the pane first
 * shows the partner's card with "New Microsoft service request" at the bottom. The exact labels
 * and DOM are inferred (C). In delegated mode the header shows an org-name control (A), whose DOM
 * is unknown (C): see OrgSwitcher.
 */
const TEXTS = {
  en: {
    title: 'Microsoft 365 admin center',
    home: 'Home',
    help: 'Help & support',
    partnerCard: "Your organization's partner: Fabrikam Cloud Services. Contact them for help with your subscriptions.",
    newRequest: 'New Microsoft service request',
    description: 'Description',
    confirm: 'Confirm your contact number and email address',
    phone: 'Contact number',
    email: 'Email address',
    method: 'Preferred contact method',
    emailOption: 'Email',
    phoneOption: 'Phone',
    contactMe: 'Contact me',
    submitted: 'We will contact you',
    welcome: 'Welcome to the admin center',
  },
  nl: {
    title: 'Microsoft 365-beheercentrum',
    home: 'Start',
    help: 'Help en ondersteuning',
    partnerCard:
      'Partner van uw organisatie: Fabrikam Cloud Services. Neem contact met hen op voor hulp bij uw abonnementen.',
    newRequest: 'Nieuwe Microsoft-serviceaanvraag',
    description: 'Beschrijving',
    confirm: 'Bevestig uw contactnummer en e-mailadres',
    phone: 'Contactnummer',
    email: 'E-mailadres',
    method: 'Voorkeursmethode voor contact',
    emailOption: 'E-mail',
    phoneOption: 'Telefoon',
    contactMe: 'Neem contact met mij op',
    submitted: 'Er wordt contact met u opgenomen',
    welcome: 'Welkom in het beheercentrum',
  },
} as const;

const texts = TEXTS[replicaLanguage(location.search)];
const delegated = /[?&]delegatedOrg=/i.test(location.search);

function ContactPane({ onClose }: { onClose: () => void }) {
  const [showForm, setShowForm] = useState(!delegated);
  const [values, setValues] = useState({ description: '', phone: '', email: '', method: '' });
  const [submitted, setSubmitted] = useState(false);
  useEffect(() => {
    window.__replicaState = { ...values, submitted, showForm };
  });
  const set = (key: keyof typeof values) => (_event: unknown, value?: string) =>
    setValues((old) => ({ ...old, [key]: value ?? '' }));
  return (
    <Panel isOpen headerText={texts.help} onDismiss={onClose} isLightDismiss={false} data-automationid="HelpPanel">
      {!showForm ? (
        <Stack tokens={{ childrenGap: 12 }} data-automationid="PartnerCard">
          <Text>{texts.partnerCard}</Text>
          <DefaultButton
            text={texts.newRequest}
            onClick={() => setShowForm(true)}
            data-automationid="NewServiceRequest"
          />
        </Stack>
      ) : (
        <Stack tokens={{ childrenGap: 10 }} data-automationid="ContactSupportForm">
          <TextField
            label={texts.description}
            multiline
            rows={3}
            value={values.description}
            onChange={set('description')}
          />
          <Text>{texts.confirm}</Text>
          <TextField label={texts.phone} value={values.phone} onChange={set('phone')} />
          <TextField label={texts.email} value={values.email} onChange={set('email')} />
          <ChoiceGroup
            label={texts.method}
            selectedKey={values.method || null}
            options={[
              { key: texts.emailOption, text: texts.emailOption },
              { key: texts.phoneOption, text: texts.phoneOption },
            ]}
            onChange={(_event, option) => setValues((old) => ({ ...old, method: String(option?.key ?? '') }))}
          />
          <PrimaryButton text={texts.contactMe} onClick={() => setSubmitted(true)} data-automationid="ContactMe" />
          {submitted ? <Text data-replica="submitted">{texts.submitted}</Text> : null}
        </Stack>
      )}
    </Panel>
  );
}

/**
 * The header's org-name control that opens the tenant switcher (A: Microsoft's multi-tenant docs;
 * its DOM is unknown, C). The replica renders the first shape of the extension's reader table
 * (M365_ORG_NAME_READERS) in delegated mode, naming the delegatedOrg's tenant; with
 * pcgReplicaOrgName=<domain or id> it names that tenant, also without delegatedOrg (the
 * parameter dropped on navigation while the header still shows the customer).
 */
function orgNameShown(): string | null {
  const forced = new URLSearchParams(location.search).get('pcgReplicaOrgName');
  const delegatedOrg = new URLSearchParams(location.search).get('delegatedOrg');
  const tenant = tenantByIdOrDomain(forced ?? delegatedOrg ?? '');
  return tenant ? tenant.displayName : null;
}

function OrgSwitcher({ name }: { name: string }) {
  return (
    <button
      type="button"
      data-automationid="TenantSwitcher"
      aria-haspopup="true"
      aria-label={`Switch organization. Current organization: ${name}`}
      style={{ marginLeft: 'auto', background: 'none', border: 0, color: '#fff', font: 'inherit' }}
    >
      <span data-automationid="TenantSwitcherName">{name}</span>
    </button>
  );
}

function AdminCenter() {
  const orgName = orgNameShown();
  const [route, setRoute] = useState(location.hash);
  const [paneOpen, setPaneOpen] = useState(/^#\/support/.test(location.hash));
  useEffect(() => {
    const onHash = () => {
      setRoute(location.hash);
      if (/^#\/support/.test(location.hash)) setPaneOpen(true);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return (
    <Stack styles={{ root: { minHeight: '100vh', fontFamily: 'Segoe UI, sans-serif' } }}>
      <Stack horizontal styles={{ root: { background: '#0078d4', color: '#fff', padding: '8px 16px' } }} role="banner">
        <Text styles={{ root: { color: '#fff', fontWeight: 600 } }}>{texts.title}</Text>
        {orgName ? <OrgSwitcher name={orgName} /> : null}
      </Stack>
      <Stack horizontal>
        <nav aria-label="Navigation" style={{ width: 200, padding: 16 }}>
          <a href="#/homepage">{texts.home}</a>
        </nav>
        <main style={{ padding: 16 }}>
          <Text variant="xLarge">{route.startsWith('#/support') ? texts.help : texts.welcome}</Text>
        </main>
      </Stack>
      <div style={{ position: 'fixed', right: 24, bottom: 24 }}>
        <PrimaryButton text={texts.help} onClick={() => setPaneOpen(true)} data-automationid="HelpAndSupport" />
      </div>
      {paneOpen ? <ContactPane onClose={() => setPaneOpen(false)} /> : null}
    </Stack>
  );
}

createRoot(document.getElementById('root')!).render(<AdminCenter />);
