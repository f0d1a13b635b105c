import { dequal } from 'dequal';
import { create } from 'zustand';
import type { SettingsProblem } from '../../lib/settings/resolve';
import { removedTenantIds } from '../../lib/settings/forget';
import { settingsSchema, TOP_LEVEL_KEYS, type Settings, type TopLevelKey } from '../../lib/settings/schema';
import {
  backupInfo,
  discardBackup,
  discardRecovery,
  forgetCustomers,
  loadEffectiveSettings,
  loadLocalSettings,
  recoveryData,
  replaceWithImport,
  restoreBackup,
  saveLocalSettings,
} from '../platform/settings-storage';

/** Field errors by dotted path, as message keys. */
export type FieldErrors = Readonly<Record<string, string>>;

interface OptionsState {
  loaded: boolean;
  /** What the user is editing: the local settings, never the managed values. */
  draft: Settings;
  saved: Settings;
  effective: Settings;
  locks: readonly string[];
  problems: readonly SettingsProblem[];
  errors: FieldErrors;
  /** The top-level sections whose draft differs from the saved settings; kept up to date per edit. */
  dirtySections: readonly TopLevelKey[];
  status: 'idle' | 'saving' | 'saved' | 'invalid' | 'failed';
  backupSavedAt: number | null;
  recovery: { savedAt: number; raw: unknown; version: number | null } | null;
  load(): Promise<void>;
  /** `mutate` must not change its argument: it returns new objects for what it changes. */
  edit(mutate: (draft: Settings) => Settings): void;
  save(): Promise<void>;
  importSettings(next: Settings): Promise<void>;
  restore(): Promise<void>;
  /** Deletes the backup, or the data kept for recovery. */
  forget(what: 'backup' | 'recovery'): Promise<void>;
}

function validate(draft: unknown): FieldErrors {
  const parsed = settingsSchema.safeParse(draft);
  if (parsed.success) return {};
  return Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

/** Validates one top-level section, with paths prefixed by the section's key. */
function validateSection(key: TopLevelKey, value: unknown): Record<string, string> {
  const parsed = settingsSchema.shape[key].safeParse(value);
  if (parsed.success) return {};
  return Object.fromEntries(parsed.error.issues.map((issue) => [[key, ...issue.path].join('.'), issue.message]));
}

function inSection(path: string, key: TopLevelKey): boolean {
  return path === key || path.startsWith(`${key}.`);
}

function sameErrors(a: FieldErrors, b: FieldErrors): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/**
 * Typing touches one section: only that section is validated and compared with the saved one,
 * so a keystroke in the profile costs nothing for a directory of thousands of customers.
 */
function afterEdit(
  state: Pick<OptionsState, 'draft' | 'saved' | 'errors' | 'dirtySections'>,
  draft: Settings,
): Pick<OptionsState, 'draft' | 'errors' | 'dirtySections'> {
  const changed = TOP_LEVEL_KEYS.filter((key) => draft[key] !== state.draft[key]);
  if (changed.length === 0) return { draft, errors: state.errors, dirtySections: state.dirtySections };
  const errors: Record<string, string> = Object.fromEntries(
    Object.entries(state.errors).filter(([path]) => !changed.some((key) => inSection(path, key))),
  );
  for (const key of changed) Object.assign(errors, validateSection(key, draft[key]));
  const dirty = new Set(state.dirtySections);
  for (const key of changed) {
    if (dequal(draft[key], state.saved[key])) dirty.delete(key);
    else dirty.add(key);
  }
  return {
    draft,
    errors: sameErrors(errors, state.errors) ? state.errors : errors,
    dirtySections: TOP_LEVEL_KEYS.filter((key) => dirty.has(key)),
  };
}

/** Loads can overlap (first paint, then the policy arriving); only the newest one may land. */
let latestLoad = 0;

export const useOptionsStore = create<OptionsState>((set, get) => ({
  loaded: false,
  draft: settingsSchema.parse({}),
  saved: settingsSchema.parse({}),
  effective: settingsSchema.parse({}),
  locks: [],
  problems: [],
  errors: {},
  dirtySections: [],
  status: 'idle',
  backupSavedAt: null,
  recovery: null,
  async load() {
    const thisLoad = ++latestLoad;
    // Chromium may take seconds to answer the first policy read; the watcher reloads when it does.
    const [effective, local, backup, recovery] = await Promise.all([
      loadEffectiveSettings({ waitForPolicy: false }),
      loadLocalSettings(),
      backupInfo(),
      recoveryData(),
    ]);
    if (thisLoad !== latestLoad) return;
    set({
      loaded: true,
      draft: local,
      saved: local,
      effective: effective.settings,
      locks: effective.locks,
      problems: effective.problems,
      errors: {},
      dirtySections: [],
      backupSavedAt: backup?.savedAt ?? null,
      recovery,
    });
  },
  edit(mutate) {
    // Edits return new objects for what they change, so untouched sections keep their identity.
    const draft = mutate(get().draft);
    // Invalid drafts stay in the form: nothing the user typed is lost, it just isn't saved.
    set({ ...afterEdit(get(), draft), status: 'idle' });
  },
  async save() {
    const { draft, saved: before } = get();
    const errors = validate(draft);
    if (Object.keys(errors).length > 0) {
      set({ errors, status: 'invalid' });
      return;
    }
    set({ status: 'saving' });
    try {
      const saved = await saveLocalSettings(draft);
      // A deleted customer goes from the backup and the recovery copy too, not only the settings.
      await forgetCustomers(removedTenantIds(before.customers, saved.customers));
      const [backup, recovery] = await Promise.all([backupInfo(), recoveryData()]);
      const effective = await loadEffectiveSettings({ waitForPolicy: false });
      set({
        saved,
        draft: saved,
        dirtySections: [],
        errors: {},
        effective: effective.settings,
        locks: effective.locks,
        problems: effective.problems,
        backupSavedAt: backup?.savedAt ?? null,
        recovery,
        status: 'saved',
      });
    } catch {
      set({ status: 'failed' });
    }
  },
  async importSettings(next) {
    set({ status: 'saving' });
    try {
      await replaceWithImport(next);
      await get().load();
      set({ status: 'saved' });
    } catch {
      set({ status: 'failed' });
    }
  },
  async forget(what) {
    try {
      await (what === 'backup' ? discardBackup() : discardRecovery());
      set(what === 'backup' ? { backupSavedAt: null } : { recovery: null });
    } catch {
      set({ status: 'failed' });
    }
  },
  async restore() {
    try {
      await restoreBackup();
      await get().load();
    } catch {
      set({ status: 'failed' });
    }
  },
}));

export function isDirty(state: Pick<OptionsState, 'dirtySections'>): boolean {
  return state.dirtySections.length > 0;
}
