import { useId, useState, type FormEvent } from 'react';
import type { MessageKey } from '../../lib/i18n/catalog';
import { knownKeyOr } from '../../lib/i18n/keys';
import type { TenantRef } from '../../lib/model/tenant';
import { customerSchema } from '../../lib/settings/schema';
import { t } from '../platform/i18n';
import { addCustomer } from '../platform/settings-storage';

/** One click from an unlisted tenant to a directory record; the user confirms what was detected. */
export function AddCustomerForm({
  tenant,
  onAdded,
  onCancel,
}: {
  tenant: TenantRef;
  onAdded: () => void;
  onCancel: () => void;
}) {
  const [name, setName] = useState(tenant.name ?? '');
  const [tenantId, setTenantId] = useState(tenant.id ?? '');
  const [domain, setDomain] = useState(tenant.domain ?? '');
  const [errors, setErrors] = useState<Record<string, MessageKey>>({});
  const [saving, setSaving] = useState(false);
  const ids = { name: useId(), tenantId: useId(), domain: useId() };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const candidate = { name, tenantId, domains: domain.trim() ? [domain] : [] };
    const parsed = customerSchema.safeParse(candidate);
    if (!parsed.success) {
      setErrors(
        Object.fromEntries(
          parsed.error.issues.map((issue) => [
            String(issue.path[0]),
            knownKeyOr(issue.message, 'settings_error_invalid'),
          ]),
        ),
      );
      return;
    }
    setSaving(true);
    try {
      await addCustomer(parsed.data);
      onAdded();
    } catch (error) {
      setErrors({
        form:
          error instanceof Error && error.message.startsWith('settings_')
            ? knownKeyOr(error.message, 'popup_add_failed')
            : 'popup_add_failed',
      });
    } finally {
      setSaving(false);
    }
  };

  const field = (
    key: 'name' | 'tenantId' | 'domain',
    label: string,
    value: string,
    onChange: (value: string) => void,
  ) => (
    <div className="field">
      <label htmlFor={ids[key]}>{label}</label>
      <input
        id={ids[key]}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={errors[key === 'domain' ? 'domains' : key] ? true : undefined}
        aria-describedby={errors[key] ? `${ids[key]}-error` : undefined}
      />
      {errors[key === 'domain' ? 'domains' : key] ? (
        <p id={`${ids[key]}-error`} className="error">
          {t(errors[key === 'domain' ? 'domains' : key]!)}
        </p>
      ) : null}
    </div>
  );

  return (
    <form className="add-customer" onSubmit={(event) => void submit(event)} aria-label={t('popup_add_customer')}>
      {field('name', t('popup_customer_name'), name, setName)}
      {field('tenantId', t('popup_customer_tenant_id'), tenantId, setTenantId)}
      {field('domain', t('popup_customer_domain'), domain, setDomain)}
      {errors.form ? <p className="error">{t(errors.form)}</p> : null}
      <div className="actions">
        <button type="submit" className="button" disabled={saving} data-testid="confirm-add-customer">
          {t('popup_confirm_add')}
        </button>
        <button type="button" className="link" onClick={onCancel}>
          {t('popup_cancel')}
        </button>
      </div>
    </form>
  );
}
