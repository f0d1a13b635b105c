import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { PREFILL_MODES, PROGRAM_ROLES, type Settings } from '../../lib/settings/schema';
import { isLocked, withLockedValues } from '../../lib/settings/resolve';
import { underscored } from '../../lib/i18n/keys';
import { t } from '../platform/i18n';
import { ListInput, SelectInput, TextInput } from './fields';
import { useOptionsStore } from './store';

type Path = string;
type FormSection = 'partner' | 'contact' | 'prefill' | 'display';

/** One section's slice of the store: typing elsewhere does not re-render this section. */
export function useSection<K extends FormSection>(section: K) {
  const { editing, effective, errors, locks, edit } = useOptionsStore(
    useShallow((state) => ({
      editing: state.draft[section],
      effective: state.effective[section],
      errors: state.errors,
      locks: state.locks,
      edit: state.edit,
    })),
  );
  const value = useMemo(() => {
    const own = locks.filter((lock) => lock === section || lock.startsWith(`${section}.`));
    const shown = withLockedValues(
      { [section]: editing } as Pick<Settings, K>,
      { [section]: effective } as Pick<Settings, K>,
      own,
    );
    return shown[section];
  }, [section, editing, effective, locks]);
  const locked = (path: Path) => isLocked({ locks }, path);
  const error = (path: Path) => errors[path] ?? Object.entries(errors).find(([key]) => key.startsWith(`${path}.`))?.[1];
  return { value, edit, locked, error };
}

export function ProfileSection({ generation }: { generation: number }) {
  const { value: partner, edit, locked, error } = useSection('partner');
  const setPartner = (patch: Partial<Settings['partner']>) =>
    edit((current) => ({ ...current, partner: { ...current.partner, ...patch } }));
  const reseller = partner.programRole === 'indirect-reseller' || partner.programRole === 'advisor';
  return (
    <section aria-labelledby="profile-heading" className="section">
      <h2 id="profile-heading">{t('options_profile')}</h2>
      <TextInput
        label={t('options_partner_name')}
        value={partner.name}
        locked={locked('partner.name')}
        error={error('partner.name')}
        onChange={(name) => setPartner({ name })}
        testId="partner-name"
      />
      <ListInput
        key={`ids-${generation}`}
        label={t('options_partner_tenant_ids')}
        hint={t('options_partner_tenant_ids_hint')}
        values={partner.tenantIds}
        locked={locked('partner.tenantIds')}
        error={error('partner.tenantIds')}
        onChange={(tenantIds) => setPartner({ tenantIds })}
        testId="partner-tenant-ids"
      />
      <ListInput
        key={`domains-${generation}`}
        label={t('options_partner_domains')}
        hint={t('options_partner_domains_hint')}
        values={partner.domains}
        locked={locked('partner.domains')}
        error={error('partner.domains')}
        onChange={(domains) => setPartner({ domains })}
        testId="partner-domains"
      />
      <SelectInput
        label={t('options_program_role')}
        value={partner.programRole}
        options={PROGRAM_ROLES.map((role) => ({ value: role, label: t(`options_role_${underscored(role)}`) }))}
        hint={t(`options_role_${underscored(partner.programRole)}_help`)}
        locked={locked('partner.programRole')}
        onChange={(programRole) => setPartner({ programRole })}
        testId="program-role"
      />
      {reseller ? (
        <fieldset>
          <legend>{t('options_indirect_provider')}</legend>
          {(['name', 'supportUrl', 'email', 'phone'] as const).map((key) => (
            <TextInput
              key={key}
              label={t(`options_provider_${key}`)}
              value={partner.indirectProvider[key]}
              locked={locked(`partner.indirectProvider.${key}`)}
              error={error(`partner.indirectProvider.${key}`)}
              onChange={(value) => setPartner({ indirectProvider: { ...partner.indirectProvider, [key]: value } })}
            />
          ))}
        </fieldset>
      ) : null}
      <TextInput
        label={t('options_own_support_plan')}
        hint={t('options_own_support_plan_hint')}
        value={partner.ownSupportPlan}
        locked={locked('partner.ownSupportPlan')}
        error={error('partner.ownSupportPlan')}
        onChange={(ownSupportPlan) => setPartner({ ownSupportPlan })}
      />
      <TextInput
        label={t('options_csp_plan_label')}
        hint={t('options_csp_plan_label_hint')}
        value={partner.cspPlanLabel}
        locked={locked('partner.cspPlanLabel')}
        error={error('partner.cspPlanLabel')}
        onChange={(cspPlanLabel) => setPartner({ cspPlanLabel })}
      />
    </section>
  );
}

export function ContactSection({ generation }: { generation: number }) {
  const { value: contact, edit, locked, error } = useSection('contact');
  const setContact = (patch: Partial<Settings['contact']>) =>
    edit((current) => ({ ...current, contact: { ...current.contact, ...patch } }));
  const text = (
    key: 'firstName' | 'lastName' | 'email' | 'phone' | 'country' | 'timeZone' | 'supportLanguage',
    type = 'text',
  ) => (
    <TextInput
      key={key}
      type={type}
      label={t(`options_contact_${key}`)}
      value={contact[key]}
      locked={locked(`contact.${key}`)}
      error={error(`contact.${key}`)}
      onChange={(value) => setContact({ [key]: value })}
      testId={`contact-${key}`}
    />
  );
  return (
    <section aria-labelledby="contact-heading" className="section">
      <h2 id="contact-heading">{t('options_contact')}</h2>
      <p className="hint">{t('options_contact_hint')}</p>
      <div className="grid">
        {text('firstName')}
        {text('lastName')}
        {text('email', 'email')}
        {text('phone', 'tel')}
      </div>
      <ListInput
        key={`emails-${generation}`}
        label={t('options_contact_additionalEmails')}
        values={contact.additionalEmails}
        locked={locked('contact.additionalEmails')}
        error={error('contact.additionalEmails')}
        onChange={(additionalEmails) => setContact({ additionalEmails })}
      />
      <SelectInput
        label={t('options_contact_preferredContactMethod')}
        value={contact.preferredContactMethod}
        options={[
          { value: 'email', label: t('options_method_email') },
          { value: 'phone', label: t('options_method_phone') },
        ]}
        locked={locked('contact.preferredContactMethod')}
        onChange={(preferredContactMethod) => setContact({ preferredContactMethod })}
      />
      <div className="grid">
        {text('country')}
        {text('timeZone')}
        {text('supportLanguage')}
      </div>
    </section>
  );
}

export function PrefillSection() {
  const { value: prefill, edit, locked } = useSection('prefill');
  return (
    <section aria-labelledby="prefill-heading" className="section">
      <h2 id="prefill-heading">{t('options_prefill')}</h2>
      <SelectInput
        label={t('options_prefill_mode')}
        value={prefill.mode}
        options={PREFILL_MODES.map((mode) => ({ value: mode, label: t(`options_prefill_${mode}`) }))}
        hint={t(`options_prefill_${prefill.mode}_help`)}
        locked={locked('prefill.mode')}
        onChange={(mode) => edit((current) => ({ ...current, prefill: { mode } }))}
        testId="prefill-mode"
      />
    </section>
  );
}
