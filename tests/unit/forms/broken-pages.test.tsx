// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { fillFields, undoFill } from '../../../lib/forms/fill';
import { locateFields } from '../../../lib/forms/locate';
import { buildContactPlan } from '../../../lib/forms/plans';
import type { FieldId } from '../../../lib/model/form';
import { ContactMethodChoice, ContactText, reactState, renderLikeABrowser, useReportState } from './fluent-form';
import { partnerContact } from './partner-contact';

const contact = partnerContact({ preferredContactMethod: 'phone' });

/**
 * A contact step whose frame navigates to the next step as soon as the first name is committed,
 * as a portal blade does when a field's change handler routes on.
 */
function NavigatingContactStep() {
  const [values, setValues] = useState({ method: 'Email', firstName: '', lastName: '', email: '', phone: '' });
  useReportState(values);
  const text = (key: 'firstName' | 'lastName' | 'email' | 'phone', label: string) => (
    <ContactText
      label={label}
      value={values[key]}
      onChange={(value) => {
        setValues((old) => ({ ...old, [key]: value }));
        if (key === 'firstName') history.replaceState(null, '', '#step=review');
      }}
    />
  );
  return (
    <form>
      <ContactMethodChoice value={values.method} onChange={(method) => setValues((old) => ({ ...old, method }))} />
      {text('firstName', 'First name')}
      {text('lastName', 'Last name')}
      {text('email', 'Email')}
      {text('phone', 'Phone')}
    </form>
  );
}

renderLikeABrowser();

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
  reactState.current = {};
  history.replaceState(null, '', '#');
});

describe('a frame that navigates in the middle of a fill', () => {
  it('reports every remaining field as failed, changes nothing more, and undo restores what was filled', async () => {
    history.replaceState(null, '', '#step=contact');
    render(<NavigatingContactStep />);
    const plan = buildContactPlan(contact, 'azure');
    const startUrl = location.href;
    const results = await fillFields(document, 'azure', plan, {
      // The user clicked the fix: every planned field may be replaced.
      overwrite: new Set(Object.keys(plan.values) as FieldId[]),
      userEdited: new Set(),
      // As the content script asks: is this still the page the fill started on?
      shouldContinue: () => location.href === startUrl,
    });

    expect(location.hash).toBe('#step=review');
    expect(results).toEqual([
      expect.objectContaining({ field: 'preferredContactMethod', outcome: 'filled', previousValue: 'Email' }),
      expect.objectContaining({ field: 'firstName', outcome: 'filled', previousValue: '' }),
      { field: 'lastName', outcome: 'failed', previousValue: '', reason: 'context-changed' },
      { field: 'email', outcome: 'failed', previousValue: '', reason: 'context-changed' },
      { field: 'phone', outcome: 'failed', previousValue: '', reason: 'context-changed' },
    ]);
    expect(reactState.current).toEqual({ method: 'Phone', firstName: 'Alex', lastName: '', email: '', phone: '' });
    // Nothing else was touched: no list left open, every remaining input as it was.
    expect(document.querySelector('[role="listbox"]')).toBeNull();
    expect(
      [...document.querySelectorAll<HTMLInputElement>('input[type="text"], input:not([type])')].map(
        (input) => input.value,
      ),
    ).toEqual(['Alex', '', '', '']);

    const undone = await undoFill(document, 'azure', results);
    expect(undone).toEqual([
      expect.objectContaining({ field: 'preferredContactMethod', outcome: 'filled', value: 'Email' }),
      expect.objectContaining({ field: 'firstName', outcome: 'filled', value: '' }),
    ]);
    expect(reactState.current).toEqual({ method: 'Email', firstName: '', lastName: '', email: '', phone: '' });
  });
});

describe('duplicate labels', () => {
  /**
   * Three more controls are called "Email": a collapsed newsletter box before the form, a
   * disabled copy left over from an earlier step, and a hidden template after it.
   */
  function formWithDuplicateEmails() {
    document.body.innerHTML = `
      <aside hidden><label for="newsletter-email">Email</label><input id="newsletter-email"></aside>
      <form>
        <label for="stale-email">Email</label><input id="stale-email" disabled>
        <label for="first">First name</label><input id="first">
        <label for="email">Email</label><input id="email">
        <label for="readonly-email">Email</label><input id="readonly-email" readonly>
        <div style="display: none"><label for="template-email">Email</label><input id="template-email"></div>
      </form>`;
  }

  const emailOf = (includeDisabled: boolean) =>
    locateFields(document, 'azure', { includeDisabled }).find((field) => field.id === 'email')?.element.id;

  it('picks the visible, enabled one in the form, never a hidden or disabled one', async () => {
    formWithDuplicateEmails();
    expect(emailOf(false)).toBe('email');
    // Even when disabled controls are asked for (a fill reports them), a usable one outranks them.
    expect(emailOf(true)).toBe('email');

    const results = await fillFields(
      document,
      'azure',
      { values: { email: 'alex@fabrikam.com' } },
      { overwrite: 'none', userEdited: new Set(), shouldContinue: () => true },
    );
    expect(results).toEqual([expect.objectContaining({ field: 'email', outcome: 'filled' })]);
    const values = Object.fromEntries(
      [...document.querySelectorAll('input')].map((input) => [input.id, input.value] as const),
    );
    expect(values).toEqual({
      'newsletter-email': '',
      'stale-email': '',
      first: '',
      email: 'alex@fabrikam.com',
      'readonly-email': '',
      'template-email': '',
    });
  });

  it('with only a disabled or read-only "Email" left, reports it instead of filling it', async () => {
    formWithDuplicateEmails();
    document.getElementById('email')!.remove();
    expect(emailOf(false)).toBe('readonly-email');
    const results = await fillFields(
      document,
      'azure',
      { values: { email: 'alex@fabrikam.com' } },
      { overwrite: new Set(['email']), userEdited: new Set(), shouldContinue: () => true },
    );
    expect(results).toEqual([expect.objectContaining({ field: 'email', outcome: 'skipped-disabled' })]);
    expect([...document.querySelectorAll('input')].every((input) => input.value === '')).toBe(true);
  });

  it('between two visible, enabled ones, takes the first in document order', () => {
    document.body.innerHTML = `
      <form>
        <label for="first-email">Email</label><input id="first-email">
        <label for="second-email">Email</label><input id="second-email">
      </form>`;
    expect(emailOf(false)).toBe('first-email');
  });
});
