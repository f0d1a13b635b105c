import { buildMatchIndex } from '../../../lib/context/match-index';
import { DEFAULT_PREFERENCES } from '../../../lib/settings/preferences';
import { settingsSchema, type SettingsInput } from '../../../lib/settings/schema';
import type { FramePayload } from '../../../lib/tabs/provenance';
import type { PortalFrameSender } from '../../../lib/tabs/sender';
import type { JudgeInput } from '../../../lib/tabs/view';
import { scenarioSettings } from '../../e2e/scenario';

// Shared by the background's pure tests (provenance, reducer and view): what the background
// judges with, and the frames and reports it judges.

/** The scenario's settings (tests/fixtures/scenario-settings.json), on 2026-12-01, no problems. */
export function judgeInput(overrides: Partial<SettingsInput> = {}): JudgeInput {
  const settings = settingsSchema.parse(scenarioSettings(overrides));
  return {
    settings,
    index: buildMatchIndex(settings),
    problems: 0,
    preferences: DEFAULT_PREFERENCES,
    today: '2026-12-01',
    titleLabels: { own: 'Own tenant', unlisted: 'Unlisted' },
  };
}

/** A portal frame's sender as the background's sender check makes it. */
export function frameSender(
  tabId: number,
  frameId: number,
  url: string,
  documentId = `doc-${frameId}`,
): PortalFrameSender {
  return { kind: 'portal-frame', tabId, frameId, documentId, url, origin: new URL(url).origin };
}

/** A frame report with nothing in it: no signals, no form, the overlay visible. */
export function framePayload(patch: Partial<FramePayload> = {}): FramePayload {
  return {
    signals: [],
    form: null,
    fieldsFound: [],
    theme: null,
    overlayVisible: true,
    reportedAt: 1,
    documentStartedAt: 1,
    ...patch,
  };
}
