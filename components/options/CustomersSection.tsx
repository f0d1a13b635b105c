import { useMemo, useState } from 'react';
import { customerSchema, DIRECT_SUBSCRIPTIONS, GDAP_STATUSES, type Customer } from '../../lib/settings/schema';
import { isLocked } from '../../lib/settings/resolve';
import { t } from '../platform/i18n';
import { SelectInput, TextInput } from './fields';
import { useOptionsStore } from './store';
import { useShallow } from 'zustand/react/shallow';
import { displayText } from '../../lib/text/clean';

const PAGE_SIZE = 50;

interface EditorDraft {
  name: string;
  tenantId: string;
  domains: string;
  gdapStatus: Customer['gdap']['status'];
  expiresOn: string;
  roles: string;
  directSubscriptions: Customer['directSubscriptions'];
}

function toDraft(customer?: Customer): EditorDraft {
  return {
    name: customer?.name ?? '',
    tenantId: customer?.tenantId ?? '',
    domains: customer?.domains.join(', ') ?? '',
    gdapStatus: customer?.gdap.status ?? 'unknown',
    expiresOn: customer?.gdap.expiresOn ?? '',
    roles: customer?.gdap.roles.join(', ') ?? '',
    directSubscriptions: customer?.directSubscriptions ?? 'unknown',
  };
}

function fromDraft(draft: EditorDraft) {
  const list = (text: string) =>
    text
      .split(/[,;\n]+/)
      .map((item) => item.trim())
      .filter(Boolean);
  return {
    name: draft.name,
    tenantId: draft.tenantId,
    domains: list(draft.domains),
    gdap: {
      status: draft.gdapStatus,
      ...(draft.expiresOn.trim() ? { expiresOn: draft.expiresOn.trim() } : {}),
      roles: list(draft.roles),
    },
    directSubscriptions: draft.directSubscriptions,
  };
}

function CustomerEditor({
  initial,
  existingIds,
  onSave,
  onCancel,
}: {
  initial?: Customer;
  existingIds: ReadonlySet<string>;
  onSave: (customer: Customer) => void;
  onCancel: () => void;
}) {
  const [draft, setDraft] = useState(toDraft(initial));
  const parsed = customerSchema.safeParse(fromDraft(draft));
  const errors: Record<string, string> = parsed.success
    ? {}
    : Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
  if (parsed.success && parsed.data.tenantId !== initial?.tenantId && existingIds.has(parsed.data.tenantId))
    errors.tenantId = 'settings_error_duplicate_tenant';
  const valid = Object.keys(errors).length === 0;
  const set = (patch: Partial<EditorDraft>) => setDraft((current) => ({ ...current, ...patch }));
  return (
    <form
      className="editor"
      aria-label={t(initial ? 'options_customer_edit' : 'options_customer_add')}
      onSubmit={(event) => {
        event.preventDefault();
        if (valid && parsed.success) onSave(parsed.data);
      }}
    >
      <TextInput
        label={t('options_customer_name')}
        value={draft.name}
        error={errors.name}
        onChange={(name) => set({ name })}
        testId="customer-name"
      />
      <TextInput
        label={t('options_customer_tenant_id')}
        value={draft.tenantId}
        error={errors.tenantId}
        onChange={(tenantId) => set({ tenantId })}
        testId="customer-tenant-id"
      />
      <TextInput
        label={t('options_customer_domains')}
        value={draft.domains}
        error={errors.domains}
        onChange={(domains) => set({ domains })}
        testId="customer-domains"
      />
      <div className="grid">
        <SelectInput
          label={t('options_customer_gdap')}
          value={draft.gdapStatus}
          options={GDAP_STATUSES.map((status) => ({ value: status, label: t(`popup_gdap_${status}`) }))}
          onChange={(gdapStatus) => set({ gdapStatus })}
        />
        <TextInput
          label={t('options_customer_expires')}
          type="date"
          value={draft.expiresOn}
          error={errors.gdap}
          onChange={(expiresOn) => set({ expiresOn })}
        />
        <SelectInput
          label={t('options_customer_direct')}
          value={draft.directSubscriptions}
          options={DIRECT_SUBSCRIPTIONS.map((value) => ({ value, label: t(`popup_direct_${value}`) }))}
          onChange={(directSubscriptions) => set({ directSubscriptions })}
        />
      </div>
      <TextInput label={t('options_customer_roles')} value={draft.roles} onChange={(roles) => set({ roles })} />
      <div className="actions">
        <button type="submit" className="button" disabled={!valid}>
          {t('options_customer_save')}
        </button>
        <button type="button" className="link" onClick={onCancel}>
          {t('popup_cancel')}
        </button>
      </div>
    </form>
  );
}

