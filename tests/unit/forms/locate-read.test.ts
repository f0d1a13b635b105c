// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { detectSupportForm, locateFields } from '../../../lib/forms/locate';
import { readFormState } from '../../../lib/forms/read';
import { isMarketplaceProduct } from '../../../lib/forms/marketplace';

function load(name: string): Document {
  document.body.innerHTML = readFileSync(resolve(__dirname, `../../fixtures/forms/${name}`), 'utf8');
  return document;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('locating support-form fields by accessible name', () => {
  it('finds the Fluent React form, and never a hidden or disabled control by default', () => {
    const fields = locateFields(load('azure-fluent-en.html'), 'azure');
    expect(fields.map((field) => [field.id, field.control])).toEqual([
      ['supportPlan', 'fluent-dropdown'],
      ['severity', 'fluent-dropdown'],
      ['preferredContactMethod', 'radio-group'],
      ['firstName', 'text'],
      ['lastName', 'text'],
      ['email', 'text'],
      ['additionalEmail', 'text'],
      ['country', 'text'],
    ]);
    expect(fields.find((field) => field.id === 'email')?.element.id).toBe('email');
    expect(fields.find((field) => field.id === 'country')?.readOnly).toBe(true);
  });

  it('returns disabled controls only on request, flagged', () => {
    const phone = locateFields(load('azure-fluent-en.html'), 'azure', { includeDisabled: true }).find(
      (field) => field.id === 'phone',
    );
    expect(phone).toMatchObject({ disabled: true });
    expect(locateFields(document, 'azure').some((field) => field.id === 'phone')).toBe(false);
  });

  it('finds the Knockout blade by its row labels, in Dutch', () => {
    const fields = locateFields(load('azure-knockout-nl.html'), 'azure');
    expect(fields.map((field) => [field.id, field.control])).toEqual([
      ['supportPlan', 'knockout-dropdown'],
      ['preferredContactMethod', 'radio-group'],
      ['firstName', 'text'],
      ['email', 'text'],
      ['timeZone', 'native-select'],
    ]);
  });

  it('tells the Azure form from the Microsoft 365 pane', () => {
    expect(detectSupportForm(load('azure-fluent-en.html'))).toBe('azure');
    expect(detectSupportForm(load('azure-knockout-nl.html'))).toBe('azure');
    expect(detectSupportForm(load('m365-pane.html'))).toBe('m365');
    document.body.innerHTML = '<label for="q">Search</label><input id="q">';
    expect(detectSupportForm(document)).toBeNull();
  });
});

describe('reading the form state', () => {
  it('reads values as the user sees them; a placeholder is empty', () => {
    const state = readFormState(load('azure-fluent-en.html'), 'azure');
    expect(state.fields.supportPlan?.value).toBe('');
    expect(state.fields.severity?.value).toBe('B - Moderate impact');
    expect(state.fields.preferredContactMethod?.value).toBe('Email');
    expect(state.fields.lastName?.value).toBe('Wilber');
    expect(state.fields.phone).toMatchObject({ disabled: true, value: '' });
  });

  it('reads Knockout dropdowns, radios and selects', () => {
    const state = readFormState(load('azure-knockout-nl.html'), 'azure');
    expect(state.fields.supportPlan?.value).toBe('Cloudoplossingsprovider');
    expect(state.fields.preferredContactMethod?.value).toBe('Telefoon');
    expect(state.fields.email?.value).toBe('it@contoso.com');
    expect(state.fields.timeZone?.value).toBe('W. Europe Standard Time');
  });

  it('reads the Microsoft 365 pane', () => {
    const state = readFormState(load('m365-pane.html'), 'm365');
    expect(state.kind).toBe('m365');
    expect(state.fields.email?.value).toBe('admin@contoso.onmicrosoft.com');
  });

  it.each([
    ['Contoso Firewall (Marketplace, published by Contoso Security)', true],
    ['Third-party backup appliance', true],
    ['Virtual Machine running Windows', false],
  ])('recognises %s as marketplace: %s', (product, expected) => {
    expect(isMarketplaceProduct(product)).toBe(expected);
  });
});
