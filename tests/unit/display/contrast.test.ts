import { describe, expect, it } from 'vitest';
import { allDerivedColors, DEFAULT_COLORS } from '../../../lib/display/colors';
import {
  checkBandContrast,
  contrastRatio,
  MIN_BAND_CONTRAST,
  relativeLuminance,
  THEME_SURFACES,
  weakThemes,
} from '../../../lib/display/contrast';

describe('contrast', () => {
  it('computes WCAG ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // WCAG's own example: #777777 on white is just under 4.5:1.
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 5);
  });

  it('checks a colour against both portal themes', () => {
    const checks = checkBandContrast('#0072b2');
    expect(checks.map((check) => check.theme).sort()).toEqual(['dark', 'light']);
    expect(weakThemes('#ffff00')).toEqual(['light']);
    expect(weakThemes('#202020')).toEqual(['dark']);
    expect(weakThemes('#0072b2')).toEqual([]);
    expect(weakThemes('not a colour')).toEqual([]);
  });

  it('every default kind colour reads 3:1 or more in the light and the dark theme', () => {
    for (const [kind, color] of Object.entries(DEFAULT_COLORS)) {
      for (const surface of [...THEME_SURFACES.light, ...THEME_SURFACES.dark]) {
        expect(contrastRatio(color, surface), `${kind} ${color} on ${surface}`).toBeGreaterThanOrEqual(
          MIN_BAND_CONTRAST,
        );
      }
    }
  });

  it('every derived customer colour reads 3:1 or more in the light and the dark theme', () => {
    for (const color of allDerivedColors()) {
      for (const check of checkBandContrast(color)) expect(check.ok, `${color} ${check.theme}`).toBe(true);
    }
  });
});