/** The customer directory: search, add, edit and remove; paged so thousands of rows stay smooth. */
export function CustomersSection() {
  const { draftCustomers, effectiveCustomers, locks, edit } = useOptionsStore(
    useShallow((state) => ({
      draftCustomers: state.draft.customers,
      effectiveCustomers: state.effective.customers,
      locks: state.locks,
      edit: state.edit,
    })),
  );
  const locked = isLocked({ locks }, 'customers');
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(0);
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const customers = locked ? effectiveCustomers : draftCustomers;
  const filtered = useMemo(() => {
    const needle = query.trim().toLowerCase();
    if (!needle) return customers;
    return customers.filter(
      (customer) =>
        customer.name.toLowerCase().includes(needle) ||
        customer.tenantId.includes(needle) ||
        customer.domains.some((domain) => domain.includes(needle)),
    );
  }, [customers, query]);
  const pages = Math.max(1, Math.ceil(filtered.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const shown = filtered.slice(current * PAGE_SIZE, current * PAGE_SIZE + PAGE_SIZE);
  const ids = useMemo(() => new Set(customers.map((customer) => customer.tenantId)), [customers]);
  const save = (customer: Customer, replacing?: string) =>
    edit((settings) => ({
      ...settings,
      customers: replacing
        ? settings.customers.map((existing) => (existing.tenantId === replacing ? customer : existing))
        : [...settings.customers, customer],
    }));

  return (
    <section aria-labelledby="customers-heading" className="section">
      <h2 id="customers-heading">{t('options_customers')}</h2>
      {locked ? <p className="locked">{t('options_locked')}</p> : null}
      <div className="toolbar">
        <label>
          {t('options_customers_search')}{' '}
          <input
            type="search"
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setPage(0);
            }}
            data-testid="customer-search"
          />
        </label>
        <span role="status">{t('options_customers_count', [String(filtered.length), String(customers.length)])}</span>
        {!locked ? (
          <button type="button" className="button" onClick={() => setEditing('new')}>
            {t('options_customer_add')}
          </button>
        ) : null}
      </div>
      {editing === 'new' ? (
        <CustomerEditor
          existingIds={ids}
          onCancel={() => setEditing(null)}
          onSave={(customer) => {
            save(customer);
            setEditing(null);
          }}
        />
      ) : null}
      <table className="customers">
        <thead>
          <tr>
            <th scope="col">{t('options_customer_name')}</th>
            <th scope="col">{t('options_customer_tenant_id')}</th>
            <th scope="col">{t('options_customer_domains')}</th>
            <th scope="col">{t('options_customer_gdap')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('options_customer_actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((customer) =>
            editing === customer.tenantId ? (
              <tr key={customer.tenantId}>
                <td colSpan={5}>
                  <CustomerEditor
                    initial={customer}
                    existingIds={ids}
                    onCancel={() => setEditing(null)}
                    onSave={(next) => {
                      save(next, customer.tenantId);
                      setEditing(null);
                    }}
                  />
                </td>
              </tr>
            ) : (
              <tr key={customer.tenantId} data-tenant={customer.tenantId}>
                <td>
                  <bdi>{displayText(customer.name)}</bdi>
                </td>
                <td className="mono">{customer.tenantId}</td>
                <td>{customer.domains.join(', ')}</td>
                <td>
                  {t(`popup_gdap_${customer.gdap.status}`)}
                  {customer.gdap.expiresOn ? ` · ${customer.gdap.expiresOn}` : ''}
                </td>
                <td>
                  {!locked ? (
                    <>
                      <button
                        type="button"
                        className="link"
                        onClick={() => setEditing(customer.tenantId)}
                        aria-label={t('options_customer_edit_named', [customer.name])}
                      >
                        {t('options_customer_edit')}
                      </button>{' '}
                      <button
                        type="button"
                        className="link"
                        aria-label={t('options_customer_remove_named', [customer.name])}
                        onClick={() =>
                          edit((settings) => ({
                            ...settings,
                            customers: settings.customers.filter((existing) => existing.tenantId !== customer.tenantId),
                          }))
                        }
                      >
                        {t('options_customer_remove')}
                      </button>
                    </>
                  ) : null}
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
      {pages > 1 ? (
        <nav className="pager" aria-label={t('options_pages')}>
          <button type="button" className="link" disabled={current === 0} onClick={() => setPage(current - 1)}>
            {t('options_previous_page')}
          </button>
          <span>{t('options_page_of', [String(current + 1), String(pages)])}</span>
          <button type="button" className="link" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
            {t('options_next_page')}
          </button>
        </nav>
      ) : null}
    </section>
  );
}
