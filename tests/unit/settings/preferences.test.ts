import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES, parsePreferences } from '../../../lib/settings/preferences';

describe('preferences', () => {
  it('leave reading sign-in key names off by default', () => {
    expect(DEFAULT_PREFERENCES.readSignInKeyNames).toBe(false);
    expect(parsePreferences(undefined)).toEqual({ readSignInKeyNames: false });
    expect(parsePreferences(null)).toEqual({ readSignInKeyNames: false });
  });

  it('keep a valid stored choice', () => {
    expect(parsePreferences({ readSignInKeyNames: true })).toEqual({ readSignInKeyNames: true });
  });

  it.each([['yes'], [{ readSignInKeyNames: 'true' }], [{ readSignInKeyNames: 1 }], [[true]], [42]])(
    'fall back to the defaults for unusable stored data %j',
    (stored) => {
      expect(parsePreferences(stored)).toEqual({ readSignInKeyNames: false });
    },
  );
});
