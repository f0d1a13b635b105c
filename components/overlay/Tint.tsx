import type { TintColor } from '../../lib/display/colors';

/** The band's height in px; the overlay contract asks at least 3. */
const TINT_HEIGHT = 4;

/**
 * The band across the top of the viewport (overlay contract, "Tint"): fixed, so it takes no room
 * in the page and never shifts its layout; `pointer-events: none`, so every portal control under
 * it stays clickable. It is decoration for sighted users at a glance; the banner's text carries
 * the same information for everyone (WCAG 1.4.1), so the band is hidden from assistive technology.
 */
export function Tint({ tint }: { tint: TintColor }) {
  return (
    <div
      className="pcg-tint"
      data-pcg-tint={tint.kind}
      data-pcg-tint-source={tint.source}
      aria-hidden="true"
      style={{ backgroundColor: tint.color, height: TINT_HEIGHT }}
    />
  );
}
