import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FRESHNESS_WINDOW_MS, MEDIUM, STRENGTH, STRONG } from '../../../lib/context/resolve';
import type { SignalSource } from '../../../lib/model/tenant';

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const section = readme.slice(readme.indexOf('## How it knows the tenant'), readme.indexOf('**What it never reads:**'));

function bandOf(strength: number): string {
  if (strength === 0) return 'delegation';
  if (strength >= STRONG) return `strong (${strength})`;
  if (strength >= MEDIUM) return `medium (${strength})`;
  return `weak (${strength})`;
}

/** The last cell of the signal table's row that names the source in backticks. */
function strengthCellOf(source: SignalSource): string | undefined {
  const row = section.split('\n').find((line) => line.startsWith('|') && line.includes(`\`${source}\``));
  return row
    ?.split('|')
    .map((cell) => cell.trim())
    .filter(Boolean)
    .at(-1);
}

describe("the README's signal table", () => {
  // The home tenant in MSAL key names never counts: it says where the account lives, not where it acts.
  it.each(Object.entries(STRENGTH).filter(([source]) => source !== 'msal-home') as [SignalSource, number][])(
    'gives %s the strength it has in code (%i)',
    (source, strength) => {
      expect(strengthCellOf(source)).toBe(bandOf(strength));
    },
  );

  it('states the freshness window the code uses', () => {
    expect(section).toContain(`within ${FRESHNESS_WINDOW_MS / 1000} s of the newest`);
  });
});
