// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { fillFields, undoFill } from '../../../lib/forms/fill';
import { detectSupportForm, labelIndex } from '../../../lib/forms/locate';
import type { FieldDictionary } from '../../../lib/portals/fields';

afterEach(() => {
  document.body.innerHTML = '';
});

const options = { overwrite: 'none' as const, userEdited: new Set<never>(), shouldContinue: () => true };

describe('label dictionaries', () => {
  it('index every language a dictionary holds, so a language is added as data only', () => {
    const dictionary = {
      firstName: { en: ['First name'], nl: ['Voornaam'], de: ['Vorname'] },
    } as unknown as FieldDictionary;
    const index = labelIndex(dictionary);
    expect(index.get('vorname')).toBe('firstName');
    expect(index.get('voornaam')).toBe('firstName');
    expect(index.get('first name')).toBe('firstName');
  });
});

describe('the product picker as a form signal', () => {
  function productStep() {
    document.body.innerHTML = `
      <label for="service">Service</label>
      <select id="service"><option value="">Select…</option><option value="vm">Virtual Machine running Windows</option></select>
      <label for="summary">Summary</label><input id="summary">`;
    return document;
  }

  it('marks the first step of an Azure support request when the page says it is one', () => {
    expect(detectSupportForm(productStep(), { productMarksAzureForm: true })).toBe('azure');
  });

  it('marks nothing elsewhere: a "Service" field alone is not a support form', () => {
    expect(detectSupportForm(productStep())).toBeNull();
  });
});

describe('choosing from a Fluent dropdown', () => {
  /** Two lists are open; only the one the dropdown names with aria-owns is its own. */
  function twoOpenLists() {
    document.body.innerHTML = `
      <div class="ms-Dropdown-container">
        <label id="plan-label">Support plan</label>
        <div class="ms-Dropdown" role="combobox" tabindex="0" aria-labelledby="plan-label" id="plan">
          <span class="ms-Dropdown-title ms-Dropdown-titleIsPlaceHolder">Select…</span>
        </div>
      </div>
      <div role="listbox" id="other-list">
        <button role="option" class="ms-Dropdown-item" id="stray">Cloud Solution Provider</button>
      </div>`;
    const dropdown = document.getElementById('plan')!;
    const clicked: string[] = [];
    dropdown.addEventListener('click', () => {
      dropdown.setAttribute('aria-owns', 'plan-list');
      const list = document.createElement('div');
      list.setAttribute('role', 'listbox');
      list.id = 'plan-list';
      for (const text of ['Basic', 'Cloud Solution Provider']) {
        const option = document.createElement('button');
        option.setAttribute('role', 'option');
        option.className = 'ms-Dropdown-item';
        option.textContent = text;
        option.addEventListener('click', () => {
          clicked.push(`plan-list:${text}`);
          const title = dropdown.querySelector('.ms-Dropdown-title')!;
          title.textContent = text;
          title.classList.remove('ms-Dropdown-titleIsPlaceHolder');
          list.remove();
        });
        list.append(option);
      }
      document.body.append(list);
    });
    document.getElementById('stray')!.addEventListener('click', () => clicked.push('other-list'));
    return clicked;
  }

  it("picks the option from the dropdown's own list, not from another open list", async () => {
    const clicked = twoOpenLists();
    const results = await fillFields(
      document,
      'azure',
      { values: { supportPlan: 'Cloud Solution Provider' } },
      { ...options, optionTimeoutMs: 200 },
    );
    expect(clicked).toEqual(['plan-list:Cloud Solution Provider']);
    expect(results).toEqual([
      expect.objectContaining({ field: 'supportPlan', outcome: 'filled', value: 'Cloud Solution Provider' }),
    ]);
  });
});

describe('undoing a fill of lists that were empty', () => {
  it('empties a native select again, and reports a list that cannot be emptied with what it shows', async () => {
    document.body.innerHTML = `
      <label for="country">Country/region</label>
      <select id="country"><option value="">Select…</option><option selected>Netherlands</option></select>
      <div class="ms-Dropdown-container">
        <label id="tz-label">Time zone</label>
        <div class="ms-Dropdown" role="combobox" tabindex="0" aria-labelledby="tz-label" id="tz">
          <span class="ms-Dropdown-title">W. Europe Standard Time</span>
        </div>
      </div>
      <label for="first">First name</label><input id="first" value="Alex">`;
    const undone = await undoFill(document, 'azure', [
      { field: 'firstName', outcome: 'filled', previousValue: '', value: 'Alex' },
      { field: 'country', outcome: 'filled', previousValue: '', value: 'Netherlands' },
      { field: 'timeZone', outcome: 'filled', previousValue: '', value: 'W. Europe Standard Time' },
    ]);
    expect(undone).toEqual([
      expect.objectContaining({ field: 'firstName', outcome: 'filled', value: '' }),
      expect.objectContaining({ field: 'country', outcome: 'filled', value: '' }),
      expect.objectContaining({
        field: 'timeZone',
        outcome: 'failed',
        reason: 'cannot-clear',
        value: 'W. Europe Standard Time',
      }),
    ]);
    expect((document.getElementById('country') as HTMLSelectElement).value).toBe('');
    expect((document.getElementById('first') as HTMLInputElement).value).toBe('');
  });
});
