// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { isRelevantMutation } from '../../../lib/overlay/relevance';

function record(type: string, target: Node, added: Node[] = [], removed: Node[] = []) {
  return { type, target, addedNodes: added, removedNodes: removed };
}

function element(html: string): Element {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  return holder.firstElementChild!;
}

describe('isRelevantMutation', () => {
  const host = document.createElement('partner-context-guard');
  const inside = document.createElement('span');
  host.append(inside);

  const cases: [string, ReturnType<typeof record>, boolean][] = [
    ['a form control is added', record('childList', document.body, [element('<div><input></div>')]), true],
    ['a support form frame is added', record('childList', document.body, [element('<iframe></iframe>')]), true],
    ['a label text changes', record('characterData', element('<label>Email</label>').firstChild!), true],
    [
      'the tenant header is re-rendered',
      record('childList', document.body, [element('<div class="fxs-topbar"></div>')]),
      true,
    ],
    ['the portal theme switches', record('attributes', element('<div class="fxs-portal"></div>')), true],
    ['the page removes the overlay host', record('childList', document.body, [], [host]), true],
    ['the page restyles the overlay host', record('attributes', host), true],
    [
      'plain churn: a div of text is added',
      record('childList', document.body, [element('<div><p>tile</p></div>')]),
      false,
    ],
    ['plain churn: text changes in a tile', record('characterData', element('<p>42%</p>').firstChild!), false],
    ['plain churn: a class toggles on a tile', record('attributes', element('<div class="tile"></div>')), false],
    ['our own rendering inside the host', record('childList', inside, [element('<div><input></div>')]), false],
  ];
  for (const [label, mutation, expected] of cases) {
    it(`${label} → ${expected ? 'relevant' : 'ignored'}`, () => {
      expect(isRelevantMutation(mutation, host)).toBe(expected);
    });
  }
});
