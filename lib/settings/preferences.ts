import './zod-config';
import { z } from 'zod';

/**
 * Per-user choices of this browser profile, kept apart from the configuration contract: they are
 * the user's own consent, not something an admin sets in a policy file, so they are neither
 * exported, imported nor managed.
 */
export const preferencesSchema = z.object({
  /** Read the names (never the values) of the sign-in (MSAL) cache keys to learn the token's tenant. */
  readSignInKeyNames: z.boolean().default(false),
});

export type Preferences = z.infer<typeof preferencesSchema>;

/** The stored preferences format's version; bump it with a migration. */
export const PREFERENCES_VERSION = 1;

export const DEFAULT_PREFERENCES: Preferences = Object.freeze(preferencesSchema.parse({}));

/** Stored preferences, or the defaults when they are missing or unusable: a preference never breaks the extension. */
export function parsePreferences(stored: unknown): Preferences {
  const parsed = preferencesSchema.safeParse(stored ?? {});
  return parsed.success ? parsed.data : DEFAULT_PREFERENCES;
}
