// @vitest-environment jsdom
import { Dropdown } from '@fluentui/react';
import { cleanup, render } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { fillFields, undoFill } from '../../../lib/forms/fill';
import { buildContactPlan, buildPlanSelection } from '../../../lib/forms/plans';
import { ContactMethodChoice, ContactText, reactState, renderLikeABrowser, useReportState } from './fluent-form';
import { partnerContact } from './partner-contact';

const contact = partnerContact({ preferredContactMethod: 'phone' });

function SupportForm({
  initialEmail = '',
  dropPhoneOnEmail = false,
}: {
  initialEmail?: string;
  dropPhoneOnEmail?: boolean;
}) {
  const [values, setValues] = useState({
    plan: '',
    firstName: '',
    lastName: '',
    email: initialEmail,
    phone: '',
    method: '',
  });
  useReportState(values);
  const text = (key: 'firstName' | 'lastName' | 'email' | 'phone', label: string) => (
    <ContactText
      label={label}
      value={values[key]}
      onChange={(value) => setValues((old) => ({ ...old, [key]: value }))}
    />
  );
  return (
    <div>
      <Dropdown
        label="Support plan"
        placeholder="Select…"
        selectedKey={values.plan || null}
        options={['Partner Cloud Support 5', 'Cloud Solution Provider', 'Basic'].map((text) => ({ key: text, text }))}
        onChange={(_event, option) => setValues((old) => ({ ...old, plan: String(option?.key ?? '') }))}
      />
      <ContactMethodChoice value={values.method} onChange={(method) => setValues((old) => ({ ...old, method }))} />
      {text('firstName', 'First name')}
      {text('lastName', 'Last name')}
      {text('email', 'Email')}
      {dropPhoneOnEmail && values.email ? null : text('phone', 'Phone')}
    </div>
  );
}

const always = () => true;

renderLikeABrowser();

afterEach(() => {
  cleanup();
  reactState.current = {};
});

