import { describe, expect, it } from 'vitest';
import { hiddenReason, type VisibilityProbe } from '../../../lib/forms/visibility';

const SEEN: VisibilityProbe = {
  rendered: true,
  visible: true,
  opaque: true,
  rect: { top: 100, left: 50, width: 300, height: 32 },
  viewport: { width: 1280, height: 800 },
  reachable: true,
};

describe('the visibility rule', () => {
  it('fills a field the user can see', () => {
    expect(hiddenReason(SEEN)).toBeNull();
  });

  it.each([
    ['display: none', { rendered: false }, 'not-rendered'],
    ['visibility: hidden', { visible: false }, 'invisible'],
    ['opacity: 0', { opaque: false }, 'transparent'],
    ['zero size', { rect: { top: 100, left: 50, width: 0, height: 0 } }, 'zero-size'],
    ['zero height', { rect: { top: 100, left: 50, width: 300, height: 0 } }, 'zero-size'],
    ['off-screen left', { rect: { top: 100, left: -9999, width: 300, height: 32 } }, 'outside-viewport'],
    ['below any scroll', { rect: { top: 5000, left: 50, width: 300, height: 32 } }, 'outside-viewport'],
    ['clipped or covered', { reachable: false }, 'covered'],
  ] as const)('skips a field hidden by %s', (_kind, patch, reason) => {
    expect(hiddenReason({ ...SEEN, ...patch })).toBe(reason);
  });

  it('counts a field partly inside the viewport as inside', () => {
    expect(hiddenReason({ ...SEEN, rect: { top: -20, left: 50, width: 300, height: 32 } })).toBeNull();
  });
});
