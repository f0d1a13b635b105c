import { storage } from 'wxt/utils/storage';
import {
  PREFERENCES_VERSION,
  parsePreferences,
  preferencesSchema,
  type Preferences,
} from '../../lib/settings/preferences';

/** The user's own choices in this browser profile (not part of the configuration contract or policy). */
const preferencesItem = storage.defineItem<unknown>('local:preferences', { version: PREFERENCES_VERSION });

export async function loadPreferences(): Promise<Preferences> {
  return parsePreferences(await preferencesItem.getValue().catch(() => undefined));
}

export async function savePreferences(next: Preferences): Promise<Preferences> {
  const parsed = preferencesSchema.parse(next);
  await preferencesItem.setValue(parsed);
  // WXT records the version only when it migrates: set it, so a later migration knows the format.
  await preferencesItem.setMeta({ v: PREFERENCES_VERSION });
  return parsed;
}

/** Calls back with the preferences whenever they change. */
export function watchPreferences(onChange: (preferences: Preferences) => void): () => void {
  return preferencesItem.watch((value) => onChange(parsePreferences(value)));
}
