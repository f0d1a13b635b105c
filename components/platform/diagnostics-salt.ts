import { storage } from 'wxt/utils/storage';
import { isInstallSalt, newInstallSalt } from '../../lib/popup/diagnostics';

/**
 * The random salt of the diagnostics report's tenant hash, generated once per install and kept
 * only in this profile's local storage. It is not part of the settings: never exported, imported
 * or set by policy. Uninstalling the extension deletes it.
 */
const saltItem = storage.defineItem<unknown>('local:diagnosticsSalt');

export async function installSalt(): Promise<string> {
  const stored = await saltItem.getValue().catch(() => undefined);
  if (isInstallSalt(stored)) return stored;
  const salt = newInstallSalt((bytes) => crypto.getRandomValues(bytes));
  await saltItem.setValue(salt);
  return salt;
}
