import { create } from 'zustand';
import type { SettingsProblem } from '../../lib/settings/resolve';
import { settingsSchema, type Settings } from '../../lib/settings/schema';
import {
  backupInfo,
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
  status: 'idle' | 'saving' | 'saved' | 'invalid' | 'failed';
  backupSavedAt: number | null;
  recovery: { savedAt: number; raw: unknown; version: number | null } | null;
  load(): Promise<void>;
  edit(mutate: (draft: Settings) => Settings): void;
  save(): Promise<void>;
  importSettings(next: Settings): Promise<void>;
  restore(): Promise<void>;
}

export function validate(draft: unknown): FieldErrors {
  const parsed = settingsSchema.safeParse(draft);
  if (parsed.success) return {};
  return Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
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
      backupSavedAt: backup?.savedAt ?? null,
      recovery,
    });
  },
  edit(mutate) {
    const draft = mutate(structuredClone(get().draft));
    // Invalid drafts stay in the form: nothing the user typed is lost, it just isn't saved.
    set({ draft, errors: validate(draft), status: 'idle' });
  },
  async save() {
    const { draft } = get();
    const errors = validate(draft);
    if (Object.keys(errors).length > 0) {
      set({ errors, status: 'invalid' });
      return;
    }
    set({ status: 'saving' });
    try {
      const saved = await saveLocalSettings(draft);
      const effective = await loadEffectiveSettings({ waitForPolicy: false });
      set({
        saved,
        draft: saved,
        effective: effective.settings,
        locks: effective.locks,
        problems: effective.problems,
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
  async restore() {
    try {
      await restoreBackup();
      await get().load();
    } catch {
      set({ status: 'failed' });
    }
  },
}));

export function isDirty(state: Pick<OptionsState, 'draft' | 'saved'>): boolean {
  return JSON.stringify(state.draft) !== JSON.stringify(state.saved);
}
