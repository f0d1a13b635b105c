import type { ContextKind } from '../context/types';
import { hexOf, isHexColor, relativeLuminance } from './contrast';

/**
 * The band's colours. By default one per kind, from the Okabe–Ito palette (safe for the common
 * colour-vision deficiencies), each at 3:1 or more against both portal themes (see contrast.ts).
 * A customer gets its own colour: `customers[].color`, else `display.colors.customer` when an admin
 * set one, else a colour derived from its tenant ID.
 */
export const DEFAULT_COLORS: Readonly<Record<ContextKind, string>> = {
  own: '#009e73', // Okabe–Ito bluish green
  customer: '#0072b2', // Okabe–Ito blue
  unlisted: '#d55e00', // Okabe–Ito vermillion
  unknown: '#808080', // neutral grey
};

/** What the band and the badge show, and why that colour. */
export interface TintColor {
  readonly kind: ContextKind;
  readonly color: string;
  readonly source: 'kind' | 'customer' | 'derived';
}

/**
 * Number of derived hues. A prime larger than 15, so that changing any single hex digit of a
 * tenant ID always moves it to another hue (see `hueBucket`).
 */
export const DERIVED_HUES = 17;

/**
 * Hue arcs the derived colours use. They leave out the greens around the own tenant's bluish
 * green (~164°, 120°–200°) and ±20° around the unlisted tenant's vermillion (~26°), so a
 * customer's band never looks like either.
 */
const HUE_ARCS: readonly (readonly [number, number])[] = [
  [46, 120],
  [200, 366],
];

/** Two luminance levels, both 3:1 or more against white and against the dark theme. */
const DERIVED_LUMINANCE = [0.17, 0.24] as const;
const DERIVED_SATURATION = 0.7;

function hexDigits(tenantId: string): number[] {
  return [...tenantId.toLowerCase()].flatMap((char) => {
    const digit = Number.parseInt(char, 16);
    return Number.isNaN(digit) ? [] : [digit];
  });
}

/**
 * A weighted digit sum modulo a prime: weights 1..16 are never 0 mod 17, and a one-digit change
 * shifts the sum by weight × delta with |delta| ≤ 15, never a multiple of 17. So IDs that differ
 * in one digit (sequential or mistyped IDs) always get different hues. Two random IDs share a
 * hue 1 time in 17; `customers[].color` pins a colour where that matters.
 */
export function hueBucket(tenantId: string): number {
  const digits = hexDigits(tenantId);
  let sum = 0;
  digits.forEach((digit, index) => {
    sum = (sum + ((index % 16) + 1) * digit) % DERIVED_HUES;
  });
  return sum;
}

/** A second, independent bit: which luminance level. */
function luminanceLevel(tenantId: string): 0 | 1 {
  let hash = 0x811c9dc5;
  for (const digit of hexDigits(tenantId)) {
    hash ^= digit;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash & 1) as 0 | 1;
}

function hueOf(bucket: number): number {
  const total = HUE_ARCS.reduce((sum, [from, to]) => sum + (to - from), 0);
  let offset = ((bucket + 0.5) * total) / DERIVED_HUES;
  for (const [from, to] of HUE_ARCS) {
    if (offset < to - from) return (from + offset) % 360;
    offset -= to - from;
  }
  return 0;
}

function hslToRgb(hue: number, saturation: number, lightness: number): [number, number, number] {
  const chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
  const sector = hue / 60;
  const x = chroma * (1 - Math.abs((sector % 2) - 1));
  const [r, g, b] =
    sector < 1
      ? [chroma, x, 0]
      : sector < 2
        ? [x, chroma, 0]
        : sector < 3
          ? [0, chroma, x]
          : sector < 4
            ? [0, x, chroma]
            : sector < 5
              ? [x, 0, chroma]
              : [chroma, 0, x];
  const m = lightness - chroma / 2;
  return [(r + m) * 255, (g + m) * 255, (b + m) * 255];
}

/** The colour of the given hue whose luminance is closest to the target (luminance rises with lightness). */
function colorAtLuminance(hue: number, target: number): string {
  let low = 0;
  let high = 1;
  for (let step = 0; step < 24; step += 1) {
    const middle = (low + high) / 2;
    if (relativeLuminance(hexOf(hslToRgb(hue, DERIVED_SATURATION, middle))) < target) low = middle;
    else high = middle;
  }
  return hexOf(hslToRgb(hue, DERIVED_SATURATION, (low + high) / 2));
}

/** A stable colour for a tenant ID: the same ID always gets the same colour, on every machine. */
export function derivedColor(tenantId: string): string {
  return colorAtLuminance(hueOf(hueBucket(tenantId)), DERIVED_LUMINANCE[luminanceLevel(tenantId)]);
}

/** Every colour `derivedColor` can return, for tests and the options page. */
export function allDerivedColors(): string[] {
  const colors: string[] = [];
  for (let bucket = 0; bucket < DERIVED_HUES; bucket += 1)
    for (const level of DERIVED_LUMINANCE) colors.push(colorAtLuminance(hueOf(bucket), level));
  return colors;
}

export interface ColorSettings {
  /** `display.colors`; a missing or invalid entry falls back to the default. */
  readonly colors?: Partial<Record<ContextKind, string | undefined>>;
}

/** The kind's colour: the configured one when it is a valid `#rrggbb`, else the default. */
export function kindColor(kind: ContextKind, display: ColorSettings): string {
  const configured = display.colors?.[kind];
  return isHexColor(configured) ? configured.toLowerCase() : DEFAULT_COLORS[kind];
}

/** The band's colour for a context. */
export function tintColor(
  context: { kind: ContextKind; customer?: { tenantId: string; color?: string }; tenant?: { id?: string } },
  display: ColorSettings,
): TintColor {
  const { kind } = context;
  if (kind === 'customer') {
    const own = context.customer?.color;
    if (isHexColor(own)) return { kind, color: own.toLowerCase(), source: 'customer' };
    if (isHexColor(display.colors?.customer)) return { kind, color: kindColor(kind, display), source: 'kind' };
    const id = context.customer?.tenantId ?? context.tenant?.id;
    if (id) return { kind, color: derivedColor(id), source: 'derived' };
  }
  return { kind, color: kindColor(kind, display), source: 'kind' };
}
