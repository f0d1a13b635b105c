/**
 * Colour contrast (WCAG 2.x). Pure functions of `#rrggbb` strings.
 *
 * The band is a non-text graphic that identifies the context, so it has to stand out from what is
 * around it: WCAG 1.4.11 asks 3:1 against adjacent colours. It sits over the top edge of the
 * portal, whose surface is white in the light theme and near-black in the dark one.
 */

const HEX_COLOR = /^#[0-9a-f]{6}$/i;

export function isHexColor(value: unknown): value is string {
  return typeof value === 'string' && HEX_COLOR.test(value);
}

/** The portal surfaces the band is drawn against, per theme. */
export const THEME_SURFACES: Readonly<Record<'light' | 'dark', readonly string[]>> = {
  // Azure portal light theme: white shell and blades (.fxs-mode-light, C).
  light: ['#ffffff'],
  // Azure portal dark theme: Fluent's dark neutral background, #1b1a19 (.fxs-mode-dark, C).
  dark: ['#1b1a19'],
};

/** WCAG 1.4.11, non-text contrast. */
export const MIN_BAND_CONTRAST = 3;

function channel(value: number): number {
  const srgb = value / 255;
  return srgb <= 0.04045 ? srgb / 12.92 : ((srgb + 0.055) / 1.055) ** 2.4;
}

export function rgbOf(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

export function hexOf(rgb: readonly [number, number, number]): string {
  return `#${rgb
    .map((part) =>
      Math.round(Math.min(255, Math.max(0, part)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = rgbOf(hex);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

export interface ContrastCheck {
  readonly theme: 'light' | 'dark';
  readonly surface: string;
  readonly ratio: number;
  readonly ok: boolean;
}

/** The band colour against every surface of both themes. */
export function checkBandContrast(color: string): ContrastCheck[] {
  return (Object.entries(THEME_SURFACES) as ['light' | 'dark', readonly string[]][]).flatMap(([theme, surfaces]) =>
    surfaces.map((surface) => {
      const ratio = contrastRatio(color, surface);
      return { theme, surface, ratio, ok: ratio >= MIN_BAND_CONTRAST };
    }),
  );
}

/** The themes in which the colour is too weak; empty when it reads in both. */
export function weakThemes(color: string): ('light' | 'dark')[] {
  if (!isHexColor(color)) return [];
  return [
    ...new Set(
      checkBandContrast(color)
        .filter((check) => !check.ok)
        .map((check) => check.theme),
    ),
  ];
}
