import { describe, expect, it } from 'vitest';
import {
  allDerivedColors,
  DEFAULT_COLORS,
  DERIVED_HUES,
  derivedColor,
  hueBucket,
  kindColor,
  tintColor,
} from '../../../lib/display/colors';
import { contrastRatio, relativeLuminance, rgbOf } from '../../../lib/display/contrast';

const BASE = '5c1e0d7a-3b2f-4c8e-9a1d-6f4b2e8c0a13';

/** Every ID that differs from `id` in exactly one hex digit. */
function oneDigitNeighbours(id: string): string[] {
  const out: string[] = [];
  [...id].forEach((char, index) => {
    if (char === '-') return;
    for (const digit of '0123456789abcdef') {
      if (digit !== char) out.push(`${id.slice(0, index)}${digit}${id.slice(index + 1)}`);
    }
  });
  return out;
}

/** Distance between two colours in RGB, 0..441. */
function distance(a: string, b: string): number {
  const [ar, ag, ab] = rgbOf(a);
  const [br, bg, bb] = rgbOf(b);
  return Math.hypot(ar - br, ag - bg, ab - bb);
}

describe('the colour derived from a tenant ID', () => {
  it('is stable: the same ID, in any case, always gets the same colour', () => {
    expect(derivedColor(BASE)).toBe(derivedColor(BASE));
    expect(derivedColor(BASE.toUpperCase())).toBe(derivedColor(BASE));
    expect(derivedColor(BASE)).toMatch(/^#[0-9a-f]{6}$/);
    // Pinned: a change to the derivation changes every customer's colour, which users notice.
    expect(derivedColor('00000000-0000-0000-0000-000000000001')).toBe('#da2d30');
    expect(derivedColor(BASE)).toBe('#4e971b');
  });

  it('differs for every ID one digit away (sequential and mistyped IDs), 480 neighbours', () => {
    const neighbours = oneDigitNeighbours(BASE);
    expect(neighbours).toHaveLength(32 * 15);
    for (const neighbour of neighbours) {
      expect(hueBucket(neighbour), neighbour).not.toBe(hueBucket(BASE));
      expect(distance(derivedColor(neighbour), derivedColor(BASE)), neighbour).toBeGreaterThan(20);
    }
  });

  it('differs for sequential IDs ...0001 to ...0010 from each one to the next', () => {
    const ids = Array.from({ length: 16 }, (_, n) => `00000000-0000-0000-0000-${String(n + 1).padStart(12, '0')}`);
    for (let index = 1; index < ids.length; index += 1) {
      expect(derivedColor(ids[index]!)).not.toBe(derivedColor(ids[index - 1]!));
    }
  });

  it('spreads random IDs over all hues', () => {
    const seen = new Set<number>();
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let n = 0; n < 500; n += 1) {
      const hex = Array.from({ length: 32 }, () => (next() % 16).toString(16)).join('');
      seen.add(hueBucket(hex));
    }
    expect(seen.size).toBe(DERIVED_HUES);
  });

  it('never looks like the own or the unlisted tenant', () => {
    for (const color of allDerivedColors()) {
      expect(distance(color, DEFAULT_COLORS.own), color).toBeGreaterThan(60);
      expect(distance(color, DEFAULT_COLORS.unlisted), color).toBeGreaterThan(40);
    }
  });

  it('has 34 distinct colours of two luminance levels', () => {
    const colors = allDerivedColors();
    expect(new Set(colors).size).toBe(DERIVED_HUES * 2);
    for (const color of colors) expect(relativeLuminance(color)).toBeGreaterThan(0.14);
    expect(contrastRatio(colors[0]!, colors[1]!)).toBeGreaterThan(1.2);
  });
});

describe('the band colour of a context', () => {
  const customer = { name: 'Contoso', tenantId: BASE, domains: [] };

  it('is the kind colour for own, unlisted and unknown, configured or default', () => {
    expect(tintColor({ kind: 'own' }, {})).toEqual({ kind: 'own', color: DEFAULT_COLORS.own, source: 'kind' });
    expect(tintColor({ kind: 'unlisted' }, { colors: { unlisted: '#AA0000' } }).color).toBe('#aa0000');
    expect(tintColor({ kind: 'unknown' }, {}).color).toBe(DEFAULT_COLORS.unknown);
  });

  it("is a customer's own colour, then the admin's customer colour, then the derived one", () => {
    expect(tintColor({ kind: 'customer', customer: { ...customer, color: '#123456' } }, {})).toEqual({
      kind: 'customer',
      color: '#123456',
      source: 'customer',
    });
    expect(tintColor({ kind: 'customer', customer }, { colors: { customer: '#222222' } }).color).toBe('#222222');
    expect(tintColor({ kind: 'customer', customer }, {})).toEqual({
      kind: 'customer',
      color: derivedColor(BASE),
      source: 'derived',
    });
  });

  it('falls back to the default on a bad colour value', () => {
    expect(kindColor('own', { colors: { own: 'green' } })).toBe(DEFAULT_COLORS.own);
    expect(kindColor('own', { colors: { own: '#12345' } })).toBe(DEFAULT_COLORS.own);
    expect(tintColor({ kind: 'customer', customer: { ...customer, color: 'red' } }, {}).color).toBe(derivedColor(BASE));
  });
});
