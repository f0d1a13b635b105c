import { storage } from 'wxt/utils/storage';

export const SETUP_STEPS = ['profile', 'contact', 'import'] as const;
export type SetupStep = (typeof SETUP_STEPS)[number];
/** Where the first-run setup stands: a step still to finish, or done. */
export type SetupProgress = SetupStep | 'done';

/**
 * Kept apart from the settings: it is the options page's own state, not configuration, so it
 * never appears in exports or in the managed-policy contract.
 */
const setupProgressItem = storage.defineItem<SetupProgress | null>('local:setupProgress', { fallback: null });

export async function loadSetupProgress(): Promise<SetupProgress | null> {
  try {
    const stored = await setupProgressItem.getValue();
    return stored === 'done' || SETUP_STEPS.includes(stored as SetupStep) ? stored : null;
  } catch {
    return null;
  }
}

export async function saveSetupProgress(progress: SetupProgress): Promise<void> {
  await setupProgressItem.setValue(progress).catch(() => undefined);
}
