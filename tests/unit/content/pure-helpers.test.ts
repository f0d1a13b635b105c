// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { keepFirstSeen } from '../../../lib/context/first-seen';
import { locateFields, locateSupportForm } from '../../../lib/forms/locate';
import { formStateOf, readFormState } from '../../../lib/forms/read';
import {
  changedFields,
  FILLABLE_FIELDS,
  frameRequestKey,
  mergeFillResults,
  onlyFields,
  planFor,
} from '../../../lib/forms/session';
import { fieldOfTarget } from '../../../lib/forms/user-edits';
import type { FieldFillResult } from '../../../lib/forms/types';
import { unionBox } from '../../../lib/overlay/layout';
import { contactSchema } from '../../../lib/settings/schema';

function load(name: string): Document {
  document.body.innerHTML = readFileSync(resolve(__dirname, `../../fixtures/forms/${name}`), 'utf8');
  return document;
}

afterEach(() => {
  document.body.innerHTML = '';
});

const VALUES = {
  contact: contactSchema.parse({ firstName: 'Alex', lastName: 'Wilber', email: 'alex@fabrikam.com' }),
  cspPlanLabel: 'Cloud Solution Provider',
  ownSupportPlan: 'Premier',
};

describe('the content script’s pure helpers', () => {
  it('keeps the first-seen time of a signal that says the same, and takes a new time for a new tenant', () => {
    const old = [{ source: 'dom-tenant-name' as const, tenant: { name: 'Contoso' }, observedAt: 1 }];
    expect(keepFirstSeen(old, [{ ...old[0]!, observedAt: 9 }])[0]!.observedAt).toBe(1);
    expect(keepFirstSeen(old, [{ ...old[0]!, tenant: { name: 'Adatum' }, observedAt: 9 }])[0]!.observedAt).toBe(9);
    // Key order in the tenant does not matter.
    const ordered = [{ source: 'dom-account-title' as const, tenant: { id: 'a', name: 'N' }, observedAt: 1 }];
    expect(
      keepFirstSeen(ordered, [{ ...ordered[0]!, tenant: { name: 'N', id: 'a' }, observedAt: 5 }])[0]!.observedAt,
    ).toBe(1);
  });

  it('builds each fix’s plan and restricts it to some fields', () => {
    const contact = planFor('fill-contact', VALUES, 'azure');
    expect(contact.values.firstName).toBe('Alex');
    expect(Object.keys(onlyFields(contact, new Set(['email'])).values)).toEqual(['email']);
    expect(planFor('select-csp-plan', VALUES, 'azure').values.supportPlan).toBeDefined();
    expect(planFor('select-own-plan', VALUES, 'azure').values.supportPlan).toBeDefined();
  });

  it('merges fill passes without replacing a fill by a non-fill', () => {
    const filled: FieldFillResult = { field: 'email', outcome: 'filled', value: 'a' };
    const skipped: FieldFillResult = { ...filled, outcome: 'skipped-user-value' };
    const phone: FieldFillResult = { ...filled, field: 'phone' };
    expect(mergeFillResults([filled], [skipped, phone]).map((result) => [result.field, result.outcome])).toEqual([
      ['email', 'filled'],
      ['phone', 'filled'],
    ]);
    expect(mergeFillResults([skipped], [filled])[0]!.outcome).toBe('filled');
  });

  it('names the fields whose value changed, not those that appeared', () => {
    const before = new Map([['email', 'a'] as const, ['phone', '1'] as const]);
    const after = new Map([['email', 'b'] as const, ['phone', '1'] as const, ['firstName', 'x'] as const]);
    expect(changedFields(before, after)).toEqual(['email']);
    expect(FILLABLE_FIELDS.has('email')).toBe(true);
    expect(FILLABLE_FIELDS.has('severity')).toBe(false);
  });

  it('keys a frame’s request by host, path and hash route without its query', () => {
    expect(frameRequestKey({ host: 'a.b', pathname: '/x', hash: '#view/Blade?step=2' })).toBe('a.b/x#view/Blade');
  });

  it('unions boxes', () => {
    expect(unionBox([])).toBeNull();
    expect(
      unionBox([
        { top: 10, left: 5, width: 10, height: 10 },
        { top: 0, left: 20, width: 5, height: 40 },
      ]),
    ).toEqual({ top: 0, left: 5, width: 20, height: 40 });
  });

  it('locates the form once: the same kind and fields as locating per kind, and the same state', () => {
    for (const [file, kind] of [
      ['azure-fluent-en.html', 'azure'],
      ['azure-knockout-nl.html', 'azure'],
      ['m365-pane.html', 'm365'],
    ] as const) {
      const root = load(file);
      const found = locateSupportForm(root)!;
      expect(found.kind).toBe(kind);
      expect(found.fields.map((field) => field.id)).toEqual(
        locateFields(root, kind, { includeDisabled: true }).map((field) => field.id),
      );
      expect(formStateOf(kind, found.fields)).toEqual(readFormState(root, kind));
    }
    document.body.innerHTML = '<p>nothing</p>';
    expect(locateSupportForm(document)).toBeNull();
  });

  it('maps an event target to its field, inside the control too', () => {
    const root = load('azure-fluent-en.html');
    const located = locateFields(root, 'azure');
    const dropdown = located.find((field) => field.id === 'severity')!;
    const inner = dropdown.element.querySelector('*') ?? dropdown.element;
    expect(fieldOfTarget(located, inner)).toBe('severity');
    expect(fieldOfTarget(located, document.body)).toBeNull();
  });
});
