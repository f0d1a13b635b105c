// @vitest-environment jsdom
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { detectSupportForm, locateFields } from '../../../lib/forms/locate';
import { readFormState } from '../../../lib/forms/read';

const LABELS = [
  'Support plan',
  'First name',
  'Last name',
  'Email',
  'E-mail',
  'Phone',
  'Voornaam',
  'Severity',
  'Description',
  'Contact number',
  'Search',
  '',
];

interface Node {
  readonly label: string;
  readonly kind: 'input' | 'textarea' | 'select' | 'combobox';
  readonly disabled: boolean;
  readonly hiddenBy: 'none' | 'display' | 'hidden' | 'aria-hidden' | 'visibility';
  readonly depth: number;
}

const node: fc.Arbitrary<Node> = fc.record({
  label: fc.constantFrom(...LABELS),
  kind: fc.constantFrom('input', 'textarea', 'select', 'combobox'),
  disabled: fc.boolean(),
  hiddenBy: fc.constantFrom('none', 'none', 'display', 'hidden', 'aria-hidden', 'visibility'),
  depth: fc.integer({ min: 0, max: 3 }),
});

function build(nodes: readonly Node[]): void {
  document.body.innerHTML = '';
  nodes.forEach((spec, index) => {
    // Every control gets at least one wrapper of its own, so its hiding never reaches the others.
    let parent: HTMLElement = document.body;
    for (let level = 0; level <= spec.depth; level += 1) {
      const wrapper = document.createElement('div');
      parent.append(wrapper);
      parent = wrapper;
    }
    if (spec.hiddenBy === 'display') parent.style.display = 'none';
    if (spec.hiddenBy === 'hidden') parent.hidden = true;
    if (spec.hiddenBy === 'aria-hidden') parent.setAttribute('aria-hidden', 'true');
    const id = `control-${index}`;
    const label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = spec.label;
    const control =
      spec.kind === 'combobox'
        ? Object.assign(document.createElement('div'), { role: 'combobox' })
        : document.createElement(spec.kind);
    if (spec.kind === 'combobox') {
      control.setAttribute('role', 'combobox');
      control.setAttribute('aria-labelledby', `${id}-label`);
      label.id = `${id}-label`;
    }
    control.id = id;
    if (spec.disabled && spec.kind === 'combobox') control.setAttribute('aria-disabled', 'true');
    else if (spec.disabled) (control as HTMLInputElement).disabled = true;
    if (spec.hiddenBy === 'visibility') control.style.visibility = 'hidden';
    parent.append(label, control);
  });
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the field locator over generated pages', () => {
  it('never throws, never returns a hidden control, and a disabled one only on request', () => {
    fc.assert(
      fc.property(
        fc.array(node, { maxLength: 12 }),
        fc.constantFrom('azure', 'm365') as fc.Arbitrary<'azure' | 'm365'>,
        (nodes, kind) => {
          build(nodes);
          // Judged by how the page was generated, not by the locator's own visibility helpers.
          const specOf = (element: Element) => nodes[Number(/^control-(\d+)$/.exec(element.id)![1])]!;
          for (const field of locateFields(document, kind)) {
            expect(specOf(field.element).hiddenBy).toBe('none');
            expect(specOf(field.element).disabled).toBe(false);
          }
          for (const field of locateFields(document, kind, { includeDisabled: true }))
            expect(specOf(field.element).hiddenBy).toBe('none');
          expect(() => detectSupportForm(document)).not.toThrow();
          expect(() => readFormState(document, kind)).not.toThrow();
        },
      ),
      { numRuns: 200 },
    );
    // 200 generated pages through jsdom's accessibility tree: slow on a loaded 2-core machine,
    // and this test is about correctness, not speed.
  }, 60_000);
});
