// @vitest-environment jsdom
import { Dropdown } from '@fluentui/react';
import { cleanup, render } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { fillFields, undoFill } from '../../../lib/forms/fill';
import { locateFields } from '../../../lib/forms/locate';
import { buildContactPlan, buildPlanSelection } from '../../../lib/forms/plans';
import { readFormState } from '../../../lib/forms/read';
import { settingsSchema } from '../../../lib/settings/schema';
import { SearchableList, type SearchableListKind } from '../../replicas/src/_searchable-lists';

const contact = settingsSchema.parse({ contact: { country: 'Netherlands' } }).contact;
const COUNTRIES = ['Germany', 'Netherlands', 'Netherlands Antilles', 'United Kingdom', 'United States'];
const options = {
  overwrite: 'none' as const,
  userEdited: new Set<never>(),
  shouldContinue: () => true,
  optionTimeoutMs: 600,
};

/** What React holds: the committed country, not the box's text. */
let committed = '';

function Form({ kind, initial = '' }: { kind: SearchableListKind; initial?: string }) {
  const [country, setCountry] = useState(initial);
  useEffect(() => {
    committed = country;
  });
  return (
    <SearchableList
      kind={kind}
      label="Country/region"
      placeholder="Select…"
      options={COUNTRIES}
      value={country}
      onChange={setCountry}
    />
  );
}

afterEach(() => {
  cleanup();
  committed = '';
});

/** Only the country: the rest of the plan (the contact method) has no field in these forms. */
const countryPlan = (country: string) => ({
  values: { country: buildContactPlan({ ...contact, country }, 'azure').values.country! },
});
const plan = countryPlan('Netherlands');

describe('filling a searchable list the way a user does', () => {
  it.each<[SearchableListKind, string]>([
    ['v8-combobox', 'combobox'],
    ['v9-combobox', 'combobox'],
    ['v9-dropdown', 'fluent-dropdown'],
    ['aria', 'combobox'],
  ])('%s: commits the option, and the framework holds it', async (kind, control) => {
    render(<Form kind={kind} />);
    expect(locateFields(document, 'azure').map((field) => [field.id, field.control])).toEqual([['country', control]]);
    expect(readFormState(document, 'azure').fields.country?.value).toBe('');
    const results = await fillFields(document, 'azure', plan, options);
    expect(results).toEqual([{ field: 'country', outcome: 'filled', previousValue: '', value: 'Netherlands' }]);
    expect(committed).toBe('Netherlands');
    expect(readFormState(document, 'azure').fields.country?.value).toBe('Netherlands');
  });

  it.each<SearchableListKind>(['v8-combobox', 'v9-combobox', 'v9-dropdown', 'aria'])(
    '%s: a committed choice of the user is left alone',
    async (kind) => {
      render(<Form kind={kind} initial="Germany" />);
      const results = await fillFields(document, 'azure', plan, options);
      expect(results).toEqual([{ field: 'country', outcome: 'skipped-user-value', previousValue: 'Germany' }]);
      expect(committed).toBe('Germany');
    },
  );

  it.each<SearchableListKind>(['v8-combobox', 'v9-combobox', 'aria'])(
    '%s: with consent, replaces the choice, and Undo puts the old one back',
    async (kind) => {
      render(<Form kind={kind} initial="Germany" />);
      const results = await fillFields(document, 'azure', plan, { ...options, overwrite: new Set(['country']) });
      expect(results[0]).toMatchObject({ outcome: 'filled', previousValue: 'Germany', value: 'Netherlands' });
      expect(committed).toBe('Netherlands');
      const undone = await undoFill(document, 'azure', results, { optionTimeoutMs: 600 });
      expect(undone[0]).toMatchObject({ field: 'country', outcome: 'filled', value: 'Germany' });
      expect(committed).toBe('Germany');
    },
  );

  it('aria: text alone is not a value; the aria-selected option is', async () => {
    render(<Form kind="aria" />);
    const input = document.querySelector<HTMLInputElement>('input[role="combobox"]')!;
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setter.call(input, 'Netherlands');
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(input.value).toBe('Netherlands');
    expect(committed).toBe('');
    expect(readFormState(document, 'azure').fields.country?.value).toBe('');
  });

  it('a list that takes no commit is reported as not filled, its typed text taken back, and Undo knows it', async () => {
    render(<Form kind="aria-stubborn" />);
    const results = await fillFields(document, 'azure', plan, options);
    expect(results).toEqual([{ field: 'country', outcome: 'failed', previousValue: '', reason: 'not-committed' }]);
    expect(committed).toBe('');
    expect(document.querySelector<HTMLInputElement>('input[role="combobox"]')!.value).toBe('');
    const undone = await undoFill(document, 'azure', results);
    expect(undone).toEqual([
      { field: 'country', outcome: 'unchanged', reason: 'not-committed', previousValue: '', value: '' },
    ]);
  });

  it.each<SearchableListKind>(['v8-combobox', 'v9-combobox', 'aria'])(
    '%s: no matching option is reported, and nothing typed stays',
    async (kind) => {
      render(<Form kind={kind} />);
      const results = await fillFields(document, 'azure', countryPlan('Atlantis'), options);
      expect(results).toEqual([{ field: 'country', outcome: 'failed', previousValue: '', reason: 'no-option' }]);
      expect(committed).toBe('');
      expect(document.querySelector<HTMLInputElement>('input[role="combobox"]')!.value).toBe('');
    },
  );
});

describe('the CSP plan option in a Dutch list', () => {
  it.each<[string, string[], string]>([
    [
      'the untranslated English text first, wherever it sits',
      ['Cloudoplossingsprovider', 'Cloud Solution Provider'],
      'Cloud Solution Provider',
    ],
    [
      'the Dutch word when the English text is missing',
      ['Partner Cloud Support 5', 'Cloudoplossingsprovider'],
      'Cloudoplossingsprovider',
    ],
  ])('%s', async (_name, plans, expected) => {
    function PlanForm() {
      const [plan, setPlan] = useState('');
      useEffect(() => {
        committed = plan;
      });
      return (
        <Dropdown
          label="Ondersteuningsplan"
          placeholder="Selecteren…"
          selectedKey={plan || null}
          options={plans.map((text) => ({ key: text, text }))}
          onChange={(_event, option) => setPlan(String(option?.key ?? ''))}
        />
      );
    }
    render(<PlanForm />);
    const results = await fillFields(
      document,
      'azure',
      buildPlanSelection('Cloud Solution Provider', { csp: true }),
      options,
    );
    expect(results[0]).toMatchObject({ field: 'supportPlan', outcome: 'filled', value: expected });
    expect(committed).toBe(expected);
  });
});