describe('filling a real Fluent UI React form', () => {
  it('sets values React notices, selects dropdown options and reads them back', async () => {
    render(<SupportForm />);
    const contactResults = await fillFields(document, 'azure', buildContactPlan(contact, 'azure'), {
      overwrite: 'none',
      userEdited: new Set(),
      shouldContinue: always,
    });
    const planResults = await fillFields(
      document,
      'azure',
      buildPlanSelection('Cloud Solution Provider', { csp: true }),
      {
        overwrite: 'none',
        userEdited: new Set(),
        shouldContinue: always,
      },
    );
    expect(reactState.current).toMatchObject({
      plan: 'Cloud Solution Provider',
      firstName: 'Alex',
      lastName: 'Wilber',
      email: 'alex@fabrikam.com',
      phone: '+31 20 555 0100',
      method: 'Phone',
    });
    expect(planResults).toEqual([
      expect.objectContaining({ field: 'supportPlan', outcome: 'filled', value: 'Cloud Solution Provider' }),
    ]);
    expect(contactResults.filter((result) => result.outcome === 'filled').map((result) => result.field)).toEqual([
      'preferredContactMethod',
      'firstName',
      'lastName',
      'email',
      'phone',
    ]);
    expect(document.querySelector('.ms-Dropdown-title')?.textContent).toBe('Cloud Solution Provider');
  });

  it('keeps what the user typed unless the click says to replace it, and undo restores', async () => {
    render(<SupportForm initialEmail="it@contoso.com" />);
    const kept = await fillFields(document, 'azure', buildContactPlan(contact, 'azure'), {
      overwrite: 'none',
      userEdited: new Set(),
      shouldContinue: always,
    });
    expect(kept.find((result) => result.field === 'email')).toMatchObject({
      outcome: 'skipped-user-value',
      previousValue: 'it@contoso.com',
    });
    expect(reactState.current.email).toBe('it@contoso.com');

    const replaced = await fillFields(document, 'azure', buildContactPlan(contact, 'azure'), {
      overwrite: new Set(['email']),
      userEdited: new Set(),
      shouldContinue: always,
    });
    expect(replaced.find((result) => result.field === 'email')).toMatchObject({
      outcome: 'filled',
      previousValue: 'it@contoso.com',
    });
    expect(reactState.current.email).toBe('alex@fabrikam.com');

    const undone = await undoFill(document, 'azure', replaced);
    expect(undone.find((result) => result.field === 'email')?.outcome).toBe('filled');
    expect(reactState.current.email).toBe('it@contoso.com');
  });

  it('undo puts a Fluent dropdown back on the option it held, and says when it held none', async () => {
    render(<SupportForm />);
    const first = await fillFields(document, 'azure', buildPlanSelection('Basic'), {
      overwrite: 'none',
      userEdited: new Set(),
      shouldContinue: always,
    });
    const cannotClear = await undoFill(document, 'azure', first, { optionTimeoutMs: 300 });
    expect(cannotClear).toEqual([
      expect.objectContaining({ field: 'supportPlan', outcome: 'failed', reason: 'cannot-clear', value: 'Basic' }),
    ]);
    expect(reactState.current.plan).toBe('Basic');

    const replaced = await fillFields(document, 'azure', buildPlanSelection('Cloud Solution Provider', { csp: true }), {
      overwrite: new Set(['supportPlan']),
      userEdited: new Set(),
      shouldContinue: always,
    });
    expect(reactState.current.plan).toBe('Cloud Solution Provider');
    const restored = await undoFill(document, 'azure', replaced, { optionTimeoutMs: 300 });
    expect(restored).toEqual([expect.objectContaining({ field: 'supportPlan', outcome: 'filled', value: 'Basic' })]);
    expect(reactState.current.plan).toBe('Basic');
  });

  it('leaves a field alone at undo when the user changed it since', async () => {
    render(<SupportForm />);
    const filled = await fillFields(
      document,
      'azure',
      { values: { firstName: 'Alex' } },
      { overwrite: 'none', userEdited: new Set(), shouldContinue: always },
    );
    await fillFields(
      document,
      'azure',
      { values: { firstName: 'Sam' } },
      { overwrite: new Set(['firstName']), userEdited: new Set(), shouldContinue: always },
    );
    const undone = await undoFill(document, 'azure', filled);
    expect(undone).toEqual([
      expect.objectContaining({ field: 'firstName', outcome: 'skipped-user-value', reason: 'changed-since-fill' }),
    ]);
    expect(reactState.current.firstName).toBe('Sam');
  });

  it('stops when the context changes halfway and reports the rest', async () => {
    render(<SupportForm />);
    let calls = 0;
    const results = await fillFields(document, 'azure', buildContactPlan(contact, 'azure'), {
      overwrite: 'none',
      userEdited: new Set(),
      shouldContinue: () => ++calls <= 2,
    });
    expect(results.filter((result) => result.outcome === 'filled')).toHaveLength(2);
    expect(results.filter((result) => result.reason === 'context-changed').length).toBeGreaterThan(0);
    expect(reactState.current.lastName).toBe('');
  });

  it('reports a field the form removes under the fill, fills the rest, and undo still restores', async () => {
    render(<SupportForm dropPhoneOnEmail />);
    const filled = await fillFields(document, 'azure', buildContactPlan(contact, 'azure'), {
      overwrite: 'none',
      userEdited: new Set(),
      shouldContinue: always,
    });
    expect(filled).toContainEqual(expect.objectContaining({ field: 'phone', outcome: 'not-found' }));
    expect(filled).toContainEqual(expect.objectContaining({ field: 'email', outcome: 'filled' }));
    expect(reactState.current.firstName).toBe('Alex');
    await undoFill(document, 'azure', filled);
    expect(reactState.current).toMatchObject({ firstName: '', lastName: '', email: '' });
  });

  it('reports missing fields and options without touching anything else', async () => {
    render(<SupportForm />);
    const results = await fillFields(
      document,
      'azure',
      { values: { supportPlan: 'No Such Plan', timeZone: 'UTC' } },
      { overwrite: 'none', userEdited: new Set(), shouldContinue: always, optionTimeoutMs: 100 },
    );
    expect(results).toEqual([
      expect.objectContaining({ field: 'supportPlan', outcome: 'failed', reason: 'no-option' }),
      expect.objectContaining({ field: 'timeZone', outcome: 'not-found' }),
    ]);
    expect(reactState.current.plan).toBe('');
  });

  it('never overwrites a field the user edited, even when empty, unless consented', async () => {
    render(<SupportForm />);
    const results = await fillFields(
      document,
      'azure',
      { values: { firstName: 'Alex' } },
      { overwrite: 'none', userEdited: new Set(['firstName']), shouldContinue: always },
    );
    expect(results[0]).toMatchObject({ outcome: 'skipped-user-value' });
    expect(reactState.current.firstName).toBe('');
  });
});
